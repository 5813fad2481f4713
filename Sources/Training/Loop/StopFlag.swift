import Foundation

/// A cooperative stop request, shared between the trainer and whoever may ask it to stop (a Ctrl-C handler).
///
/// The trainer checks the flag after each step: it finishes that step, writes a checkpoint when a checkpoint
/// policy is set, and returns a result marked `interrupted`. Safe to set from any thread.
public final class StopFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var requested = false

    /// Creates a flag that is not set.
    public init() {}

    /// Asks the trainer to stop after the current step.
    public func requestStop() { lock.withLock { requested = true } }

    /// Clears the request (to reuse the flag for another run).
    public func reset() { lock.withLock { requested = false } }

    /// Whether a stop was requested.
    public var isStopRequested: Bool { lock.withLock { requested } }
}
