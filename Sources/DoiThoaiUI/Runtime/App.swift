import DoiThoaiCore

/// The loop: read a key, reduce, carry out effects (feeding their results
/// back), render, draw. Ticks once a second so the clock stays current.
public final class App {
    public private(set) var state: AppState
    let effects: EffectRunner
    let clock: Clock

    public init(state: AppState, effects: EffectRunner, clock: Clock) {
        self.state = state
        self.effects = effects
        self.clock = clock
    }

    /// Feeds one action through the reducer and every effect it causes.
    public func send(_ action: Action) {
        var queue = [action]
        while !queue.isEmpty {
            let next = queue.removeFirst()
            for effect in Reducer.reduce(&state, next) {
                queue += effects.perform(effect)
            }
        }
    }

    public func run(on terminal: Terminal) {
        let size = terminal.size
        send(.terminalResized(width: size.width, height: size.height))
        send(.clockTicked(clock.now()))
        for action in effects.perform(.loadSettings) { send(action) }
        send(.archiveLoading)
        terminal.draw(ScreenRenderer.render(state))
        for action in effects.perform(.loadArchive) { send(action) }
        terminal.draw(ScreenRenderer.render(state))
        while !state.quitting {
            if terminal.terminationRequested {
                send(.keyPressed(.function(10)))
                if !state.quitting { for effect in Reducer.quit(&state) { _ = effects.perform(effect) } }
                break
            }
            // While a sync runs, look for its news often; otherwise wake once a second for the clock.
            let key = terminal.readKey(timeoutMilliseconds: effects.syncRunner.isBusy ? 100 : 1000)
            if let key {
                if case .resize = key {
                    let size = terminal.size
                    send(.terminalResized(width: size.width, height: size.height))
                } else {
                    send(.keyPressed(key))
                }
            }
            for action in effects.syncRunner.take() { send(action) }
            let now = clock.now()
            if now.seconds != state.now.seconds { send(.clockTicked(now)) }
            if !state.quitting { terminal.draw(ScreenRenderer.render(state)) }
        }
    }
}
