import Foundation

/// One register-blocked micro-kernel (see `MicroKernelTiles` for the contract) from one compiled copy of the
/// kernels.
struct GEMMMicroKernel: Sendable {
    typealias Body = MicroKernelTiles.Body

    /// A readable name, e.g. `fma 8x32 (x86-64-v4)`.
    let name: String
    /// Rows of the tile (A panel height).
    let mr: Int
    /// Columns of the tile (B panel width).
    let nr: Int
    /// Floats per `SIMD` vector the tile computes in.
    let width: Int
    /// Whether the kernel uses fused multiply-add.
    let fused: Bool
    /// Which compiled copy of the kernels it runs.
    let build: GEMMKernelBuild
    let body: Body
    /// The packing routine compiled with this kernel.
    let pack: GEMMPacking.Pack

    /// The kernels of one compiled copy and arithmetic family, in `MicroKernelTiles.shapes` order.
    static func family(_ build: GEMMKernelBuild, fused: Bool) -> [GEMMMicroKernel] {
        let bodies = build.bodies(fused: fused)
        let prefix = fused ? "fma" : "mul+add"
        return zip(MicroKernelTiles.shapes, bodies).compactMap { shape, body in
            guard build.offersTile(mr: shape.mr, nr: shape.nr) else { return nil }
            return GEMMMicroKernel(
                name: "\(prefix) \(shape.mr)x\(shape.nr) (\(build.name))", mr: shape.mr, nr: shape.nr,
                width: shape.width, fused: fused, build: build, body: body, pack: build.kernels.pack)
        }
    }

    /// Every kernel this process can run: the fused ones of each available copy, fastest copy first, then the
    /// portable multiply-then-add ones.
    static let all: [GEMMMicroKernel] =
        GEMMKernelBuild.available.flatMap { family($0, fused: true) } + family(.portable, fused: false)

    /// The kernels `GEMM` chooses from, with the cost of one tile-step of each, decided once per process.
    ///
    /// First the compiled copy and arithmetic family (see `chosenFamily`), which may change rounding and is
    /// reported by `GEMM.kernelDescription`; then, within it, the tile shape per product from its cost (tile shapes
    /// never change results). A fast copy's costs come from its instruction counts (see `cycles`), so the choice is
    /// the same on every run; the portable copy's are measured, as spilling on baseline SSE is hard to predict.
    static let calibrated: (kernels: [GEMMMicroKernel], nanosecondsPerTile: [Double]) = {
        let kernels = chosenFamily(
            requested: GEMMKernelBuild.requested(fromEnvironment: ProcessInfo.processInfo.environment))
        if let build = kernels.first?.build, let lanes = build.vectorLanes {
            return (kernels, kernels.map { $0.cycles(lanes: lanes) })
        }
        let time = timings(kernels)
        // Cost of one mr×nr tile-step, from the time to fill the same 24×96 calibration block.
        let perTile = kernels.indices.map { time[$0] / Double((24 / kernels[$0].mr) * (96 / kernels[$0].nr)) }
        return (kernels, perTile)
    }()

    /// Estimated cycles of one K step of the tile on a CPU with `lanes`-wide vectors and two FMA and two load
    /// ports: the larger of its vector FMAs and its loads (B vectors plus one broadcast per row), halved.
    func cycles(lanes: Int) -> Double {
        let vector = min(width, lanes)
        let fmas = mr * nr / vector
        let loads = nr / vector + mr
        return Double(max(fmas, loads)) / 2
    }

    /// The fused kernels of the requested copy, else of the fastest copy this CPU runs (x86-64-v4, then v3). With
    /// only the portable copy: its fused kernels when this build executes FMA in hardware (a library `fmaf` call
    /// is an order of magnitude slower, so the timing gap is unambiguous), else its multiply-then-add kernels.
    static func chosenFamily(requested: GEMMKernelBuild?) -> [GEMMMicroKernel] {
        let build = requested ?? GEMMKernelBuild.available[0]
        if build != .portable { return family(build, fused: true) }
        return family(.portable, fused: fusedMultiplyAddIsHardware())
    }

    /// The fastest kernel for square-ish products (the one named by `GEMM.kernelDescription`).
    static var selected: GEMMMicroKernel { best(m: 1 << 12, n: 1 << 12) }

    /// The kernel with the least estimated time for an `m × n` output, counting the padding of edge tiles
    /// (a 32-wide tile wastes most of its work on a 10-column output).
    static func best(m: Int, n: Int) -> GEMMMicroKernel {
        let (kernels, perTile) = calibrated
        var bestIndex = 0
        var bestCost = Double.infinity
        for (index, kernel) in kernels.enumerated() {
            let tiles = Double((m + kernel.mr - 1) / kernel.mr) * Double((n + kernel.nr - 1) / kernel.nr)
            if tiles * perTile[index] < bestCost {
                bestCost = tiles * perTile[index]
                bestIndex = index
            }
        }
        return kernels[bestIndex]
    }

    /// Compares the portable copy's fused and separate kernels of the same shape on the same small problem.
    static func fusedMultiplyAddIsHardware() -> Bool {
        // The smallest shape (6x8, last in each family) keeps this quick in debug builds too.
        let fused = family(.portable, fused: true)
        let separate = family(.portable, fused: false)
        let time = timings([fused[fused.count - 1], separate[separate.count - 1]])
        return time[0] < 2 * time[1]
    }

    /// Best time of each kernel on one small product. Each round times every candidate once (interleaved, so a
    /// burst of load from other processes hits all alike).
    static func timings(_ kernels: [GEMMMicroKernel]) -> [Double] {
        // 24×96 is a multiple of every tile shape.
        let (m, n, steps) = (24, 96, 128)
        let a = UnsafeMutablePointer<Float>.allocate(capacity: m * steps)
        let b = UnsafeMutablePointer<Float>.allocate(capacity: n * steps)
        let c = UnsafeMutablePointer<Float>.allocate(capacity: m * n)
        defer {
            a.deallocate()
            b.deallocate()
            c.deallocate()
        }
        for i in 0..<(m * steps) { a[i] = Float(i % 7) * 0.25 }
        for i in 0..<(n * steps) { b[i] = Float(i % 5) * 0.5 }
        var best = [Double](repeating: .infinity, count: kernels.count)
        for _ in 0..<7 {
            for (index, kernel) in kernels.enumerated() {
                let start = DispatchTime.now().uptimeNanoseconds
                for i in stride(from: 0, to: m, by: kernel.mr) {
                    for j in stride(from: 0, to: n, by: kernel.nr) {
                        kernel.body(
                            steps, a + i * steps, kernel.mr, b + j * steps, kernel.nr, c + i * n + j, n, 1, 0, true)
                    }
                }
                best[index] = min(best[index], Double(DispatchTime.now().uptimeNanoseconds - start))
            }
        }
        return best
    }
}
