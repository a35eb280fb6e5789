/// Reading the key table: which command a key gives where the focus is,
/// what the key bar offers, and what help lists. Everything here is derived
/// from `KeyMap.bindings`; nothing names a key by hand.
extension KeyMap {
    /// Whether `key` turns the built-in Vietnamese input method on or off:
    /// on every screen, dialogs included.
    public static func togglesTyping(_ key: Key) -> Bool {
        bindings.contains { $0.command == .toggleTyping && $0.keys.contains(key) }
    }

    /// The commands of the global rows a modal screen lets through; nil: all.
    static func globalsAllowed(on screen: KeyScope) -> Set<Command>? {
        switch screen {
        case .form, .opinionForm: return [.help, .quit, .toggleTyping]
        case .pager: return [.up, .down, .pageUp, .pageDown, .first, .last, .back, .help, .quit, .toggleTyping]
        case .typingSettings: return [.up, .down, .help, .quit, .toggleTyping]
        case .conflict: return [.help, .quit]
        case .help: return [.up, .down, .pageUp, .pageDown, .first, .last, .quit, .toggleTyping]
        case .confirm: return [.up, .down, .pageUp, .pageDown, .quit]
        default: return nil
        }
    }

    /// The screen's own rows (the opinion form has the form's rows too), then
    /// the global ones it lets through, each with the keys that work there.
    static func screenRows(_ context: KeyContext) -> [KeyBinding] {
        var own = bindings.filter { $0.scope == context.screen }
        if context.screen == .opinionForm { own += bindings.filter { $0.scope == .form } }
        let allowed = globalsAllowed(on: context.screen)
        let globals = bindings.filter { $0.scope == .global && (allowed?.contains($0.command) ?? true) }
        return (own + globals).compactMap { row in
            // Where letters type text, a screen's printable keys are text, not commands.
            guard context.takesLetters else { return row }
            var row = row
            row.keys.removeAll { $0.isPrintable }
            return row.keys.isEmpty ? nil : row
        }
    }

    /// The rows that work in `context`, the most specific first, each with
    /// only the keys that reach it (a key an earlier row takes is left off
    /// the later ones), so dispatch, the bar and help read the same thing.
    public static func rows(in context: KeyContext) -> [KeyBinding] {
        let parts = context.parts.flatMap { part in bindings.filter { $0.scope == part } }
        var taken = Set<Key>()
        var rows: [KeyBinding] = []
        for var row in parts + screenRows(context) {
            row.keys.removeAll { taken.contains($0) }
            guard !row.keys.isEmpty else { continue }
            taken.formUnion(row.keys)
            rows.append(row)
        }
        return rows
    }

    /// The row `key` reaches in `context`; nil when no row takes it (a
    /// printable key then types text where text is typed).
    public static func binding(for key: Key, in context: KeyContext) -> KeyBinding? {
        rows(in: context).first { $0.keys.contains(key) }
    }

    /// The command `key` gives in `context`.
    public static func command(for key: Key, in context: KeyContext) -> Command? {
        binding(for: key, in: context)?.command
    }

    /// The rows that work on a screen with nothing focused in it.
    public static func bindings(for scope: KeyScope) -> [KeyBinding] {
        rows(in: KeyContext(scope))
    }

    /// The bar's entries for `context`: each command once, the focused
    /// part's first, written with its first key ("1–5" for the kind's digits).
    public static func bar(in context: KeyContext) -> [(keys: String, command: Command)] {
        var seen = Set<Command>()
        var entries: [(keys: String, command: Command)] = []
        // A confirmation offers its answers only (not F10 or help beside them).
        for row in rows(in: context) where row.onBar && (context.screen != .confirm || row.scope == .confirm)
            && seen.insert(row.command).inserted {
            entries.append((barLabel(row), row.command))
        }
        return entries
    }

    /// A row's keys on the bar: the first key, or the run of digits.
    static func barLabel(_ row: KeyBinding) -> String {
        let label = row.label
        return label.contains("–") ? label : (row.keys.first?.label ?? "")
    }

    /// The keys of `command` in `context` as the bar writes them ("n",
    /// "→/Space"), for phrases that name a key: the words never hard-code one.
    public static func keys(of command: Command, in context: KeyContext, count: Int = 1) -> String {
        let row = rows(in: context).first { $0.command == command }
        return KeyBinding.label(Array((row?.keys ?? []).prefix(count)), separator: "/")
    }

    /// The same, on a screen with nothing focused in it.
    public static func keys(of command: Command, in scope: KeyScope, count: Int = 1) -> String {
        keys(of: command, in: KeyContext(scope), count: count)
    }

    /// Help for a screen, in groups: the screen's own rows, then each part
    /// it can focus, then the rows that work everywhere. `focusable` lists
    /// the parts that can hold the focus together (a name field with its
    /// suggestions is `[.suggestions, .lineEdit]`); a key is listed for a row
    /// only when, with one of them focused, the key reaches that row, so
    /// every key help lists is one the screen takes, for the command named.
    public static func helpGroups(screen: KeyScope, focusable: [[KeyScope]]) -> [(scope: KeyScope, rows: [KeyBinding])] {
        let contexts = (focusable.isEmpty ? [[]] : focusable).map { KeyContext(screen, parts: $0) }
        let reached = contexts.map { rows(in: $0) }
        // Each row of the table that works somewhere here, with the keys that reach it somewhere.
        // In a form typing is the work, so its editing keys come before the few global ones;
        // elsewhere the global keys (F6, F7, search) come before the filter's editing keys.
        let form = screen == .form || screen == .opinionForm
        let editing: [KeyScope] = [.textEditor, .lineEdit]
        let order = [screen] + (screen == .opinionForm ? [.form] : []) + [.listFilter, .suggestions, .kind, .choice]
            + (form ? editing + [.global] : [.global] + editing)
        var groups: [(scope: KeyScope, rows: [KeyBinding])] = []
        for scope in order {
            var rows: [KeyBinding] = []
            for var row in bindings where row.scope == scope {
                row.keys = row.keys.filter { key in
                    reached.contains { $0.contains { $0.scope == row.scope && $0.command == row.command && $0.keys.contains(key) } }
                }
                if !row.keys.isEmpty { rows.append(row) }
            }
            // A long text's keys that a line of text has too are listed once, with the line's.
            if scope == .textEditor, focusable.contains(where: { $0.contains(.lineEdit) }) {
                let line = bindings.filter { $0.scope == .lineEdit }
                rows.removeAll { row in line.contains { $0.command == row.command && $0.keys == row.keys } }
            }
            guard !rows.isEmpty else { continue }
            // The opinion form's own keys and the form's read as one group.
            if scope == .form, screen == .opinionForm, let first = groups.first, first.scope == .opinionForm {
                groups[0].rows += rows
            } else {
                groups.append((scope, rows))
            }
        }
        return groups
    }
}
