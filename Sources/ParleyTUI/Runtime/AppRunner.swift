import ParleyModel
import ParleyTerminal

/// The loop: draw, wait for an event, turn it into a message, update, run effects, draw again.
public final class AppRunner {
    public var state: AppState
    public var theme: Theme
    public let keymap: Keymap
    let runner: EffectRunner
    let screen: any Screen
    /// Monochrome terminals and NO_COLOR: colours dropped from every theme.
    let monochrome: Bool
    /// Polled between events: a termination signal arrived.
    let shouldStop: () -> Bool
    /// Searches run here, off the loop, so keys (`q` above all) work while one runs.
    let background: BackgroundEffects
    /// Feeds are fetched here, beside searches: a fetch takes long and must not hold a search up.
    let feeds: BackgroundEffects
    /// The library's files when last looked at, and when that was: another process's changes show
    /// within a second (two `stat` calls every half second while idle).
    var stamp: LibraryStamp?
    var stampTakenAt = ContinuousClock.now

    public init(
        state: AppState, theme: Theme, runner: EffectRunner, screen: any Screen, keymap: Keymap = .standard,
        monochrome: Bool = false, shouldStop: @escaping () -> Bool = { false }
    ) {
        self.state = state
        self.state.helpLength = HelpView.lines(keymap).count
        self.theme = monochrome ? theme.monochrome : theme
        self.runner = runner
        self.screen = screen
        self.keymap = keymap
        self.monochrome = monochrome
        self.shouldStop = shouldStop
        background = BackgroundEffects(perform: { [runner] in runner.run($0).0 }, wake: screen.waker)
        feeds = BackgroundEffects(
            reporting: { [runner] _, post in runner.fetchFeeds(progress: post) }, wake: screen.waker)
    }

    /// Sends a message and runs every effect it leads to, until none are left; searches are started in
    /// the background and answer later (see `run`).
    public func send(_ message: Message) {
        var effects = AppUpdate.update(&state, message)
        var guardCount = 0
        while !effects.isEmpty, guardCount < 64 {
            let effect = effects.removeFirst()
            if effect == .suspend {
                screen.suspend()
                continue
            }
            if case .openSource(let link) = effect {
                var problem: String?
                screen.handOver { problem = BrowserLauncher.open(link) }
                effects += AppUpdate.update(&state, .sourceOpened(link: link, problem: problem))
                continue
            }
            if case .copyLink(let link) = effect {
                effects += AppUpdate.update(&state, .linkCopied(link: link, copied: screen.copyToClipboard(link)))
                continue
            }
            if effect == .fetchFeeds {
                feeds.start(effect)
                continue
            }
            if BackgroundEffects.runsInBackground(effect) {
                background.start(effect)
                continue
            }
            let (reply, newTheme) = runner.run(effect)
            // The reader's own writes are not news from elsewhere.
            if EffectRunner.writes(effect) { stamp = runner.libraryStamp() }
            if let newTheme { theme = monochrome ? newTheme.monochrome : newTheme }
            if let reply { effects += AppUpdate.update(&state, reply) }
            guardCount += 1
        }
    }

    /// Sends `libraryChanged` when the library's files differ from when last looked at.
    func checkLibrary() -> Bool {
        let now = ContinuousClock.now
        guard now - stampTakenAt >= .milliseconds(500) else { return false }
        stampTakenAt = now
        let current = runner.libraryStamp()
        guard current != stamp else { return false }
        stamp = current
        send(.libraryChanged)
        return true
    }

    /// Loads the first data.
    public func start() {
        stamp = runner.libraryStamp()
        for effect in AppUpdate.start(state) {
            let (reply, _) = runner.run(effect)
            if let reply { send(reply) }
        }
    }

    /// Draws the current state.
    public func draw() {
        let (buffer, cursor) = AppView.render(state, theme: theme, keymap: keymap)
        screen.present(buffer)
        screen.setCursor(cursor)
    }

    /// The message for a terminal event in the current state, if any.
    public func message(for event: TerminalEvent) -> Message? {
        switch event {
        case .resize(let size): return .resized(size)
        case .mouse(let mouse):
            switch mouse.kind {
            case .click: return .clicked(mouse.position)
            case .wheelUp: return .scrolled(mouse.position, down: false)
            case .wheelDown: return .scrolled(mouse.position, down: true)
            }
        case .suspend: return .command(.suspend)
        case .key(let key):
            // Ctrl-Z works everywhere, in a prompt and in help too.
            if keymap.command(for: key, in: .global) == .suspend { return .command(.suspend) }
            if state.prompt != nil { return .promptKey(key) }
            if state.layout.tooSmall {
                return key == .character("q") || key == .control("c") ? .command(.quit) : nil
            }
            return keymap.command(for: key, in: state.keyContext).map { .command($0) } ?? .unboundKey(key)
        }
    }

    /// Runs until the person quits (or a termination signal), drawing after every change. Replies of
    /// background work are taken between events; the screen's waker ends the wait when one is ready.
    /// Keys that arrive together (a paste, a held key) are all handled before the next frame is drawn.
    public func run(maxFrames: Int? = nil) {
        start()
        draw()
        var frames = 1
        var changed = false
        while !state.quit, !shouldStop() {
            if let maxFrames, frames >= maxFrames { break }
            for reply in background.takeReplies() + feeds.takeReplies() {
                // the end of a fetch reloads what it wrote: the files' change is no news after that
                if case .feedsFetched = reply { stamp = runner.libraryStamp() }
                send(reply)
                changed = true
            }
            if checkLibrary() { changed = true }
            if changed, !screen.hasPendingInput {
                draw()
                frames += 1
                changed = false
            }
            guard let event = screen.nextEvent(timeout: changed ? 0 : 250) else {
                // Scripted events have run out: finish the background work, then stop.
                if screen is VirtualScreen, !changed {
                    if background.isIdle, feeds.isIdle { break }
                    background.waitUntilIdle()
                    feeds.waitUntilIdle()
                }
                continue
            }
            if let message = message(for: event) {
                send(message)
                changed = true
            }
        }
    }
}
