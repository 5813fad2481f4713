import Foundation

/// A register-blocked micro-kernel: `C[0..<mr, 0..<nr] = alpha * Apanel · Bpanel + beta * C` on packed panels.
///
/// `a` holds `kc` steps of `mr` values (column of the A panel per step); `b` holds `kc` steps of `nr` values.
/// With `overwrite`, `C` is not read (`beta == 0` on the first K block).
struct GEMMMicroKernel: Sendable {
    typealias Body = @Sendable (
        _ kc: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, _ c: UnsafeMutablePointer<Float>,
        _ ldc: Int, _ alpha: Float, _ beta: Float, _ overwrite: Bool
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

    static func family<Op: MultiplyAdd>(_ op: Op.Type, fused: Bool) -> [GEMMMicroKernel] {
        let prefix = fused ? "fma" : "mul+add"
        return [
            GEMMMicroKernel(name: "\(prefix) 8x32", mr: 8, nr: 32, fused: fused) {
                tile8x32(op, $0, $1, $2, $3, $4, $5, $6, $7)
            },
            GEMMMicroKernel(name: "\(prefix) 6x16", mr: 6, nr: 16, fused: fused) {
                tile6x16(op, $0, $1, $2, $3, $4, $5, $6, $7)
            },
            GEMMMicroKernel(name: "\(prefix) 4x8", mr: 4, nr: 8, fused: fused) {
                tile4x8(op, $0, $1, $2, $3, $4, $5, $6, $7)
            },
        ]
    }

    /// Every kernel, fused ones first.
    static let all: [GEMMMicroKernel] =
        family(FusedMultiplyAdd.self, fused: true) + family(SeparateMultiplyAdd.self, fused: false)

    /// The kernel used by `GEMM`, chosen once per process.
    ///
    /// First the arithmetic family: fused multiply-add when this build executes it in hardware (a library `fmaf`
    /// call is an order of magnitude slower, so the timing gap is unambiguous), else multiply-then-add. Then the
    /// fastest tile shape within that family. The shape never changes results; the family does (one rounding vs
    /// two), which is why it is decided by a wide margin and reported by `GEMM.kernelDescription`.
    static let selected: GEMMMicroKernel = {
        let fusedIsFast = fusedMultiplyAddIsHardware()
        let candidates = all.filter { $0.fused == fusedIsFast }
        return candidates.min { seconds(for: $0) < seconds(for: $1) } ?? candidates[0]
    }()

    /// Compares one fused and one separate kernel of the same shape on the same small problem.
    static func fusedMultiplyAddIsHardware() -> Bool {
        let fused = family(FusedMultiplyAdd.self, fused: true)[2]
        let separate = family(SeparateMultiplyAdd.self, fused: false)[2]
        return seconds(for: fused) < 2 * seconds(for: separate)
    }

    /// Best of five timings of `kernel` filling a 24×32 block with 128 K-steps (divisible by every tile shape).
    static func seconds(for kernel: GEMMMicroKernel) -> Double {
        let (m, n, steps) = (24, 32, 128)
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
        var best = Double.infinity
        for _ in 0..<5 {
            let start = DispatchTime.now().uptimeNanoseconds
            for i in stride(from: 0, to: m, by: kernel.mr) {
                for j in stride(from: 0, to: n, by: kernel.nr) {
                    kernel.body(steps, a + i * steps, b + j * steps, c + i * n + j, n, 1, 0, true)
                }
            }
            best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start))
        }
        return best
    }
}
