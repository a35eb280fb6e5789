import DoiThoaiCore

/// The screens on view, bottom to top: the top one has the keys and the
/// help. The meetings list is always at the bottom. Screens are pushed and
/// popped; no screen is ever swapped for a placeholder while a key is
/// handled, so the top is always the screen the secretary sees.
public struct Navigation: Equatable, Sendable {
    public private(set) var stack: [Route]

    public init(_ stack: [Route] = [.meetings]) {
        self.stack = stack.first == .meetings ? stack : [.meetings] + stack
    }

    /// The screen that has the keys.
    public var top: Route { stack.last ?? .meetings }

    /// The screen under the top one.
    public var below: Route? { stack.count > 1 ? stack[stack.count - 2] : nil }

    public mutating func push(_ route: Route) { stack.append(route) }

    /// Removes the top screen (never the meetings list) and returns it.
    @discardableResult
    public mutating func pop() -> Route? {
        guard stack.count > 1 else { return nil }
        return stack.removeLast()
    }

    /// Changes the top screen in place (a scrolled pager, an edited form).
    public mutating func replaceTop(_ route: Route) {
        if stack.count > 1 { stack[stack.count - 1] = route } else { stack = [.meetings, route] }
    }

    /// Goes to one of the top-level screens: the list, with `route` over it.
    public mutating func show(_ route: Route) {
        stack = route == .meetings ? [.meetings] : [.meetings, route]
    }

    /// Whether a look-up (the opinions browser, the follow-ups, the report)
    /// goes over the meeting in view, so that Esc comes back to it: from the
    /// meeting screen, or from another look-up over it.
    public var looksUpOverMeeting: Bool {
        if Self.isMeeting(top) { return true }
        return Self.isLookUp(top) && below.map(Self.isMeeting) == true
    }

    /// Goes to a look-up screen: over the meeting (or live mode) when
    /// `looksUpOverMeeting`, in place of the look-up it is over; else over the list.
    public mutating func lookUp(_ route: Route) {
        guard looksUpOverMeeting else { return show(route) }
        if Self.isLookUp(top) { pop() }
        push(route)
    }

    /// Back from a look-up: to the meeting (or live mode) under it, else to the list.
    public mutating func leaveLookUp() {
        if below.map(Self.isMeeting) == true { pop() } else { show(.meetings) }
    }

    /// Takes out the meeting (and its live mode) left under a look-up, when another meeting opens from that look-up.
    public mutating func dropMeetingUnderTop() {
        guard stack.count > 2 else { return }
        let top = stack.removeLast()
        stack.removeAll(where: Self.isMeeting)
        stack.append(top)
    }

    private static func isMeeting(_ route: Route) -> Bool { route == .meeting || route == .live }
    private static func isLookUp(_ route: Route) -> Bool { route == .browser || route == .tracker || route == .report }

    /// Pops screens down to the first `route` found from the top; false (and
    /// nothing popped) when it is not on the stack.
    @discardableResult
    public mutating func popTo(_ route: Route) -> Bool {
        guard let index = stack.lastIndex(of: route) else { return false }
        stack.removeSubrange((index + 1)...)
        return true
    }

    public func contains(_ route: Route) -> Bool { stack.contains(route) }

    /// The form on top, when the top is a form. Setting it replaces that form;
    /// setting nil does nothing (pop to close a form).
    public var form: FormState? {
        get { if case .form(let form) = top { return form }; return nil }
        set { if let newValue, case .form = top { replaceTop(.form(newValue)) } }
    }

    /// Every form on the stack, top first.
    public var forms: [FormState] {
        stack.reversed().compactMap { if case .form(let form) = $0 { return form }; return nil }
    }
}

/// What the secretary asked for when a meeting was opened, done once it has opened.
public enum OpenIntent: Equatable, Sendable {
    /// Just show the meeting.
    case browse
    /// Show the meeting at this opinion (from the opinions browser).
    case showOpinion(OpinionID)
    /// Edit this follow-up, and come back to the follow-ups screen after (from F6).
    case editFollowUp(FollowUpID)
    /// Put this draft back on screen (offered at start).
    case restoreDraft(FormDraft)
}

/// How a form ended: the typed result its parent screen receives.
public enum FormOutcome: Equatable, Sendable {
    case saved
    case cancelled
}
