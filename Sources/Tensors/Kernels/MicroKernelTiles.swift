// The files in this folder are compiled more than once: into Tensors (portable, for any CPU of the architecture)
// and, on x86-64 Linux, into TensorsX86v3 and TensorsX86v4 (the same sources through the symlinked folders
// Sources/Tensors/CPUCopies/X86v3 and X86v4, built with AVX2+FMA and AVX-512 code generation). Tensors calls a
// fast copy only after checking that the CPU has its features, so nothing in this folder may refer to Tensors, and
// nothing here runs unless it is called.

/// Register-blocked GEMM micro-kernels: `C[0..<mr, 0..<nr] = alpha * Apanel · Bpanel + beta * C` on packed panels.
///
/// `a` holds `kc` steps of `mr` consecutive values (one column of the A panel per step), steps `aStep` apart;
/// `b` holds `kc` steps of `nr` consecutive values, `bStep` apart. Packed panels have `aStep == mr` and
/// `bStep == nr`; a panel read in place from the caller's matrix has its row stride. With `overwrite`, `C` is not
/// read (`beta == 0` on the first K block).
///
/// The entry points are concrete (not generic, not inlinable), so a caller in another module runs this module's
/// compiled code rather than a copy specialised with the caller's code generation.
package enum MicroKernelTiles {
    /// The `mr × nr` shapes of the entry points, in the order of `fused` and `separate`, with the `SIMD` width
    /// each one computes in.
    package static let shapes: [(mr: Int, nr: Int, width: Int)] = [(8, 32, 16), (12, 16, 16), (6, 16, 8), (6, 8, 8)]

    package typealias Body =
        @Sendable (
            _ kc: Int, _ a: UnsafePointer<Float>, _ aStep: Int, _ b: UnsafePointer<Float>, _ bStep: Int,
            _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ alpha: Float, _ beta: Float, _ overwrite: Bool
        ) -> Void

    /// Fused multiply-add kernels, one per entry of `shapes`.
    package static let fused: [Body] = [
        { tile8x32(FusedMultiplyAdd.self, $0, $1, $2, $3, $4, $5, $6, $7, $8, $9) },
        { tile12x16(FusedMultiplyAdd.self, $0, $1, $2, $3, $4, $5, $6, $7, $8, $9) },
        { tile6x16(FusedMultiplyAdd.self, $0, $1, $2, $3, $4, $5, $6, $7, $8, $9) },
        { tile6x8(FusedMultiplyAdd.self, $0, $1, $2, $3, $4, $5, $6, $7, $8, $9) },
    ]

    /// Multiply-then-add kernels, one per entry of `shapes`.
    package static let separate: [Body] = [
        { tile8x32(SeparateMultiplyAdd.self, $0, $1, $2, $3, $4, $5, $6, $7, $8, $9) },
        { tile12x16(SeparateMultiplyAdd.self, $0, $1, $2, $3, $4, $5, $6, $7, $8, $9) },
        { tile6x16(SeparateMultiplyAdd.self, $0, $1, $2, $3, $4, $5, $6, $7, $8, $9) },
        { tile6x8(SeparateMultiplyAdd.self, $0, $1, $2, $3, $4, $5, $6, $7, $8, $9) },
    ]

    /// The epilogue shared by every tile: `c = alpha * acc` (overwrite) or `c = alpha * acc + beta * c`.
    @inline(__always)
    static func store<V: SIMD>(_ acc: V, _ c: UnsafeMutablePointer<Float>, _ alpha: V, _ beta: V, _ overwrite: Bool)
    where V.Scalar == Float {
        // alpha == 1 and beta == 1 (every K block after the first) skip the multiplies by one, which are exact, so
        // the result is the same; the general form compiles to slower code.
        let p = UnsafeMutableRawPointer(c)
        // alpha and beta are broadcasts, so lane 0 is the value (a whole-vector == compiles to a loop).
        let one = alpha[0] == 1
        if overwrite {
            p.storeBytes(of: one ? acc : alpha * acc, as: V.self)
        } else if one && beta[0] == 1 {
            p.storeBytes(of: acc + p.loadUnaligned(as: V.self), as: V.self)
        } else {
            p.storeBytes(of: alpha * acc + beta * p.loadUnaligned(as: V.self), as: V.self)
        }
    }
}
