import Dispatch
import Foundation
import Testing

@testable import Tensors

@Suite("Kept worker threads: every piece runs once, busy calls fall back, concurrent callers do not mix")
struct WorkerPoolTests {
    /// Counts how often each index ran (a lock, as pieces run on several threads).
    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private var counts: [Int]
        init(_ count: Int) { counts = [Int](repeating: 0, count: count) }
        func add(_ index: Int) { lock.withLock { counts[index] += 1 } }
        var values: [Int] { lock.withLock { counts } }
    }

    @Test("Each index runs exactly once, for one piece and several, call after call (polling and woken workers)")
    func everyIndexOnce() {
        for pieces in [1, 2, 3, 5, 2, 1, 8] + [Int](repeating: 2, count: 500) {
            let tally = Tally(pieces)
            ParallelLoop.perform(pieces: pieces) { tally.add($0) }
            #expect(tally.values == [Int](repeating: 1, count: pieces))
        }
        Thread.sleep(forTimeInterval: 0.01)  // past the polling: the workers sleep and must be woken
        let tally = Tally(4)
        ParallelLoop.perform(pieces: 4) { tally.add($0) }
        #expect(tally.values == [1, 1, 1, 1])
    }

    @Test("The pool itself refuses a call nested in one of its pieces, and zero or too many pieces")
    func refusals() {
        let pool = WorkerPool()
        let refused = Tally(1)
        let ran = pool.perform(pieces: 2) { _ in
            if !pool.perform(pieces: 2, { _ in }) { refused.add(0) }
        }
        #expect(ran)
        #expect(refused.values == [2])
        #expect(!pool.perform(pieces: 0) { _ in })
        #expect(!pool.perform(pieces: WorkerPool.maximumPieces + 1) { _ in })
    }

    @Test("A call nested in a piece (refused by the busy pool, so on Dispatch) still runs every index once")
    func nestedCallFallsBack() {
        let outer = Tally(2)
        let inner = Tally(6)
        ParallelLoop.perform(pieces: 2) { i in
            outer.add(i)
            ParallelLoop.perform(pieces: 3) { inner.add(i * 3 + $0) }
        }
        #expect(outer.values == [1, 1])
        #expect(inner.values == [Int](repeating: 1, count: 6))
    }

    @Test("Calls from several threads at once each run all of their own pieces")
    func concurrentCallers() {
        let tallies = (0..<4).map { _ in Tally(3) }
        DispatchQueue.concurrentPerform(iterations: 4) { caller in
            for _ in 0..<50 { ParallelLoop.perform(pieces: 3) { tallies[caller].add($0) } }
        }
        for tally in tallies { #expect(tally.values == [50, 50, 50]) }
    }
}
