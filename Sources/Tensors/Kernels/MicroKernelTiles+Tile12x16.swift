// One register-blocked micro-kernel shape (AVX-512: 12 of 32 zmm registers), for narrow outputs such as a
// 10-class layer (a 32-wide tile would waste two thirds of its work); see MicroKernelTiles for the contract.
// The accumulators are named SIMD variables so the compiler keeps them in vector registers.

extension MicroKernelTiles {
    /// 12×16 tile: 12 `SIMD16<Float>` accumulators, A broadcast one value at a time.
    @inline(__always)
    static func tile12x16<Op: MultiplyAdd>(
        _: Op.Type, _ kc: Int, _ a: UnsafePointer<Float>, _ aStep: Int, _ b: UnsafePointer<Float>, _ bStep: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ alpha: Float, _ beta: Float, _ overwrite: Bool
    ) {
        var c0 = SIMD16<Float>()
        var c1 = SIMD16<Float>()
        var c2 = SIMD16<Float>()
        var c3 = SIMD16<Float>()
        var c4 = SIMD16<Float>()
        var c5 = SIMD16<Float>()
        var c6 = SIMD16<Float>()
        var c7 = SIMD16<Float>()
        var c8 = SIMD16<Float>()
        var c9 = SIMD16<Float>()
        var c10 = SIMD16<Float>()
        var c11 = SIMD16<Float>()
        var pa = a
        var pb = UnsafeRawPointer(b)
        let bStepBytes = bStep &* MemoryLayout<Float>.stride
        for _ in 0..<kc {
            let b0 = pb.loadUnaligned(fromByteOffset: 0, as: SIMD16<Float>.self)
            c0 = Op.madd(c0, SIMD16<Float>(repeating: pa[0]), b0)
            c1 = Op.madd(c1, SIMD16<Float>(repeating: pa[1]), b0)
            c2 = Op.madd(c2, SIMD16<Float>(repeating: pa[2]), b0)
            c3 = Op.madd(c3, SIMD16<Float>(repeating: pa[3]), b0)
            c4 = Op.madd(c4, SIMD16<Float>(repeating: pa[4]), b0)
            c5 = Op.madd(c5, SIMD16<Float>(repeating: pa[5]), b0)
            c6 = Op.madd(c6, SIMD16<Float>(repeating: pa[6]), b0)
            c7 = Op.madd(c7, SIMD16<Float>(repeating: pa[7]), b0)
            c8 = Op.madd(c8, SIMD16<Float>(repeating: pa[8]), b0)
            c9 = Op.madd(c9, SIMD16<Float>(repeating: pa[9]), b0)
            c10 = Op.madd(c10, SIMD16<Float>(repeating: pa[10]), b0)
            c11 = Op.madd(c11, SIMD16<Float>(repeating: pa[11]), b0)
            pa += aStep
            pb += bStepBytes
        }
        let alphaV = SIMD16<Float>(repeating: alpha)
        let betaV = SIMD16<Float>(repeating: beta)
        store(c0, c + 0 * ldc, alphaV, betaV, overwrite)
        store(c1, c + 1 * ldc, alphaV, betaV, overwrite)
        store(c2, c + 2 * ldc, alphaV, betaV, overwrite)
        store(c3, c + 3 * ldc, alphaV, betaV, overwrite)
        store(c4, c + 4 * ldc, alphaV, betaV, overwrite)
        store(c5, c + 5 * ldc, alphaV, betaV, overwrite)
        store(c6, c + 6 * ldc, alphaV, betaV, overwrite)
        store(c7, c + 7 * ldc, alphaV, betaV, overwrite)
        store(c8, c + 8 * ldc, alphaV, betaV, overwrite)
        store(c9, c + 9 * ldc, alphaV, betaV, overwrite)
        store(c10, c + 10 * ldc, alphaV, betaV, overwrite)
        store(c11, c + 11 * ldc, alphaV, betaV, overwrite)
    }
}
