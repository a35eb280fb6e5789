/// Follow-ups and merge conflicts, read as their `init(from:)` reads them.
extension MeetingFileReader {
    enum FollowUpField: Int, RecordField {
        case id, opinionIds, task, assignee, dueDate, status, doneOn, notes, reply
        static let keys = RecordKeys(FollowUp.CodingKeys.allCases.map(\.rawValue))
    }

    func followUp(_ at: Int) throws -> FollowUp {
        let (f, extra) = try record(at, FollowUpField.self)
        var followUp = FollowUp(id: try id(f[.id]), opinionIds: try items(f[.opinionIds], id) ?? [], task: try text(f[.task]),
                                assignee: try text(f[.assignee]), dueDate: try day(f[.dueDate]),
                                status: try word(f[.status], or: .open), doneOn: try optionalDay(f[.doneOn]),
                                notes: try items(f[.notes], progressNote) ?? [],
                                reply: isAbsent(f[.reply]) ? nil : try writtenReply(f[.reply]))
        followUp.extra = extra
        return followUp
    }

    enum ProgressNoteField: Int, RecordField {
        case on, text
        static let keys = RecordKeys(ProgressNote.CodingKeys.allCases.map(\.rawValue))
    }

    func progressNote(_ at: Int) throws -> ProgressNote {
        let (f, extra) = try record(at, ProgressNoteField.self)
        var note = ProgressNote(on: try day(f[.on]), text: try text(f[.text]))
        note.extra = extra
        return note
    }

    enum WrittenReplyField: Int, RecordField {
        case number, date
        static let keys = RecordKeys(WrittenReply.CodingKeys.allCases.map(\.rawValue))
    }

    func writtenReply(_ at: Int) throws -> WrittenReply {
        let (f, extra) = try record(at, WrittenReplyField.self)
        var reply = WrittenReply(number: try text(f[.number]), date: try day(f[.date]))
        reply.extra = extra
        return reply
    }

    enum MergeConflictField: Int, RecordField {
        case id, field, kept, other, resolution
        static let keys = RecordKeys(MergeConflict.CodingKeys.allCases.map(\.rawValue))
    }

    func mergeConflict(_ at: Int) throws -> MergeConflict {
        let (f, extra) = try record(at, MergeConflictField.self)
        var conflict = MergeConflict(id: try id(f[.id]), field: try text(f[.field]), kept: try conflictVersion(f[.kept]),
                                     other: try conflictVersion(f[.other]),
                                     resolution: isAbsent(f[.resolution]) ? nil : try conflictResolution(f[.resolution]))
        conflict.extra = extra
        return conflict
    }

    enum ConflictVersionField: Int, RecordField {
        case value, office, at
        static let keys = RecordKeys(ConflictVersion.CodingKeys.allCases.map(\.rawValue))
    }

    func conflictVersion(_ at: Int) throws -> ConflictVersion {
        guard at >= 0 else { throw FastJSON.Refused() }
        let (f, extra) = try record(at, ConflictVersionField.self)
        var version = ConflictVersion(value: isAbsent(f[.value]) ? nil : try value(f[.value]),
                                      office: try optionalText(f[.office]), at: try optionalTimestamp(f[.at]))
        version.extra = extra
        return version
    }

    enum ConflictResolutionField: Int, RecordField {
        case choice, by, at
        static let keys = RecordKeys(ConflictResolution.CodingKeys.allCases.map(\.rawValue))
    }

    func conflictResolution(_ at: Int) throws -> ConflictResolution {
        let (f, extra) = try record(at, ConflictResolutionField.self)
        var resolution = ConflictResolution(choice: try word(f[.choice]), by: try text(f[.by]), at: try timestamp(f[.at]))
        resolution.extra = extra
        return resolution
    }
}
