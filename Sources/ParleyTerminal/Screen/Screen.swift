/// Where a frame is shown and events come from: the real terminal or an in-memory one for tests.
public protocol Screen: AnyObject {
    var size: Size { get }
    /// The next event, or nil when `timeout` (milliseconds; nil waits) passes first.
    func nextEvent(timeout: Int?) -> TerminalEvent?
    /// Shows a frame; implementations write only what changed since the last one.
    func present(_ buffer: ScreenBuffer)
    /// Where the cursor shows (nil hides it).
    func setCursor(_ point: Point?)
    /// Gives the terminal back to the shell and stops the process until it is continued; the next frame
    /// is then drawn in full.
    func suspend()
    /// Ends a wait in `nextEvent` early; any thread may call it (work finished in the background).
    var waker: @Sendable () -> Void { get }
    /// True when more input is already waiting, so drawing can wait until it is read (a paste).
    var hasPendingInput: Bool { get }
    /// Leaves the terminal to `body` (another program that may draw on it), then takes it back and
    /// draws the next frame in full.
    func handOver(_ body: () -> Void)
    /// Asks the terminal to put `text` on the clipboard (OSC 52); false when it is not known to take it.
    func copyToClipboard(_ text: String) -> Bool
}

/// An in-memory screen: scripted events in, the last frame out. `AppRunner` runs on it in tests.
public final class VirtualScreen: Screen {
    public private(set) var size: Size
    public private(set) var frames: [ScreenBuffer] = []
    public private(set) var cursor: Point?
    public var events: [TerminalEvent]

    public init(size: Size, events: [TerminalEvent] = []) {
        self.size = size
        self.events = events
    }

    public var lastFrame: ScreenBuffer? { frames.last }

    public func nextEvent(timeout: Int?) -> TerminalEvent? {
        guard !events.isEmpty else { return nil }
        let event = events.removeFirst()
        if case .resize(let newSize) = event { size = newSize }
        return event
    }

    public func present(_ buffer: ScreenBuffer) { frames.append(buffer) }

    public func setCursor(_ point: Point?) { cursor = point }

    /// How many times the app asked to suspend.
    public private(set) var suspensions = 0

    public func suspend() { suspensions += 1 }

    public var waker: @Sendable () -> Void { {} }

    /// Always false: every scripted event gets its own frame, as tests expect.
    public var hasPendingInput: Bool { false }

    /// How many times the terminal was handed to another program.
    public private(set) var handOvers = 0

    public func handOver(_ body: () -> Void) {
        handOvers += 1
        body()
    }

    /// What was sent to the clipboard; `acceptsClipboard` plays a terminal with or without OSC 52.
    public private(set) var copied: [String] = []
    public var acceptsClipboard = true

    public func copyToClipboard(_ text: String) -> Bool {
        guard acceptsClipboard else { return false }
        copied.append(text)
        return true
    }
}
