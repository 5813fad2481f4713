import Foundation

/// A register-blocked micro-kernel: `C[0..<mr, 0..<nr] = alpha * Apanel · Bpanel + beta * C` on packed panels.
///
/// `a` holds `kc` steps of `mr` consecutive values (one column of the A panel per step), steps `aStep` apart;
/// `b` holds `kc` steps of `nr` consecutive values, `bStep` apart. Packed panels have `aStep == mr` and
/// `bStep == nr`; a panel read in place from the caller's matrix has its row stride. With `overwrite`, `C` is not
/// read (`beta == 0` on the first K block).
struct GEMMMicroKernel: Sendable {
    typealias Body =
        @Sendable (
            _ kc: Int, _ a: UnsafePointer<Float>, _ aStep: Int, _ b: UnsafePointer<Float>, _ bStep: Int,
            _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ alpha: Float, _ beta: Float, _ overwrite: Bool
        ) -> Void

    /// A readable name, e.g. `fma 8x32`.
    let name: String
    /// Rows of the tile (A panel height).
    let mr: Int
    /// Columns of the tile (B panel width).
    let nr: Int
    /// Whether the kernel uses fused multiply-add.
    let fused: Bool
    let body: Body

    /// The epilogue shared by every tile: `c = alpha * acc` (overwrite) or `c = alpha * acc + beta * c`.
    @inline(__always)
    static func store<V: SIMD>(_ acc: V, _ c: UnsafeMutablePointer<Float>, _ alpha: V, _ beta: V, _ overwrite: Bool)
    where V.Scalar == Float {
        let p = UnsafeMutableRawPointer(c)
        if overwrite {
            p.storeBytes(of: alpha * acc, as: V.self)
        } else {
            p.storeBytes(of: alpha * acc + beta * p.loadUnaligned(as: V.self), as: V.self)
        }
    }

    static func family<Op: MultiplyAdd>(_ op: Op.Type, fused: Bool) -> [GEMMMicroKernel] {
        let prefix = fused ? "fma" : "mul+add"
        return [
            GEMMMicroKernel(name: "\(prefix) 8x32", mr: 8, nr: 32, fused: fused) {
                tile8x32(op, $0, $1, $2, $3, $4, $5, $6, $7, $8, $9)
            },
            GEMMMicroKernel(name: "\(prefix) 6x16", mr: 6, nr: 16, fused: fused) {
                tile6x16(op, $0, $1, $2, $3, $4, $5, $6, $7, $8, $9)
            },
            GEMMMicroKernel(name: "\(prefix) 6x8", mr: 6, nr: 8, fused: fused) {
                tile6x8(op, $0, $1, $2, $3, $4, $5, $6, $7, $8, $9)
            },
        ]
    }

    /// Every kernel, fused ones first.
    static let all: [GEMMMicroKernel] =
        family(FusedMultiplyAdd.self, fused: true) + family(SeparateMultiplyAdd.self, fused: false)

    /// The kernels `GEMM` chooses from, with their measured cost, decided once per process.
    ///
    /// First the arithmetic family: fused multiply-add when this build executes it in hardware (a library `fmaf`
    /// call is an order of magnitude slower, so the timing gap is unambiguous), else multiply-then-add. The family
    /// changes rounding (one rounding vs two), so it is decided by a wide margin and reported by
    /// `GEMM.kernelDescription`. Within the family, tile shapes never change results, only speed.
    static let calibrated: (kernels: [GEMMMicroKernel], nanosecondsPerTile: [Double]) = {
        let fusedIsFast = fusedMultiplyAddIsHardware()
        let kernels = all.filter { $0.fused == fusedIsFast }
        let time = timings(kernels)
        // Cost of one mr×nr tile-step, from the time to fill the same 24×96 calibration block.
        let perTile = kernels.indices.map { time[$0] / Double((24 / kernels[$0].mr) * (96 / kernels[$0].nr)) }
        return (kernels, perTile)
    }()

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

    /// Compares one fused and one separate kernel of the same shape on the same small problem.
    static func fusedMultiplyAddIsHardware() -> Bool {
        // The smallest shape (6x8, last in each family) keeps this quick in debug builds too.
        let fused = family(FusedMultiplyAdd.self, fused: true)
        let separate = family(SeparateMultiplyAdd.self, fused: false)
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
