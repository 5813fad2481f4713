import Foundation
import Synchronization

/// The threads `ParallelLoop` runs its pieces on: kept alive between calls and polling for the next call for a
/// short while before they sleep, as OpenMP's workers do.
///
/// A sleeping Dispatch worker took 15–35 µs to wake on a 2-vCPU VM; a training step runs dozens of parallel passes
/// of 10–500 µs each with short serial gaps between them, so with Dispatch the caller often finished a pass alone
/// before its helper arrived. A polling thread starts within a microsecond.
///
/// Pieces are claimed from one atomic ticket (call number, piece count, next piece), so a thread that arrives late
/// can never run a piece of a later call. Which thread runs a piece never changes what it computes, so results are
/// the same bits as on Dispatch. One call at a time: a call made while the pool is busy (from another thread, or
/// nested in a piece) returns `false` and the caller falls back to Dispatch.
final class WorkerPool: @unchecked Sendable {
    /// The pool every `ParallelLoop` call uses.
    static let shared = WorkerPool()
    /// How long an idle thread polls for the next call before it sleeps (a training step's serial gaps are shorter).
    static let pollNanoseconds: UInt64 = 200_000
    /// Most pieces one call can have (the ticket's piece fields are 16 bits).
    static let maximumPieces = 0xFFFF

    /// `call << 32 | pieces << 16 | next piece`.
    private let ticket = Atomic<Int>(0)
    private let finished = Atomic<Int>(0)
    private let busy = Atomic<Bool>(false)
    private let sleepers = Atomic<Int>(0)
    private let wakeUp = NSCondition()
    /// Written only by the call holding `busy`, before it publishes the ticket; read only by a thread that claimed
    /// a piece of that call (which the call waits for).
    private var body: ((Int) -> Void)?
    private var call = 0
    private var threadCount = 0

    /// Runs `body(i)` for every `i` in `0..<pieces`, on the caller and the pool threads (started until there are
    /// `threads − 1`, default `pieces − 1`), and returns when all have finished.
    /// - Returns: `false`, having run nothing, when the pool is already running another call or `pieces` is out of
    ///   range.
    func perform(pieces: Int, threads: Int? = nil, _ body: (Int) -> Void) -> Bool {
        guard pieces > 0, pieces <= Self.maximumPieces,
            busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged
        else { return false }
        defer { busy.store(false, ordering: .releasing) }
        while threadCount < min(pieces, threads ?? pieces) - 1 {
            // The thread keeps the pool alive: it runs for the life of the process.
            let thread = Thread { self.serve() }
            thread.start()
            threadCount += 1
        }
        withoutActuallyEscaping(body) { body in
            self.body = body
            call = (call + 1) & 0x7FFF_FFFF
            finished.store(0, ordering: .relaxed)
            ticket.store(call << 32 | pieces << 16, ordering: .sequentiallyConsistent)
            if sleepers.load(ordering: .sequentiallyConsistent) > 0 {
                wakeUp.lock()
                wakeUp.broadcast()
                wakeUp.unlock()
            }
            runPieces(of: call)
            var polls = 0
            while finished.load(ordering: .acquiring) < pieces {
                polls += 1
                if polls > 2_000 { sched_yield() }
            }
            self.body = nil
        }
        return true
    }

    /// Claims and runs pieces of call `number` until none is left (or a later call has begun).
    private func runPieces(of number: Int) {
        var state = ticket.load(ordering: .acquiring)
        while state >> 32 == number, state & 0xFFFF < (state >> 16) & 0xFFFF {
            let (exchanged, original) = ticket.compareExchange(
                expected: state, desired: state + 1, ordering: .acquiringAndReleasing)
            if exchanged {
                runPiece(state & 0xFFFF)
                finished.add(1, ordering: .releasing)
                state = ticket.load(ordering: .acquiring)
            } else {
                state = original
            }
        }
    }

    /// Not inlined so that its copy of `body` is released before the piece is counted as finished (the caller's
    /// `withoutActuallyEscaping` checks that no copy is left).
    @inline(never) private func runPiece(_ index: Int) {
        body?(index)
    }

    /// A pool thread: runs pieces of each new call; between calls polls, then sleeps.
    private func serve() {
        var seen = ticket.load(ordering: .acquiring) >> 32
        while true {
            seen = waitForCall(after: seen)
            runPieces(of: seen)
        }
    }

    /// Waits until a call after `seen` has been published and returns its number.
    private func waitForCall(after seen: Int) -> Int {
        let deadline = DispatchTime.now().uptimeNanoseconds + Self.pollNanoseconds
        var polls = 0
        while true {
            let number = ticket.load(ordering: .acquiring) >> 32
            if number != seen { return number }
            polls += 1
            if polls & 255 == 0 && DispatchTime.now().uptimeNanoseconds > deadline { break }
        }
        wakeUp.lock()
        sleepers.add(1, ordering: .sequentiallyConsistent)
        while ticket.load(ordering: .sequentiallyConsistent) >> 32 == seen { wakeUp.wait() }
        sleepers.subtract(1, ordering: .sequentiallyConsistent)
        wakeUp.unlock()
        return ticket.load(ordering: .acquiring) >> 32
    }
}
