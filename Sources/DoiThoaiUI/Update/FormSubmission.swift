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
            let count = form.optionalText(.headcount).flatMap { Int($0) }
            if form.optionalText(.headcount) != nil, (count ?? 0) < 1 {
                form.setError(.headcount, .errorHeadcount)
                return nil
            }
            if let id, var attendee = changed.attendee(id) {
                attendee.count = count
                attendee.name = name
                attendee.title = title
                attendee.organization = organisation
                attendee.role = role
                attendee.present = present
                changed.replaceAttendee(attendee)
            } else {
                changed.addAttendee { Attendee(id: $0, name: name, title: title, organization: organisation,
                                               role: role, present: present, count: count) }
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
            // Ended through MeetingEnding, which asks about midnight and a missing conclusion.
            return nil
        }
    }

    private static func meetingDetails(_ form: inout FormState, into meeting: Meeting, now: Timestamp) -> Meeting? {
        var m = meeting
        let day = Day(parsing: form.text(.date))
        if day == nil, !form.text(.date).isEmpty { form.setError(.date, .errorDate) }
        let start = TimeOfDay(parsing: form.text(.start))
        let end = TimeOfDay(parsing: form.text(.end))
        if start == nil, !form.text(.start).isEmpty { form.setError(.start, .errorTime) }
        if end == nil, !form.text(.end).isEmpty { form.setError(.end, .errorTime) }
        if let start, let end, end < start {
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
        m.documentSymbol = form.optionalText(.documentSymbol).map(NFC.normalize)
        let recipients = form.text(.recipients).split(separator: "\n").map { NFC.normalize($0.trimmingCharacters(in: .whitespaces)) }
            .filter { !$0.isEmpty }
        m.recipients = recipients.isEmpty ? nil : recipients
        // Approved is what an absent field means: a file that never said otherwise keeps not saying it.
        let approved = form.field(.minutesApproved).map { $0.value == .flag(true) } ?? true
        m.minutesApproved = approved && meeting.minutesApproved == nil ? nil : approved
        m.kind = MeetingKind(rawValue: form.text(.kind)) ?? .dialogue
        m.level = AdministrativeLevel(rawValue: form.text(.level)) ?? .commune
        m.startedAt = start.map { $0.on(day, offset: now.offset) }
        m.endedAt = end.map { $0.on(day, offset: now.offset) }
        if let status = MeetingStatus(rawValue: form.text(.status)) {
            if status != .closed { m.reopen(at: now) }
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
}
