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
    @Option(name: .customLong("due-within"), parsing: .unconditional, help: "Only those not done and due in the next N days, today included (overdue ones: --overdue).") var dueWithin: Int?
    @Option(name: .customLong("as-of"), help: "The day to judge “overdue” on (default: today, +07:00).") var asOf: Day?
    @Option(help: "open, inProgress, done, cancelled (repeatable).") var status: [FollowUpStatus] = []
    @Option(help: "Part of the assignee's name, diacritics optional.") var assignee: String?
    @Option(help: "A topic id or name.") var topic: String?

    func validate() throws {
        if let dueWithin, !(0...36_500).contains(dueWithin) {
            throw ValidationError(DataOptions.language.message(.dueWithinRange, dueWithin))
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
        let asked = query
        let language = interface.language
        try options.answer(topics: catalog, language: language) { index, out in
            if output.json {
                out.printJSON(try JSONText.encode(try Self.objects(index, asked, today)))
                return
            }
            let whens = FollowUpWhens(try index.followUpStandings(asked, asOf: today), language: language)
            var listing = FollowUpListing(whens: whens, today: today, to: LineWriter(to: out))
            var rows = 0
            try index.forEachFollowUpLine(asked, asOf: today) { line in
                listing.add(line)
                rows += 1
                if rows % 4096 == 0 { try out.checkDropped() }
            }
            listing.finish()
        }
    }

    private static func objects(_ index: ArchiveIndex, _ asked: FollowUpQuery, _ today: Day) throws -> [[String: JSONValue]] {
        var objects: [[String: JSONValue]] = []
        try FollowUpStream.run({ try index.forEachFollowUp(asked, asOf: today, $0) }) { r in
            var o: [String: JSONValue] = [
                "meeting": .string(r.meetingID.rawValue), "id": .string(r.followUp.id.rawValue), "task": .string(r.followUp.task),
                "assignee": .string(r.followUp.assignee), "dueDate": .string(r.followUp.dueDate.iso),
                "status": .string(r.followUp.status.rawValue), "overdue": .bool(r.isOverdue),
                "opinions": .array(r.opinionNumbers.map { .int(Int64($0)) }),
            ]
            if let left = r.daysLeft { o["daysLeft"] = .int(Int64(left)) }
            if let done = r.followUp.doneOn { o["doneOn"] = .string(done.iso) }
            objects.append(o)
        }
        return objects
    }

}

/// The rows of a long listing read from the index on one thread while the
/// caller formats them on its own, in batches: both cores work, and the
/// order is kept.
enum FollowUpStream {
    /// `read` hands rows to the function it is given, on a thread of its own; `body` takes them here, in order.
    static func run<Row: Sendable>(_ read: @escaping @Sendable (_ each: (Row) throws -> Void) throws -> Void,
                                   _ body: (Row) throws -> Void) throws {
        let channel = BatchChannel<Row>()
        Thread.detachNewThread {
            var batch: [Row] = []
            batch.reserveCapacity(channel.size)
            do {
                try read { row in
                    batch.append(row)
                    if batch.count == channel.size {
                        channel.send(batch)
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                channel.finish(last: batch, error: nil)
            } catch {
                channel.finish(last: batch, error: error)
            }
        }
        while let batch = channel.receive() {
            for row in batch { try body(row) }
        }
        if let error = channel.error { throw error }
    }
}

/// Batches handed from one thread to another, at most a few waiting.
final class BatchChannel<Element: Sendable>: @unchecked Sendable {
    let size = 2000
    private let condition = NSCondition()
    private var waiting: [[Element]] = []
    private var finished = false
    private(set) var error: Error?

    func send(_ batch: [Element]) {
        condition.lock()
        while waiting.count >= 4 { condition.wait() }
        waiting.append(batch)
        condition.broadcast()
        condition.unlock()
    }

    func finish(last batch: [Element], error: Error?) {
        condition.lock()
        if !batch.isEmpty { waiting.append(batch) }
        self.error = error
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch, waiting for it; nil once every batch is taken.
    func receive() -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && !finished { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        let batch = waiting.removeFirst()
        condition.broadcast()
        return batch
    }
}
