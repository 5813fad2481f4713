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
    /// Largest A block height and B block width (the per-worker packing buffers).
    static let maxMC = 192
    static let maxNC = 1024
    /// Largest micro-tile (8×32).
    static let maxTile = 8 * 32
    /// Below this many multiply-adds per worker (about 10 µs of work) a product uses fewer threads. The workers are
    /// `WorkerPool`'s polling threads, which start within a microsecond (a sleeping Dispatch worker took 15–35 µs on
    /// a 2-vCPU VM, which needed 2^22 here); splitting smaller products only adds packing.
    static let parallelMinimumWork = 1 << 20

    static func run(_ problem: GEMMProblem, threads: Int) {
        run(problem, threads: threads, kernel: GEMMMicroKernel.best(m: problem.m, n: problem.n))
    }

    /// - Parameter minimumWork: multiply-adds per worker below which fewer workers run (tests lower it to split
    ///   small products).
    static func run(
        _ problem: GEMMProblem, threads: Int, kernel: GEMMMicroKernel, minimumWork: Int = parallelMinimumWork
    ) {
        let (m, n) = (problem.m, problem.n)
        let workers = max(1, min(threads, m * n * problem.k / max(1, minimumWork)))
        if usesRowDots(problem, kernel) {
            runByRows(problem, workers: workers, run: kernel.build.kernels.rowDots)
            return
        }
        if usesRowCombinations(problem, kernel) {
            runByRows(problem, workers: workers, run: kernel.build.kernels.rowCombinations)
            return
        }
        problem.prepareRows(threads: threads)
        if usesOuterSums(problem, kernel) {
            runOuterSums(problem, workers: workers, kernel: kernel)
        } else if usesSharedPanels(problem, kernel, workers: workers) {
            runSharedPanels(problem, workers: workers, kernel: kernel)
        } else {
            runPacked(problem, workers: workers, kernel: kernel)
        }
        problem.finishRows(threads: threads)
    }

    /// The packed path: C in tasks of micro-tiles over packed panels of A and B.
    static func runPacked(_ problem: GEMMProblem, workers: Int, kernel: GEMMMicroKernel) {
        let (m, n) = (problem.m, problem.n)
        let (taskRows, taskCols) = taskShape(m: m, n: n, workers: workers, kernel: kernel)
        let tilesDown = ceilDiv(m, taskRows)
        let taskCount = tilesDown * ceilDiv(n, taskCols)
        if workers == 1 || taskCount == 1 {
            GEMMWorkspace.withWorkspace { workspace in
                for task in 0..<taskCount {
                    let (i0, j0) = ((task % tilesDown) * taskRows, (task / tilesDown) * taskCols)
                    computeTask(problem, kernel, workspace, i0, min(taskRows, m - i0), j0, min(taskCols, n - j0))
                }
            }
            return
        }
        let next = TaskCounter()
        ParallelLoop.run(workers: min(workers, taskCount)) { _ in
            GEMMWorkspace.withWorkspace { workspace in
                while let task = next.take(below: taskCount) {
                    let (i0, j0) = ((task % tilesDown) * taskRows, (task / tilesDown) * taskCols)
                    computeTask(problem, kernel, workspace, i0, min(taskRows, m - i0), j0, min(taskCols, n - j0))
                }
            }
        }
    }

    /// Widest C that `A · Bᵀ` computes as row dot products (`RowDots`) instead of packed tiles.
    static let rowDotsMaximumColumns = 12

    /// Whether a product runs as row dot products: `A · Bᵀ` with both stored K-contiguous, a C of at most
    /// `rowDotsMaximumColumns` columns (a classifier's output layer), K of at least 128 (each dot product ends in a
    /// lane reduction, which shorter ones do not repay: 64×40·40×12 ran at a quarter of the tiles' speed), and a
    /// fused kernel family (the dot products use fused multiply-add). 256×512·(2×512)ᵀ ran 4× faster than on tiles,
    /// 1024×2048·(10×2048)ᵀ 1.6× (one thread, AVX-512).
    static func usesRowDots(_ problem: GEMMProblem, _ kernel: GEMMMicroKernel) -> Bool {
        !problem.transposeA && problem.transposeB && problem.n <= rowDotsMaximumColumns && problem.k >= 128
            && kernel.fused
    }

    /// Deepest K that `A · B` computes as row combinations (`RowCombinations`) instead of packed tiles.
    static let rowCombinationsMaximumDepth = 12

    /// Whether a product runs as row combinations: `A · B`, neither transposed (an input gradient `dY · W`), K of at
    /// most `rowCombinationsMaximumDepth` (a classifier's output layer), and a fused kernel family.
    static func usesRowCombinations(_ problem: GEMMProblem, _ kernel: GEMMMicroKernel) -> Bool {
        !problem.transposeA && !problem.transposeB && problem.k <= rowCombinationsMaximumDepth && kernel.fused
    }

    /// A row-wise kernel (`RowDots`, `RowCombinations`) over blocks of rows (multiples of four),
    /// `ParallelLoop.piecesPerWorker` per worker, claimed as workers finish. With `rowsDone` or `rowsReady`, each worker computes its block a few rows at a time (about `rowsDoneChunk`
    /// elements of A and C together, which stay in cache; in fours with `rowsReady`): `rowsReady` on each group's
    /// rows of A first, then the kernel, then `rowsDone` on its rows of C. Row-wise kernels compute each row alone,
    /// so the grouping does not change the bits.
    static func runByRows(_ problem: GEMMProblem, workers: Int, run: @escaping RowDots.Run) {
        let pieces = workers == 1 ? 1 : workers * ParallelLoop.piecesPerWorker
        let block = (problem.m + 4 * pieces - 1) / (4 * pieces) * 4
        let touched = (problem.rowsDone == nil ? 0 : problem.n) + (problem.rowsReady == nil ? 0 : problem.k)
        let rows = max(1, rowsDoneChunk / max(1, touched))
        // Rows handed to `rowsReady` are read again four at a time by `RowDots`, so they come in fours.
        let chunk = touched == 0 ? block : problem.rowsReady == nil ? rows : (rows + 3) / 4 * 4
        let count = (problem.m + block - 1) / block
        let body: @Sendable (Int) -> Void = { piece in
            let end = min(problem.m, (piece + 1) * block)
            var i0 = piece * block
            while i0 < end {
                let rows = min(chunk, end - i0)
                problem.rowsReady?(i0..<(i0 + rows))
                run(
                    problem.a + i0 * problem.lda, problem.lda, problem.b, problem.ldb, problem.c + i0 * problem.ldc,
                    problem.ldc, rows, problem.n, problem.k, problem.alpha, problem.beta)
                problem.rowsDone?(i0..<(i0 + rows))
                i0 += rows
            }
        }
        if count == 1 { body(0) } else { ParallelLoop.perform(pieces: count, workers: workers, body) }
    }

    /// Elements of A and C that a row-wise kernel reads and writes between its hooks (32 KiB, inside L1).
    static let rowsDoneChunk = 8192

    /// Tallest C that `Aᵀ · B` computes as outer-product sums (`OuterSums`) instead of packed tiles.
    static let outerSumsMaximumRows = 12

    /// Whether a product runs as outer-product sums: `Aᵀ · B` with both stored row-major over K (a weight gradient
    /// `dYᵀ · X`), a C of at most `outerSumsMaximumRows` rows (a classifier's output layer), and a fused kernel
    /// family. The tiles would pack all of B to fill one row of tiles.
    static func usesOuterSums(_ problem: GEMMProblem, _ kernel: GEMMMicroKernel) -> Bool {
        problem.transposeA && !problem.transposeB && problem.m <= outerSumsMaximumRows && kernel.fused
    }

    /// Outer-product sums over blocks of columns (multiples of 64), one per worker.
    static func runOuterSums(_ problem: GEMMProblem, workers: Int, kernel: GEMMMicroKernel) {
        let run = kernel.build.kernels.outerSums
        let n = problem.n
        let block = (n + 64 * workers - 1) / (64 * workers) * 64
        ParallelLoop.run(workers: min(workers, (n + block - 1) / block)) { worker in
            let j0 = worker * block
            guard j0 < n else { return }
            run(
                problem.a, problem.lda, problem.b, problem.ldb, problem.c, problem.ldc, problem.m,
                j0..<min(n, j0 + block), problem.k, problem.alpha, problem.beta)
        }
    }

    /// Splits C into tasks: as few and as square as possible (a task packs A once per B block and B once per task,
    /// so packing costs about `1/cols + 1/rows` of the arithmetic), but at least one per worker. One per worker, not
    /// two: every extra task packs its panels of A or B again, and two per worker measured 20–40% slower on two
    /// threads (256×512×512 and 1024×1024×2048) than one.
    /// Task shapes never affect results.
    static func taskShape(m: Int, n: Int, workers: Int, kernel: GEMMMicroKernel) -> (rows: Int, cols: Int) {
        var rows = roundUp(m, kernel.mr)
        var cols = min(roundUp(n, kernel.nr), maxNC / kernel.nr * kernel.nr)
        let wanted = workers
        while ceilDiv(m, rows) * ceilDiv(n, cols) < wanted {
            if rows >= cols && rows >= 2 * kernel.mr {
                rows = roundUp(rows / 2, kernel.mr)
            } else if cols >= 2 * kernel.nr {
                cols = roundUp(cols / 2, kernel.nr)
            } else if rows >= 2 * kernel.mr {
                rows = roundUp(rows / 2, kernel.mr)
            } else {
                break
            }
        }
        return (rows, cols)
    }

    /// Computes `C[i0..<i0+rows, j0..<j0+cols]` over the whole K range: per K block, pack B once, then pack A in
    /// `mc`-row blocks and sweep the micro-kernel over them, row of tiles by row of tiles.
    ///
    /// Packing pays off through reuse. When a task is so narrow that a panel would be used only once or twice, full
    /// panels are read in place instead (a transposed A is already stored step-major, and so is a plain B); only
    /// the zero-padded last panel is packed. The kernel performs the same operations either way.
    static func computeTask(
        _ problem: GEMMProblem, _ kernel: GEMMMicroKernel, _ workspace: GEMMWorkspace, _ i0: Int, _ rows: Int,
        _ j0: Int, _ cols: Int
    ) {
        let (mr, nr) = (kernel.mr, kernel.nr)
        let mc = maxMC / mr * mr
        let directA = problem.transposeA && cols <= 2 * nr
        let directB = !problem.transposeB && rows <= 2 * mr
        let fullCols = cols / nr * nr
        var p0 = 0
        while p0 < problem.k {
            let depth = min(kc, problem.k - p0)
            if !directB {
                problem.packB(
                    into: workspace.packedB, p0: p0, depth: depth, j0: j0, cols: cols, nr: nr, using: kernel.pack)
            } else if fullCols < cols {
                problem.packB(
                    into: workspace.packedB, p0: p0, depth: depth, j0: j0 + fullCols, cols: cols - fullCols, nr: nr,
                    using: kernel.pack)
            }
            var blockStart = 0
            while blockStart < rows {
                sweep(
                    problem, kernel, workspace, packedB: workspace.packedB, directA: directA, directB: directB, p0: p0,
                    depth: depth, rowStart: i0 + blockStart, blockRows: min(mc, rows - blockStart), j0: j0, cols: cols)
                blockStart += mc
            }
            p0 += depth
        }
    }

    /// One K block (`p0`, `depth`) of rows `rowStart ..< rowStart + blockRows` (at most `maxMC`) and columns
    /// `j0 ..< j0 + cols` of C: packs that block of A (unless `directA`) and sweeps the micro-kernel over it, against
    /// the B block packed at `packedB` (or, with `directB`, read in place but for its zero-padded last panel).
    static func sweep(
        _ problem: GEMMProblem, _ kernel: GEMMMicroKernel, _ workspace: GEMMWorkspace,
        packedB: UnsafeMutablePointer<Float>, directA: Bool, directB: Bool, p0: Int, depth: Int, rowStart: Int,
        blockRows: Int, j0: Int, cols: Int
    ) {
        let (mr, nr) = (kernel.mr, kernel.nr)
        let first = p0 == 0
        let overwrite = first && problem.beta == 0
        let beta: Float = first ? problem.beta : 1
        let fullRows = blockRows / mr * mr
        if !directA {
            problem.packA(
                into: workspace.packedA, i0: rowStart, rows: blockRows, p0: p0, depth: depth, mr: mr,
                using: kernel.pack)
        } else if fullRows < blockRows {
            problem.packA(
                into: workspace.packedA, i0: rowStart + fullRows, rows: blockRows - fullRows, p0: p0, depth: depth,
                mr: mr, using: kernel.pack)
        }
        // Each A micro-panel (mr × depth, a few KiB) stays in L1 while the B block streams past it from L2 in
        // order. The other order (one B micro-panel, 32 KiB, against every A micro-panel) measured 4–8% slower on
        // 1024×1024·(2048×1024)ᵀ and 1024³ (medians of interleaved calls, 1 and 2 threads); on 2048×1024ᵀ·1024×1024
        // the two were within noise.
        var i = 0
        while i < blockRows {
            let tileRows = min(mr, blockRows - i)
            let row = rowStart + i
            var aPanel = UnsafePointer(workspace.packedA + i * depth)
            var aStep = mr
            if directA {
                (aPanel, aStep) =
                    tileRows == mr
                    ? (problem.a + p0 * problem.lda + row, problem.lda)
                    : (UnsafePointer(workspace.packedA), mr)
            }
            var j = 0
            while j < cols {
                let tileCols = min(nr, cols - j)
                var bPanel = UnsafePointer(packedB + j * depth)
                var bStep = nr
                if directB {
                    (bPanel, bStep) =
                        tileCols == nr
                        ? (problem.b + p0 * problem.ldb + j0 + j, problem.ldb)
                        : (UnsafePointer(packedB), nr)
                }
                let target = problem.c + row * problem.ldc + j0 + j
                if tileRows == mr && tileCols == nr {
                    kernel.body(
                        depth, aPanel, aStep, bPanel, bStep, target, problem.ldc, problem.alpha, beta, overwrite)
                } else {
                    let tile = GEMMEdgeTile(rows: tileRows, cols: tileCols, scratch: workspace.edgeTile)
                    tile.compute(
                        kernel, depth, aPanel, aStep, bPanel, bStep, target, problem.ldc, problem.alpha, beta,
                        overwrite)
                }
                j += nr
            }
            i += mr
        }
    }

    @inline(__always) static func ceilDiv(_ x: Int, _ y: Int) -> Int { (x + y - 1) / y }
    @inline(__always) static func roundUp(_ x: Int, _ y: Int) -> Int { ceilDiv(x, y) * y }
}

/// Hands out task indices to workers; a lock is cheap next to a tile's work.
final class TaskCounter: @unchecked Sendable {
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
