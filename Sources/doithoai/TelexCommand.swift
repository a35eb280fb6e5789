import ArgumentParser
import DoiThoaiCore

extension TypingMethod: ExpressibleByArgument {}
extension ToneStyle: ExpressibleByArgument {}

/// `doithoai telex`: each line of standard input typed through the built-in
/// Vietnamese input method, as the program's text fields type it.
struct TelexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "telex",
        abstract: "Type each line of standard input with the built-in Telex or VNI input method.",
        discussion: "Each line is typed key by key, as Unikey types it with its defaults; the end of the line ends its last word.")

    @Option(help: "telex or vni.") var method: TypingMethod = .telex
    @Option(help: "classic (hòa, thúy) or modern (hoà, thuý).") var style: ToneStyle = .classic

    func run() throws {
        var engine = VietnameseTyping(method: method, style: style)
        while let line = readLine(strippingNewline: true) {
            print(engine.typeLine(line))
        }
    }
}
