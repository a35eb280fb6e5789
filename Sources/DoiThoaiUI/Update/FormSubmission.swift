import DoiThoaiCore

/// Turns a filled form into the meeting it describes, marking the fields
/// whose values cannot be saved (a bad date, end before start).
enum FormSubmission {
    enum Outcome: Equatable {
        case create(Meeting)
        case update(Meeting)
    }

    static func apply(_ form: inout FormState, meeting: Meeting?, now: Timestamp) -> Outcome? {
        switch form.purpose {
        case .newMeeting:
            let placeholder = Meeting(id: "new", title: "", organizer: "", date: now.day)
            guard let made = meetingDetails(&form, into: placeholder, now: now) else { return nil }
            return .create(made)
        case .editMeeting:
            guard let meeting, let changed = meetingDetails(&form, into: meeting, now: now) else { return nil }
            return .update(changed)
        case .attendee(let id):
            guard var changed = meeting, !form.hasErrors else { return nil }
            let role = AttendeeRole(rawValue: form.text(.role)) ?? .citizen
            let present = form.text(.present) == "true"
            let name = NFC.normalize(form.text(.name))
            let title = form.optionalText(.jobTitle).map(NFC.normalize)
            let organisation = form.optionalText(.organisation).map(NFC.normalize)
            if let id, var attendee = changed.attendee(id) {
                attendee.name = name
                attendee.title = title
                attendee.organization = organisation
                attendee.role = role
                attendee.present = present
                changed.replaceAttendee(attendee)
            } else {
                changed.addAttendee { Attendee(id: $0, name: name, title: title, organization: organisation,
                                               role: role, present: present) }
            }
            return .update(changed)
        case .conclusion:
            guard var changed = meeting else { return nil }
            changed.conclusion = form.optionalText(.conclusion).map(NFC.normalize)
            return .update(changed)
        case .opinion(let id):
            guard let meeting else { return nil }
            return OpinionSubmission.apply(&form, id: id, meeting: meeting, now: now).map { .update($0) }
        case .followUp(let id):
            guard let meeting else { return nil }
            return FollowUpSubmission.apply(&form, id: id, meeting: meeting, today: now.day).map { .update($0) }
        case .printMinutes:
            return nil
        case .report(let id):
            guard var changed = meeting else { return nil }
            let figures = form.text(.figures).split(separator: ";").compactMap { part -> Figure? in
                let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard let label = pieces.first, !label.isEmpty else { return nil }
                return Figure(label: NFC.normalize(label), value: NFC.normalize(pieces.count > 1 ? pieces[1] : ""))
            }
            let presenter = NFC.normalize(form.text(.presenter))
            let summary = NFC.normalize(form.text(.summary))
            if let id, let index = changed.agenda.firstIndex(where: { $0.id == id }) {
                changed.agenda[index].presenter = presenter
                changed.agenda[index].summary = summary
                changed.agenda[index].figures = figures
            } else {
                changed.addAgendaItem { AgendaItem(id: $0, presenter: presenter, summary: summary, figures: figures) }
            }
            return .update(changed)
        case .endMeeting:
            guard var changed = meeting else { return nil }
            guard let end = clock(form.text(.end)) else {
                form.setError(.end, .errorTime)
                return nil
            }
            // The end is on the day the meeting was started (taken live on another day than planned, that day).
            var ended = Timestamp(day: changed.startedAt?.day ?? changed.date, hour: end.hour, minute: end.minute, offset: now.offset)
            if let start = changed.startedAt, ended < start {
                // The same minute as the start (its seconds were recorded) is the start;
                // earlier than that, the meeting ran past midnight.
                ended = start.seconds - ended.seconds < 60 ? start : ended.adding(seconds: 86400)
            }
            changed.endedAt = ended
            changed.conclusion = form.optionalText(.conclusion).map(NFC.normalize)
            changed.status = .closed
            return .update(changed)
        }
    }

    private static func meetingDetails(_ form: inout FormState, into meeting: Meeting, now: Timestamp) -> Meeting? {
        var m = meeting
        let day = Day(parsing: form.text(.date))
        if day == nil, !form.text(.date).isEmpty { form.setError(.date, .errorDate) }
        let start = clock(form.text(.start))
        let end = clock(form.text(.end))
        if start == nil, !form.text(.start).isEmpty { form.setError(.start, .errorTime) }
        if end == nil, !form.text(.end).isEmpty { form.setError(.end, .errorTime) }
        if let start, let end, end.hour * 60 + end.minute < start.hour * 60 + start.minute {
            form.setError(.end, .errorEndBeforeStart)
        }
        guard !form.hasErrors, let day else { return nil }
        m.title = NFC.normalize(form.text(.title))
        m.organizer = NFC.normalize(form.text(.organizer))
        m.date = day
        m.place = form.optionalText(.place).map(NFC.normalize)
        m.locality = form.optionalText(.locality).map(NFC.normalize)
        m.parentBody = form.optionalText(.parentBody).map(NFC.normalize)
        m.legalBasis = form.optionalText(.legalBasis).map(NFC.normalize)
        m.documentNumber = form.optionalText(.documentNumber).map(NFC.normalize)
        m.kind = MeetingKind(rawValue: form.text(.kind)) ?? .dialogue
        m.level = AdministrativeLevel(rawValue: form.text(.level)) ?? .commune
        m.startedAt = start.map { Timestamp(day: day, hour: $0.hour, minute: $0.minute, offset: now.offset) }
        m.endedAt = end.map { Timestamp(day: day, hour: $0.hour, minute: $0.minute, offset: now.offset) }
        if let status = MeetingStatus(rawValue: form.text(.status)) {
            if meeting.status == .closed && status != .closed {
                m.reopenings.append(Reopening(at: now, by: meeting.secretary?.name ?? "thư ký"))
            }
            m.status = status
        }
        return m
    }

    /// A due date typed as dd/mm/yyyy, or as a number of days from the meeting ("15").
    static func dueDate(_ text: String, meeting: Meeting) -> Day? {
        if let days = Int(text.trimmingCharacters(in: .whitespaces)), (0...3650).contains(days) {
            return meeting.date.adding(days: days)
        }
        return Day(parsing: text)
    }

    /// "14:05", "14h05", "1405", "9:30" or "9" as hour and minute.
    static func clock(_ text: String) -> (hour: Int, minute: Int)? {
        let digits = text.split(whereSeparator: { $0 == ":" || $0 == "h" || $0 == "g" || $0 == "." })
        var hour: Int?
        var minute = 0
        if digits.count == 2 {
            hour = Int(digits[0])
            guard let m = Int(digits[1]) else { return nil }
            minute = m
        } else if digits.count == 1, let value = Int(digits[0]) {
            if digits[0].count <= 2 { hour = value } else { hour = value / 100; minute = value % 100 }
        }
        guard let hour, (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        return (hour, minute)
    }
}
