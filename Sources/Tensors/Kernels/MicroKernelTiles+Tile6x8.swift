// One register-blocked micro-kernel shape (SSE: 12 of 16 xmm registers); see MicroKernelTiles for the contract.
// The accumulators are named SIMD variables so the compiler keeps them in vector registers.

extension MicroKernelTiles {
    /// 6×8 tile: 6 `SIMD8<Float>` accumulators, A broadcast one value at a time.
    @inline(__always)
    static func tile6x8<Op: MultiplyAdd>(
        _: Op.Type, _ kc: Int, _ a: UnsafePointer<Float>, _ aStep: Int, _ b: UnsafePointer<Float>, _ bStep: Int,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ alpha: Float, _ beta: Float, _ overwrite: Bool
    ) {
        var c0a = SIMD8<Float>()
        var c1a = SIMD8<Float>()
        var c2a = SIMD8<Float>()
        var c3a = SIMD8<Float>()
        var c4a = SIMD8<Float>()
        var c5a = SIMD8<Float>()
        var pa = a
        var pb = UnsafeRawPointer(b)
        let bStepBytes = bStep &* MemoryLayout<Float>.stride
        for _ in 0..<kc {
            let b0 = pb.loadUnaligned(fromByteOffset: 0, as: SIMD8<Float>.self)
            let a0 = SIMD8<Float>(repeating: pa[0])
            c0a = Op.madd(c0a, a0, b0)
            let a1 = SIMD8<Float>(repeating: pa[1])
            c1a = Op.madd(c1a, a1, b0)
            let a2 = SIMD8<Float>(repeating: pa[2])
            c2a = Op.madd(c2a, a2, b0)
            let a3 = SIMD8<Float>(repeating: pa[3])
            c3a = Op.madd(c3a, a3, b0)
            let a4 = SIMD8<Float>(repeating: pa[4])
            c4a = Op.madd(c4a, a4, b0)
            let a5 = SIMD8<Float>(repeating: pa[5])
            c5a = Op.madd(c5a, a5, b0)
            pa += aStep
            pb += bStepBytes
        }
        let alphaV = SIMD8<Float>(repeating: alpha)
        let betaV = SIMD8<Float>(repeating: beta)
        store(c0a, c + 0 * ldc + 0, alphaV, betaV, overwrite)
        store(c1a, c + 1 * ldc + 0, alphaV, betaV, overwrite)
        store(c2a, c + 2 * ldc + 0, alphaV, betaV, overwrite)
        store(c3a, c + 3 * ldc + 0, alphaV, betaV, overwrite)
        store(c4a, c + 4 * ldc + 0, alphaV, betaV, overwrite)
        store(c5a, c + 5 * ldc + 0, alphaV, betaV, overwrite)
    }
}
