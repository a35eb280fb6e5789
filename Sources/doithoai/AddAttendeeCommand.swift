import ArgumentParser
import DoiThoaiCore

/// `doithoai add-attendee MEETING --name N`.
struct AddAttendeeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add-attendee", abstract: "Add a person to a meeting's attendees.")

    @OptionGroup var options: DataOptions

    /// The language of its messages (errors name the file and what to do).

    @OptionGroup var interface: LanguageOption
    @Argument(help: "A meeting id, or an unambiguous start of one.") var meeting: String
    @Option(help: "Full name.") var name: String
    @Option(help: "Title (chức vụ).") var title: String?
    @Option(help: "Organisation or address.") var org: String?
    @Option(help: "chair, secretary, official, delegate, citizen, business, expert, press.") var role: AttendeeRole = .citizen
    @Option(parsing: .unconditional, help: "For a group row (\"Đại diện các hộ dân tổ 5\"): how many people it stands for.") var count: Int?
    @Flag(help: "Invited but absent.") var absent = false
    @Flag(help: "Change a closed meeting (the reopening is recorded).") var reopen = false

    func validate() throws {
        if NFC.normalize(name).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError(DataOptions.language.message(.argumentEmpty, "--name")) }
        if let count, !(1...MeetingBounds.counts.upperBound).contains(count) {
            throw ValidationError(DataOptions.language.message(.countRange, count, MeetingBounds.counts.upperBound))
        }
    }

    func run() throws {
        let store = options.store
        var added: AttendeeID?
        try store.update(try store.resolve(meeting), reopen: reopen) { m in
            added = m.addAttendee { Attendee(id: $0, name: NFC.normalize(name), title: title.map(NFC.normalize),
                                             organization: org.map(NFC.normalize), role: role, present: !absent, count: count) }
        }
        print(added?.rawValue ?? "")
    }
}
