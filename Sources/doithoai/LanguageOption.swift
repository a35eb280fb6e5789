import ArgumentParser
import DoiThoaiCore
import Foundation

/// `--lang vi|en`, taken by the terminal program and every command whose
/// output a person reads. The choice is the core's one rule
/// (`Language.choose`): `--lang`, else English when `LANG` (or `LC_ALL`,
/// `LC_MESSAGES`) starts with `en`, else Vietnamese. JSON output does not
/// change with it: it keeps the stable machine names.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "vi or en (default: vi, or en when LANG starts with en).")
    var lang: String?

    func validate() throws {
        if let lang, !["vi", "en"].contains(where: lang.lowercased().hasPrefix) {
            throw ValidationError(Language.choose(option: nil, environment: ProcessInfo.processInfo.environment).message(.langInvalid, lang))
        }
    }

    var language: Language { Language.choose(option: lang, environment: ProcessInfo.processInfo.environment) }
}
