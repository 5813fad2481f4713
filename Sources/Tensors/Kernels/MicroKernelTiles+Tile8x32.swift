// One register-blocked micro-kernel shape (AVX-512: 16 of 32 zmm registers); see MicroKernelTiles for the contract.
// The accumulators are named SIMD variables so the compiler keeps them in vector registers.

extension MicroKernelTiles {
    /// 8×32 tile: 16 `SIMD16<Float>` accumulators, A broadcast one value at a time.
    @inline(__always)
    static func tile8x32<Op: MultiplyAdd>(
        _: Op.Type, _ kc: Int, _ a: UnsafePointer<Float>, _ aStep: Int, _ b: UnsafePointer<Float>, _ bStep: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ alpha: Float, _ beta: Float, _ overwrite: Bool
    ) {
        var c0a = SIMD16<Float>()
        var c0b = SIMD16<Float>()
        var c1a = SIMD16<Float>()
        var c1b = SIMD16<Float>()
        var c2a = SIMD16<Float>()
        var c2b = SIMD16<Float>()
        var c3a = SIMD16<Float>()
        var c3b = SIMD16<Float>()
        var c4a = SIMD16<Float>()
        var c4b = SIMD16<Float>()
        var c5a = SIMD16<Float>()
        var c5b = SIMD16<Float>()
        var c6a = SIMD16<Float>()
        var c6b = SIMD16<Float>()
        var c7a = SIMD16<Float>()
        var c7b = SIMD16<Float>()
        var pa = a
        var pb = UnsafeRawPointer(b)
        let bStepBytes = bStep &* MemoryLayout<Float>.stride
        for _ in 0..<kc {
            let b0 = pb.loadUnaligned(fromByteOffset: 0, as: SIMD16<Float>.self)
            let b1 = pb.loadUnaligned(fromByteOffset: 64, as: SIMD16<Float>.self)
            let a0 = SIMD16<Float>(repeating: pa[0])
            c0a = Op.madd(c0a, a0, b0)
            c0b = Op.madd(c0b, a0, b1)
            let a1 = SIMD16<Float>(repeating: pa[1])
            c1a = Op.madd(c1a, a1, b0)
            c1b = Op.madd(c1b, a1, b1)
            let a2 = SIMD16<Float>(repeating: pa[2])
            c2a = Op.madd(c2a, a2, b0)
            c2b = Op.madd(c2b, a2, b1)
            let a3 = SIMD16<Float>(repeating: pa[3])
            c3a = Op.madd(c3a, a3, b0)
            c3b = Op.madd(c3b, a3, b1)
            let a4 = SIMD16<Float>(repeating: pa[4])
            c4a = Op.madd(c4a, a4, b0)
            c4b = Op.madd(c4b, a4, b1)
            let a5 = SIMD16<Float>(repeating: pa[5])
            c5a = Op.madd(c5a, a5, b0)
            c5b = Op.madd(c5b, a5, b1)
            let a6 = SIMD16<Float>(repeating: pa[6])
            c6a = Op.madd(c6a, a6, b0)
            c6b = Op.madd(c6b, a6, b1)
            let a7 = SIMD16<Float>(repeating: pa[7])
            c7a = Op.madd(c7a, a7, b0)
            c7b = Op.madd(c7b, a7, b1)
            pa += aStep
            pb += bStepBytes
        }
        let alphaV = SIMD16<Float>(repeating: alpha)
        let betaV = SIMD16<Float>(repeating: beta)
        store(c0a, c + 0 * ldc + 0, alphaV, betaV, overwrite)
        store(c0b, c + 0 * ldc + 16, alphaV, betaV, overwrite)
        store(c1a, c + 1 * ldc + 0, alphaV, betaV, overwrite)
        store(c1b, c + 1 * ldc + 16, alphaV, betaV, overwrite)
        store(c2a, c + 2 * ldc + 0, alphaV, betaV, overwrite)
        store(c2b, c + 2 * ldc + 16, alphaV, betaV, overwrite)
        store(c3a, c + 3 * ldc + 0, alphaV, betaV, overwrite)
        store(c3b, c + 3 * ldc + 16, alphaV, betaV, overwrite)
        store(c4a, c + 4 * ldc + 0, alphaV, betaV, overwrite)
        store(c4b, c + 4 * ldc + 16, alphaV, betaV, overwrite)
        store(c5a, c + 5 * ldc + 0, alphaV, betaV, overwrite)
        store(c5b, c + 5 * ldc + 16, alphaV, betaV, overwrite)
        store(c6a, c + 6 * ldc + 0, alphaV, betaV, overwrite)
        store(c6b, c + 6 * ldc + 16, alphaV, betaV, overwrite)
        store(c7a, c + 7 * ldc + 0, alphaV, betaV, overwrite)
        store(c7b, c + 7 * ldc + 16, alphaV, betaV, overwrite)
    }
}
