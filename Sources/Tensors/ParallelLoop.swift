import Dispatch

/// Runs work on several threads at once (`WorkerPool`'s kept threads, or Dispatch's when those are busy), or inline
/// for one worker.
///
/// Each call chooses its own number of workers from its size, as BLAS libraries do: work too small to repay waking
/// a thread runs inline on the caller, whatever `ComputeSettings.threadCount` says.
public enum ParallelLoop {
    /// Elements per worker below which an elementwise pass over memory (a map, a bias add) stays on fewer threads.
    public static let elementwiseMinimumPerWorker = 1 << 15

    /// Pieces per worker of a pass that can be cut finely (an elementwise pass, rows of a row-wise product): they
    /// are claimed as workers finish, so a worker on a slower CPU takes fewer. The two vCPUs of a VM often run at
    /// different speeds for seconds at a time; one piece each leaves the faster one waiting.
    static let piecesPerWorker = 4
    /// Fewest items in a piece of an elementwise pass (32 KiB of floats: claiming a piece costs far less).
    static let elementwiseMinimumPerPiece = 1 << 13

    static func run(workers: Int, _ body: @Sendable (Int) -> Void) {
        if workers <= 1 {
            body(0)
        } else {
            perform(pieces: workers, body)
        }
    }

    /// `body(i)` for every `i` in `0..<pieces` on the kept worker threads (`WorkerPool`), at most `workers` at once
    /// (default `pieces`), or on Dispatch's when those are busy with another call. Every piece runs in the caller's
    /// `FloatingPointMode`, whatever thread runs it, so results do not depend on which thread took which piece.
    static func perform(pieces: Int, workers: Int? = nil, _ body: @Sendable (Int) -> Void) {
        let flush = FloatingPointMode.flushesSubnormals
        withoutActuallyEscaping(body) { body in
            let inCallersMode: @Sendable (Int) -> Void = { piece in
                FloatingPointMode.with(flushingSubnormals: flush) { body(piece) }
            }
            if !WorkerPool.shared.perform(pieces: pieces, threads: workers, inCallersMode) {
                DispatchQueue.concurrentPerform(iterations: pieces, execute: inCallersMode)
            }
        }
    }

    /// The number of workers for `count` items: at most `threadCount` (default `ComputeSettings.threadCount`), and
    /// at least `minimumPerWorker` items each (so one for small work).
    public static func workers(count: Int, minimumPerWorker: Int, threadCount: Int? = nil) -> Int {
        let threads = max(1, threadCount ?? ComputeSettings.threadCount)
        return max(1, min(threads, count / max(1, minimumPerWorker)))
    }

    /// Calls `body` on contiguous, disjoint ranges covering `0..<count`, on up to one thread per worker at once:
    /// `piecesPerWorker` ranges per worker (of at least `elementwiseMinimumPerPiece` items), claimed as workers
    /// finish.
    ///
    /// Range boundaries are multiples of 16 (whole SIMD vectors), so an elementwise body that handles each element
    /// alone gives the same bits whatever the number of workers or ranges. `body` must only write its own range.
    /// - Parameters:
    ///   - count: the number of items.
    ///   - minimumPerWorker: fewest items worth a worker (default `elementwiseMinimumPerWorker`).
    ///   - threadCount: upper bound on workers (default `ComputeSettings.threadCount`).
    ///   - body: the work for one range.
    public static func forEachChunk(
        of count: Int, minimumPerWorker: Int = elementwiseMinimumPerWorker, threadCount: Int? = nil,
        _ body: (Range<Int>) -> Void
    ) {
        guard count > 0 else { return }
        let workers = workers(count: count, minimumPerWorker: minimumPerWorker, threadCount: threadCount)
        if workers == 1 {
            body(0..<count)
            return
        }
        let wanted = min(workers * piecesPerWorker, max(workers, count / elementwiseMinimumPerPiece))
        let chunk = (count + wanted - 1) / wanted
        let step = (chunk + 15) / 16 * 16
        let pieces = (count + step - 1) / step
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable(body)
            perform(pieces: pieces, workers: workers) { piece in
                let start = piece * step
                shared.value(start..<min(count, start + step))
            }
        }
    }
}
