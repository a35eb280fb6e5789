import ArgumentParser
import DoiThoaiCore

/// `doithoai update-followup MEETING ID --status S [--note N] [--reply-number X --reply-date D]`.
struct UpdateFollowUpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "update-followup", abstract: "Change a follow-up's status, due date or assignee; add a note or the written reply.")

    @OptionGroup var options: DataOptions

    /// The language of its messages (errors name the file and what to do).

    @OptionGroup var interface: LanguageOption
    @Argument(help: "A meeting id, or an unambiguous start of one.") var meeting: String
    @Argument(help: "The follow-up id (fu-1…).") var id: String
    @Option(help: "open, inProgress, done, cancelled.") var status: FollowUpStatus?
    @Option(help: "A dated progress note.") var note: String?
    @Option(name: .customLong("reply-number"), help: "Number of the written reply sent to the citizen.") var replyNumber: String?
    @Option(name: .customLong("reply-date"), help: "Date of the written reply.") var replyDate: Day?
    @Option(help: "A new due date.") var due: Day?
    @Option(help: "A new assignee.") var assignee: String?
    @Option(name: .customLong("done-on"), help: "The day it was done (default: today).") var doneOn: Day?
    @Flag(help: "Not needed: a closed meeting's follow-ups change without reopening it (kept for older scripts).") var reopen = false

    func validate() throws {
        if (replyNumber == nil) != (replyDate == nil) { throw ValidationError(DataOptions.language.message(.goTogether, "--reply-number", "--reply-date")) }
        if status == nil && note == nil && replyNumber == nil && due == nil && assignee == nil {
            throw ValidationError(DataOptions.language.message(.nothingToChange))
        }
    }

    func run() throws {
        let store = options.store
        let today = Clock.system.today
        // Follow-ups live on after the minutes (FollowUp.changesAfterTheMinutes): no reopening, as in the program.
        try store.updateFollowUp(try store.resolve(meeting), FollowUpID(id)) { f in
            if let due { f.dueDate = due }
            if let assignee { f.assignee = NFC.normalize(assignee) }
            if let note { f.notes.append(ProgressNote(on: today, text: NFC.normalize(note))) }
            var newStatus = status ?? f.status
            if let replyNumber, let replyDate {
                guard WrittenReply.canBeDated(replyDate, today: today) else {
                    throw CommandFailure("--reply-date \(replyDate.vietnamese) is after today (\(today.vietnamese)): a reply is recorded once sent")
                }
                f.reply = WrittenReply(number: NFC.normalize(replyNumber), date: replyDate)
                newStatus = .done
            }
            f.setStatus(newStatus, on: doneOn ?? replyDate ?? today)
        }
        print("\(id): saved")
    }
}
