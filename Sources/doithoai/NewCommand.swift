import ArgumentParser
import DoiThoaiCore
import Foundation

/// `doithoai new`: creates a meeting and prints its id.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "new", abstract: "Create a meeting; prints its id.")

    @OptionGroup var options: DataOptions

    /// The language of its messages (errors name the file and what to do).

    @OptionGroup var interface: LanguageOption
    @Option(help: "The meeting's name.") var title: String
    @Option(help: "The body holding it, e.g. \"UBND phường Ngọc Thụy\".") var organizer: String
    @Option(help: "The day: YYYY-MM-DD or dd/mm/yyyy.") var date: Day
    @Option(help: "The hall.") var place: String?
    @Option(help: "The place name of the minutes' date line (default: from the organizer).") var locality: String?
    @Option(help: "dialogue, seminar, workshop, conference.") var kind: MeetingKind = .dialogue
    @Option(help: "commune, district, province, ministry.") var level: AdministrativeLevel = .commune
    @Option(name: .customLong("legal-basis")) var legalBasis: String?
    @Option(name: .customLong("document-number"), help: "The “Số: …/BB-UBND” of the minutes.") var documentNumber: String?
    @Option(name: .customLong("parent-body"), help: "The body above the organizer.") var parentBody: String?
    @Option(name: .customLong("document-symbol"), help: "The minutes' symbol when not the one from the organizer (BB-UBND, BB-SNV…).")
    var documentSymbol: String?
    @Option(name: .customLong("recipient"), help: "A line of Nơi nhận (repeat it; default: the body above and the assignees).")
    var recipients: [String] = []
    @Flag(name: .customLong("no-approval-line"), help: "Leave out “Biên bản đã được thông qua trước hội nghị…”.")
    var noApprovalLine = false
    @Option(help: "Start time, HH:MM.") var start: TimeOfDay?
    @Option(help: "End time, HH:MM.") var end: TimeOfDay?

    func validate() throws {
        if NFC.normalize(title).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError(DataOptions.language.message(.argumentEmpty, "--title")) }
        if NFC.normalize(organizer).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ValidationError(DataOptions.language.message(.argumentEmpty, "--organizer")) }
        if let start, let end, end < start {
            throw ValidationError(DataOptions.language.message(.endBeforeStartArgument))
        }
    }

    func run() throws {
        let store = options.store
        let n = NFC.normalize
        let localityName = locality ?? Self.locality(of: organizer)
        var meeting = Meeting(id: "new", title: n(title), kind: kind, organizer: n(organizer), parentBody: parentBody.map(n),
                              level: level, date: date, place: place.map(n), locality: n(localityName),
                              legalBasis: legalBasis.map(n), startedAt: start?.on(date), endedAt: end?.on(date),
                              documentNumber: documentNumber.map(n))
        meeting.documentSymbol = documentSymbol.map(n)
        meeting.recipients = recipients.isEmpty ? nil : recipients.map(n)
        meeting.minutesApproved = noApprovalLine ? false : nil
        meeting.id = store.newID(date: date, place: localityName)
        try store.create(meeting)
        print(meeting.id.rawValue)
    }

    /// "UBND phường Ngọc Thụy" → "Ngọc Thụy": the place name after the unit's kind.
    static func locality(of organizer: String) -> String {
        let units = ["phường", "xã", "thị trấn", "quận", "huyện", "thị xã", "thành phố", "tỉnh"]
        let lowered = organizer.lowercased()
        for unit in units {
            if let range = lowered.range(of: unit + " ") {
                let start = organizer.index(organizer.startIndex, offsetBy: lowered.distance(from: lowered.startIndex, to: range.upperBound))
                return String(organizer[start...]).trimmingCharacters(in: .whitespaces)
            }
        }
        return organizer
    }
}
