import DoiThoaiCore

/// The loop: read a key, reduce, carry out effects (feeding their results
/// back), render, draw. Ticks once a second so the clock stays current.
/// Long effects run in the background; their results come back as actions
/// between keys, so the screen never freezes.
public final class App {
    public private(set) var state: AppState
    let effects: EffectRunner
    let background: BackgroundEffects
    let clock: Clock

    public init(state: AppState, effects: EffectRunner, clock: Clock) {
        self.state = state
        self.effects = effects
        background = BackgroundEffects(runner: effects)
        self.clock = clock
    }

    /// Feeds one action through the reducer and every effect it causes;
    /// the long ones are started in the background.
    public func send(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in Reducer.reduce(&state, next) {
                if EffectRunner.runsInBackground(effect) {
                    background.start(effect)
                } else {
                    queue += effects.perform(effect)
                }
            }
        }
    }

    /// Takes in the results of background work that came in.
    @discardableResult
    public func receive() -> Bool {
        let actions = background.take()
        for action in actions { send(action) }
        return !actions.isEmpty
    }

    public func run(on terminal: Terminal) {
        let size = terminal.size
        send(.terminalResized(width: size.width, height: size.height))
        send(.clockTicked(clock.now()))
        for action in effects.perform(.loadSettings) { send(action) }
        send(.archiveLoading)
        background.start(.loadArchive)
        terminal.draw(ScreenRenderer.render(state))
        var lastLook = clock.now().seconds
        while !state.quitting {
            if terminal.terminationRequested {
                send(.keyPressed(.function(10)))
                if !state.quitting { for effect in Reducer.quit(&state) { _ = effects.perform(effect) } }
                break
            }
            // While background work or a sync runs, look for its results often; otherwise wake once a second for the clock.
            let busy = background.isBusy || effects.syncRunner.isBusy
            let key = terminal.readKey(timeoutMilliseconds: busy ? 25 : 1000)
            if let key {
                if case .resize = key {
                    let size = terminal.size
                    send(.terminalResized(width: size.width, height: size.height))
                } else {
                    send(.keyPressed(key))
                }
            }
            receive()
            for action in effects.syncRunner.take() { send(action) }
            let now = clock.now()
            if now.seconds != state.now.seconds { send(.clockTicked(now)) }
            // Once a second, one stat of the meetings folder: another program's change shows without a restart.
            if now.seconds != lastLook && !background.isBusy {
                lastLook = now.seconds
                background.start(.refreshArchive)
            }
            if !state.quitting { terminal.draw(ScreenRenderer.render(state)) }
        }
    }
}
