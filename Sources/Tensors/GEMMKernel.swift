import Foundation

/// The pure-Swift SGEMM: Goto/BLIS-style blocking over packed panels, one register-blocked micro-kernel, and
/// C tiles handed to worker threads.
///
/// Determinism: K is always cut at multiples of `kc` (a constant), each output element is produced by exactly one
/// worker, and every micro-kernel shape of one arithmetic family performs the same operations per element in the
/// same order. So the result depends only on the inputs, never on the thread count or on scheduling.
enum GEMMKernel {
    /// K block depth. Fixed: changing it changes rounding, so it must not depend on the machine or thread count.
    static let kc = 256
    /// Largest A block height / B block width (per worker workspace).
    static let maxMC = 192
    static let maxNC = 1024
    static let maxTile = 8 * 32
    /// Below this many multiply-adds a product runs on the calling thread.
    static let parallelMinimumWork = 1 << 17

    static func run(_ problem: GEMMProblem, threads: Int) {
        run(problem, threads: threads, kernel: GEMMMicroKernel.selected)
    }

    static func run(_ problem: GEMMProblem, threads: Int, kernel: GEMMMicroKernel) {
        let (m, n) = (problem.m, problem.n)
        let work = m * n * problem.k
        let workers = max(1, min(threads, work / parallelMinimumWork))
        var mc = min(maxMC / kernel.mr * kernel.mr, roundUp(m, kernel.mr))
        var nc = min(maxNC / kernel.nr * kernel.nr, roundUp(n, kernel.nr))
        // Enough tiles for every worker (tile sizes never affect results, only the balance).
        while workers > 1 && ceilDiv(m, mc) * ceilDiv(n, nc) < 2 * workers {
            if nc >= 4 * kernel.nr {
                nc = roundUp(nc / 2, kernel.nr)
            } else if mc >= 2 * kernel.mr {
                mc = roundUp(mc / 2, kernel.mr)
            } else {
                break
            }
        }
        let tilesDown = ceilDiv(m, mc)
        let tileCount = tilesDown * ceilDiv(n, nc)
        let (mcFinal, ncFinal) = (mc, nc)
        let next = TileCounter()
        ParallelLoop.run(workers: min(workers, tileCount)) { _ in
            GEMMWorkspace.withWorkspace { workspace in
                while let tile = next.take(below: tileCount) {
                    let i0 = (tile % tilesDown) * mcFinal
                    let j0 = (tile / tilesDown) * ncFinal
                    computeTile(
                        problem, kernel: kernel, workspace: workspace, i0: i0, rows: min(mcFinal, m - i0), j0: j0,
                        cols: min(ncFinal, n - j0))
                }
            }
        }
    }

    /// Computes `C[i0..<i0+rows, j0..<j0+cols]` over the whole K range.
    static func computeTile(
        _ problem: GEMMProblem, kernel: GEMMMicroKernel, workspace: GEMMWorkspace, i0: Int, rows: Int, j0: Int,
        cols: Int
    ) {
        let (mr, nr) = (kernel.mr, kernel.nr)
        let (c, ldc) = (problem.c, problem.ldc)
        var p0 = 0
        while p0 < problem.k {
            let depth = min(kc, problem.k - p0)
            let first = p0 == 0
            let overwrite = first && problem.beta == 0
            let beta: Float = first ? problem.beta : 1
            problem.packB(into: workspace.packedB, p0: p0, depth: depth, j0: j0, cols: cols, nr: nr)
            problem.packA(into: workspace.packedA, i0: i0, rows: rows, p0: p0, depth: depth, mr: mr)
            var j = 0
            while j < cols {
                let bPanel = workspace.packedB + j * depth
                let tileCols = min(nr, cols - j)
                var i = 0
                while i < rows {
                    let aPanel = workspace.packedA + i * depth
                    let tileRows = min(mr, rows - i)
                    let target = c + (i0 + i) * ldc + j0 + j
                    if tileRows == mr && tileCols == nr {
                        kernel.body(depth, aPanel, bPanel, target, ldc, problem.alpha, beta, overwrite)
                    } else {
                        edge(kernel, depth, aPanel, bPanel, target, ldc, tileRows, tileCols, problem.alpha, beta,
                             overwrite, workspace.edgeTile)
                    }
                    i += mr
                }
                j += nr
            }
            p0 += depth
        }
    }

    /// A partial tile: run the kernel on a scratch tile holding the valid part of C, then copy that part back.
    /// The kernel performs the same per-element operations, so edges round exactly like interior tiles.
    @inline(__always)
    static func edge(
        _ kernel: GEMMMicroKernel, _ depth: Int, _ aPanel: UnsafePointer<Float>, _ bPanel: UnsafePointer<Float>,
        _ target: UnsafeMutablePointer<Float>, _ ldc: Int, _ rows: Int, _ cols: Int, _ alpha: Float, _ beta: Float,
        _ overwrite: Bool, _ scratch: UnsafeMutablePointer<Float>
    ) {
        let nr = kernel.nr
        if !overwrite {
            for r in 0..<rows { (scratch + r * nr).update(from: target + r * ldc, count: cols) }
        }
        kernel.body(depth, aPanel, bPanel, scratch, nr, alpha, beta, overwrite)
        for r in 0..<rows { (target + r * ldc).update(from: scratch + r * nr, count: cols) }
    }

    @inline(__always) static func ceilDiv(_ x: Int, _ y: Int) -> Int { (x + y - 1) / y }
    @inline(__always) static func roundUp(_ x: Int, _ y: Int) -> Int { ceilDiv(x, y) * y }
}

/// Hands out tile indices to workers; a lock is cheap next to a tile's work.
final class TileCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0

    func take(below count: Int) -> Int? {
        lock.withLock {
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }
}
