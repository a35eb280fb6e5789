import DoiThoaiCore

/// A conflict's field as the secretary reads it: "Ý kiến 3 › Nội dung",
/// "Giao việc fu-2 › Đơn vị thực hiện", in the interface's words where the
/// field is known, else as stored.
enum ConflictField {
    static let words: [String: Phrase] = [
        "title": .fieldTitle, "kind": .fieldKind, "organizer": .fieldOrganizer, "parentBody": .fieldParentBody,
        "level": .fieldLevel, "date": .fieldDate, "place": .fieldPlace, "locality": .fieldLocality,
        "legalBasis": .fieldLegalBasis, "documentNumber": .fieldDocumentNumber, "startedAt": .fieldStart,
        "endedAt": .fieldEnd, "status": .fieldStatus, "conclusion": .fieldConclusion, "name": .fieldName,
        "role": .fieldRole, "present": .fieldPresent, "organization": .fieldOrganisation, "speaker": .fieldSpeaker,
        "origin": .fieldOrigin, "topic": .fieldTopic, "text": .fieldOpinionText, "disposition": .fieldDisposition,
        "forwardedTo": .fieldForwardedTo, "task": .fieldTask, "assignee": .fieldAssignee, "dueDate": .fieldDue,
        "presenter": .fieldPresenter, "summary": .fieldSummary, "figures": .fieldFigures, "responder": .fieldResponder,
        "notes": .fieldNote, "attendees": .tabAttendees, "agenda": .tabAgenda, "opinions": .tabOpinions,
        "followUps": .tabFollowUps, "responses": .fieldResponse,
    ]

    static func label(_ field: String, in meeting: Meeting, _ state: AppState) -> String {
        guard let path = FieldPath(parsing: field) else { return field }
        var parts: [String] = []
        var list: String?
        for segment in path.segments {
            switch segment {
            case .key(let key):
                list = key
                parts.append(words[key].map(state.text) ?? key)
            case .record(let id):
                let name: String
                switch list {
                case "opinions": name = meeting.opinion(OpinionID(id)).map { String($0.number) } ?? id
                case "attendees": name = meeting.attendee(AttendeeID(id))?.name ?? id
                default: name = id
                }
                if let last = parts.popLast() { parts.append("\(last) \(name)") } else { parts.append(name) }
            }
        }
        return parts.joined(separator: " › ")
    }
}
