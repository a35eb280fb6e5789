// The UI core: state, actions, reducer, screens. No curses here.
