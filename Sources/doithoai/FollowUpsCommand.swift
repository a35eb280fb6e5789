import ArgumentParser
import DoiThoaiCore
import DoiThoaiUI
import Foundation

/// `doithoai followups`: assignments across every meeting; overdue ones first.
struct FollowUpsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "followups", abstract: "List follow-up assignments across meetings.")

    @OptionGroup var options: DataOptions
    @OptionGroup var output: JSONOption
    @OptionGroup var interface: LanguageOption
    @Flag(help: "Only those past their due date and not done.") var overdue = false
    @Option(name: .customLong("due-within"), help: "Only those not done and due in the next N days, today included (overdue ones: --overdue).") var dueWithin: Int?
    @Option(name: .customLong("as-of"), help: "The day to judge “overdue” on (default: today, +07:00).") var asOf: Day?
    @Option(help: "open, inProgress, done, cancelled (repeatable).") var status: [FollowUpStatus] = []
    @Option(help: "Part of the assignee's name, diacritics optional.") var assignee: String?
    @Option(help: "A topic id or name.") var topic: String?

    func validate() throws {
        if let dueWithin, !(0...36_500).contains(dueWithin) {
            throw ValidationError("--due-within \(dueWithin): give a number of days from 0 to 36500")
        }
    }

    func run() throws {
        let catalog = (try? TopicStore(data: options.directory).load()) ?? .standard
        var query = FollowUpQuery()
        query.overdueOnly = overdue
        query.dueWithin = dueWithin
        query.statuses = Set(status)
        query.assignee = assignee
        if let topic { query.topic = try TopicStore(data: options.directory).load().named(topic).id }
        let today = asOf ?? Clock.system.today
        let rows = try options.index(topics: catalog).followUps(query, asOf: today)
        if output.json {
            let objects = rows.map { r -> [String: JSONValue] in
                var o: [String: JSONValue] = [
                    "meeting": .string(r.meetingID.rawValue), "id": .string(r.followUp.id.rawValue), "task": .string(r.followUp.task),
                    "assignee": .string(r.followUp.assignee), "dueDate": .string(r.followUp.dueDate.iso),
                    "status": .string(r.followUp.status.rawValue), "overdue": .bool(r.isOverdue),
                    "opinions": .array(r.opinionNumbers.map { .int(Int64($0)) }),
                ]
                if let left = r.daysLeft { o["daysLeft"] = .int(Int64(left)) }
                if let done = r.followUp.doneOn { o["doneOn"] = .string(done.iso) }
                return o
            }
            printJSON(try JSONText.encode(objects))
            return
        }
        // The words F6 shows: "⚠ trễ 3 ngày", "còn 5 ngày", "hạn hôm nay", or the status.
        let language = interface.language
        let whens = rows.map { r -> String in
            guard let left = r.daysLeft else { return language.words.name(r.followUp.status) }
            return left < 0 ? language.text(.trackerLate, -left) : left == 0 ? language.text(.trackerToday)
                : language.text(.trackerLeft, left)
        }
        let whenWidth = max(12, whens.map(TextWidth.of).max() ?? 0)
        for (r, when) in zip(rows, whens) {
            print(TableText.row([(r.followUp.dueDate.vietnamese, 10, false), (when, whenWidth, false), (r.meetingID.rawValue, 28, false),
                                 (r.followUp.id.rawValue, 5, false), ("\(r.followUp.assignee): \(r.followUp.task)", 0, false)]))
        }
    }
}
