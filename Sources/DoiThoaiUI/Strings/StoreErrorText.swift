import DoiThoaiCore

/// A store error in the interface's language: which file, what happened,
/// what the secretary can do, from the core's message table (the commands
/// say the same); a closed meeting names the program's key for reopening.
enum StoreErrorText {
    static func text(_ error: StoreError, _ language: Language) -> String {
        switch error {
        case .closed:
            // The program reopens with a key, not with --reopen.
            return language.text(.msgMeetingClosedReadOnly, KeyMap.keys(of: .editDetails, in: .meeting))
        default:
            return error.text(language)
        }
    }
}
