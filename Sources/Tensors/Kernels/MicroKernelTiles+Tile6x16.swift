// One register-blocked micro-kernel shape (AVX2: 12 of 16 ymm registers); see MicroKernelTiles for the contract.
// The accumulators are named SIMD variables so the compiler keeps them in vector registers.

extension MicroKernelTiles {
    /// 6×16 tile: 12 `SIMD8<Float>` accumulators, A broadcast one value at a time.
    @inline(__always)
    static func tile6x16<Op: MultiplyAdd>(
        _: Op.Type, _ kc: Int, _ a: UnsafePointer<Float>, _ aStep: Int, _ b: UnsafePointer<Float>, _ bStep: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ alpha: Float, _ beta: Float, _ overwrite: Bool
    ) {
        var c0a = SIMD8<Float>()
        var c0b = SIMD8<Float>()
        var c1a = SIMD8<Float>()
        var c1b = SIMD8<Float>()
        var c2a = SIMD8<Float>()
        var c2b = SIMD8<Float>()
        var c3a = SIMD8<Float>()
        var c3b = SIMD8<Float>()
        var c4a = SIMD8<Float>()
        var c4b = SIMD8<Float>()
        var c5a = SIMD8<Float>()
        var c5b = SIMD8<Float>()
        var pa = a
        var pb = UnsafeRawPointer(b)
        let bStepBytes = bStep &* MemoryLayout<Float>.stride
        for _ in 0..<kc {
            let b0 = pb.loadUnaligned(fromByteOffset: 0, as: SIMD8<Float>.self)
            let b1 = pb.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self)
            let a0 = SIMD8<Float>(repeating: pa[0])
            c0a = Op.madd(c0a, a0, b0)
            c0b = Op.madd(c0b, a0, b1)
            let a1 = SIMD8<Float>(repeating: pa[1])
            c1a = Op.madd(c1a, a1, b0)
            c1b = Op.madd(c1b, a1, b1)
            let a2 = SIMD8<Float>(repeating: pa[2])
            c2a = Op.madd(c2a, a2, b0)
            c2b = Op.madd(c2b, a2, b1)
            let a3 = SIMD8<Float>(repeating: pa[3])
            c3a = Op.madd(c3a, a3, b0)
            c3b = Op.madd(c3b, a3, b1)
            let a4 = SIMD8<Float>(repeating: pa[4])
            c4a = Op.madd(c4a, a4, b0)
            c4b = Op.madd(c4b, a4, b1)
            let a5 = SIMD8<Float>(repeating: pa[5])
            c5a = Op.madd(c5a, a5, b0)
            c5b = Op.madd(c5b, a5, b1)
            pa += aStep
            pb += bStepBytes
        }
        let alphaV = SIMD8<Float>(repeating: alpha)
        let betaV = SIMD8<Float>(repeating: beta)
        store(c0a, c + 0 * ldc + 0, alphaV, betaV, overwrite)
        store(c0b, c + 0 * ldc + 8, alphaV, betaV, overwrite)
        store(c1a, c + 1 * ldc + 0, alphaV, betaV, overwrite)
        store(c1b, c + 1 * ldc + 8, alphaV, betaV, overwrite)
        store(c2a, c + 2 * ldc + 0, alphaV, betaV, overwrite)
        store(c2b, c + 2 * ldc + 8, alphaV, betaV, overwrite)
        store(c3a, c + 3 * ldc + 0, alphaV, betaV, overwrite)
        store(c3b, c + 3 * ldc + 8, alphaV, betaV, overwrite)
        store(c4a, c + 4 * ldc + 0, alphaV, betaV, overwrite)
        store(c4b, c + 4 * ldc + 8, alphaV, betaV, overwrite)
        store(c5a, c + 5 * ldc + 0, alphaV, betaV, overwrite)
        store(c5b, c + 5 * ldc + 8, alphaV, betaV, overwrite)
    }
}
