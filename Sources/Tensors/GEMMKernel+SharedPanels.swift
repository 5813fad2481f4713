import Foundation
import Synchronization

extension GEMMKernel {
    /// Whether a product split across `workers` runs as shared-panel units (`runSharedPanels`) rather than one task
    /// per worker: a large product (at least `sharedPanelsMinimumWork` multiply-adds), a few row blocks of work per
    /// worker, and B blocks wider than the in-place reading of narrow tasks (see `computeTask`).
    static func usesSharedPanels(_ problem: GEMMProblem, _ kernel: GEMMMicroKernel, workers: Int) -> Bool {
        workers > 1 && problem.m >= 4 * kernel.mr * workers && problem.n > 2 * kernel.nr
            && problem.m * problem.n * problem.k >= sharedPanelsMinimumWork
    }

    /// Below this many multiply-adds (512³), one task per worker measured as fast or faster: 256×512·512×512 at 2
    /// threads ran at a median 247 GFLOP/s as tasks and 222 as units (interleaved calls).
    static let sharedPanelsMinimumWork = 1 << 27

    /// A product split across workers as units of (one K block of one B block, one block of rows), handed out in
    /// order to whichever worker asks next. Each B block is packed once, by the first worker to need it, into one
    /// of two buffers all workers read; each worker packs its own rows of A.
    ///
    /// One task per worker leaves the early finisher idle whenever the other's core is slowed: on a 2-vCPU VM one
    /// worker often took 1.4–1.5× as long as the other on 1024×1024·(2048×1024)ᵀ. With units, the faster worker
    /// takes more of them: medians of interleaved calls at 2 threads rose from 199 to 226 and from 180 to 186
    /// GFLOP/s on that product, and from 157 to 189 and from 215 to 231 on 2048×1024ᵀ·1024×1024.
    ///
    /// Every tile is the same kernel call on the same packed values as on one thread, and the K blocks of a tile
    /// run in order (a unit waits for the previous K block of its rows), so the bits do not depend on the threads.
    static func runSharedPanels(_ problem: GEMMProblem, workers: Int, kernel: GEMMMicroKernel) {
        let (m, n, k) = (problem.m, problem.n, problem.k)
        let (mr, nr) = (kernel.mr, kernel.nr)
        let nc = min(roundUp(n, nr), maxNC / nr * nr)
        let unitRows = min(maxMC / mr * mr, roundUp(ceilDiv(m, 4 * workers), mr))
        let kBlocks = ceilDiv(k, kc)
        let schedule = SharedPanelSchedule(sequences: ceilDiv(n, nc) * kBlocks, rowBlocks: ceilDiv(m, unitRows))
        GEMMWorkspace.withWorkspace { even in
            GEMMWorkspace.withWorkspace { odd in
                let panels = UncheckedSendable((even.packedB, odd.packedB))
                ParallelLoop.run(workers: workers) { _ in
                    GEMMWorkspace.withWorkspace { workspace in
                        while let (sequence, block) = schedule.claim() {
                            let (j0, p0) = (sequence / kBlocks * nc, sequence % kBlocks * kc)
                            let (cols, depth) = (min(nc, n - j0), min(kc, k - p0))
                            let packed = sequence % 2 == 0 ? panels.value.0 : panels.value.1
                            schedule.preparePanel(sequence) {
                                problem.packB(
                                    into: packed, p0: p0, depth: depth, j0: j0, cols: cols, nr: nr, using: kernel.pack)
                            }
                            schedule.waitForEarlierSequences(of: block, before: sequence)
                            let rowStart = block * unitRows
                            sweep(
                                problem, kernel, workspace, packedB: packed, directA: false, directB: false, p0: p0,
                                depth: depth, rowStart: rowStart, blockRows: min(unitRows, m - rowStart), j0: j0,
                                cols: cols)
                            schedule.finish(block)
                        }
                    }
                }
            }
        }
    }
}

/// The order of `GEMMKernel.runSharedPanels`' units: sequence by sequence (a K block of one B block, in order), row
/// block by row block, claimed from one counter.
///
/// Every wait is for a unit claimed earlier, whose worker is running it or waiting on a still earlier one, so the
/// workers cannot deadlock, and one worker alone (when the pool runs every piece on the caller) never waits.
final class SharedPanelSchedule: @unchecked Sendable {
    let sequences: Int
    let rowBlocks: Int
    private let next = Atomic<Int>(0)
    /// Per sequence: 0 not packed, 1 being packed, 2 ready.
    private let panels: UnsafeMutablePointer<Atomic<Int>>
    /// Per row block: how many sequences of it have finished.
    private let progress: UnsafeMutablePointer<Atomic<Int>>

    init(sequences: Int, rowBlocks: Int) {
        self.sequences = sequences
        self.rowBlocks = rowBlocks
        panels = .allocate(capacity: sequences)
        for i in 0..<sequences { (panels + i).initialize(to: Atomic(0)) }
        progress = .allocate(capacity: rowBlocks)
        for i in 0..<rowBlocks { (progress + i).initialize(to: Atomic(0)) }
    }

    deinit {
        panels.deinitialize(count: sequences)
        panels.deallocate()
        progress.deinitialize(count: rowBlocks)
        progress.deallocate()
    }

    /// The next unit, or `nil` when all are taken.
    func claim() -> (sequence: Int, block: Int)? {
        let ticket = next.wrappingAdd(1, ordering: .relaxed).oldValue
        guard ticket < sequences * rowBlocks else { return nil }
        return (ticket / rowBlocks, ticket % rowBlocks)
    }

    /// Returns once `sequence`'s B block is packed: the first worker to arrive packs it with `pack` (after every
    /// unit of `sequence − 2`, which read the same buffer, has finished); the others wait for it.
    func preparePanel(_ sequence: Int, pack: () -> Void) {
        let state = panels + sequence
        if state.pointee.compareExchange(expected: 0, desired: 1, ordering: .acquiring).exchanged {
            if sequence >= 2 {
                for block in 0..<rowBlocks {
                    Self.wait(until: { (progress + block).pointee.load(ordering: .acquiring) >= sequence - 1 })
                }
            }
            pack()
            state.pointee.store(2, ordering: .releasing)
        } else {
            Self.wait(until: { state.pointee.load(ordering: .acquiring) == 2 })
        }
    }

    /// Returns once every earlier sequence of `block` has finished (its K blocks run in order).
    func waitForEarlierSequences(of block: Int, before sequence: Int) {
        Self.wait(until: { (progress + block).pointee.load(ordering: .acquiring) >= sequence })
    }

    /// Marks `block`'s current sequence finished.
    func finish(_ block: Int) {
        (progress + block).pointee.wrappingAdd(1, ordering: .releasing)
    }

    /// Spins briefly, then yields the core (the other worker may need it).
    private static func wait(until condition: () -> Bool) {
        var spins = 0
        while !condition() {
            spins += 1
            if spins > 64 { sched_yield() }
        }
    }
}
