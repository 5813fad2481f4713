// Register-blocked micro-kernels, one per tile shape. Each keeps its accumulators in named SIMD variables so the
// compiler holds them in vector registers; the shapes suit AVX-512 (12x32, 8x32), AVX2 (6x16) and SSE (6x8, 4x8).
// Every shape performs, per output element, the same `Op.madd` sequence over K, then the same epilogue.

extension GEMMMicroKernel {
    /// 12×32 tile: 24 `SIMD16<Float>` accumulators, A broadcast one value at a time.
    @inline(__always)
    static func tile12x32<Op: MultiplyAdd>(
        _: Op.Type, _ kc: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ alpha: Float, _ beta: Float, _ overwrite: Bool
    ) {
        var c0a = SIMD16<Float>(); var c0b = SIMD16<Float>()
        var c1a = SIMD16<Float>(); var c1b = SIMD16<Float>()
        var c2a = SIMD16<Float>(); var c2b = SIMD16<Float>()
        var c3a = SIMD16<Float>(); var c3b = SIMD16<Float>()
        var c4a = SIMD16<Float>(); var c4b = SIMD16<Float>()
        var c5a = SIMD16<Float>(); var c5b = SIMD16<Float>()
        var c6a = SIMD16<Float>(); var c6b = SIMD16<Float>()
        var c7a = SIMD16<Float>(); var c7b = SIMD16<Float>()
        var c8a = SIMD16<Float>(); var c8b = SIMD16<Float>()
        var c9a = SIMD16<Float>(); var c9b = SIMD16<Float>()
        var c10a = SIMD16<Float>(); var c10b = SIMD16<Float>()
        var c11a = SIMD16<Float>(); var c11b = SIMD16<Float>()
        var pa = a
        var pb = UnsafeRawPointer(b)
        for _ in 0..<kc {
            let b0 = pb.loadUnaligned(fromByteOffset: 0, as: SIMD16<Float>.self)
            let b1 = pb.loadUnaligned(fromByteOffset: 64, as: SIMD16<Float>.self)
            let a0 = SIMD16<Float>(repeating: pa[0])
            c0a = Op.madd(c0a, a0, b0); c0b = Op.madd(c0b, a0, b1)
            let a1 = SIMD16<Float>(repeating: pa[1])
            c1a = Op.madd(c1a, a1, b0); c1b = Op.madd(c1b, a1, b1)
            let a2 = SIMD16<Float>(repeating: pa[2])
            c2a = Op.madd(c2a, a2, b0); c2b = Op.madd(c2b, a2, b1)
            let a3 = SIMD16<Float>(repeating: pa[3])
            c3a = Op.madd(c3a, a3, b0); c3b = Op.madd(c3b, a3, b1)
            let a4 = SIMD16<Float>(repeating: pa[4])
            c4a = Op.madd(c4a, a4, b0); c4b = Op.madd(c4b, a4, b1)
            let a5 = SIMD16<Float>(repeating: pa[5])
            c5a = Op.madd(c5a, a5, b0); c5b = Op.madd(c5b, a5, b1)
            let a6 = SIMD16<Float>(repeating: pa[6])
            c6a = Op.madd(c6a, a6, b0); c6b = Op.madd(c6b, a6, b1)
            let a7 = SIMD16<Float>(repeating: pa[7])
            c7a = Op.madd(c7a, a7, b0); c7b = Op.madd(c7b, a7, b1)
            let a8 = SIMD16<Float>(repeating: pa[8])
            c8a = Op.madd(c8a, a8, b0); c8b = Op.madd(c8b, a8, b1)
            let a9 = SIMD16<Float>(repeating: pa[9])
            c9a = Op.madd(c9a, a9, b0); c9b = Op.madd(c9b, a9, b1)
            let a10 = SIMD16<Float>(repeating: pa[10])
            c10a = Op.madd(c10a, a10, b0); c10b = Op.madd(c10b, a10, b1)
            let a11 = SIMD16<Float>(repeating: pa[11])
            c11a = Op.madd(c11a, a11, b0); c11b = Op.madd(c11b, a11, b1)
            pa += 12
            pb += 128
        }
        let alphaV = SIMD16<Float>(repeating: alpha)
        let betaV = SIMD16<Float>(repeating: beta)
        @inline(__always) func store(_ acc: SIMD16<Float>, _ row: Int, _ offset: Int) {
            let p = UnsafeMutableRawPointer(c + row * ldc + offset)
            if overwrite {
                p.storeBytes(of: alphaV * acc, as: SIMD16<Float>.self)
            } else {
                let old = p.loadUnaligned(as: SIMD16<Float>.self)
                p.storeBytes(of: alphaV * acc + betaV * old, as: SIMD16<Float>.self)
            }
        }
        store(c0a, 0, 0); store(c0b, 0, 16)
        store(c1a, 1, 0); store(c1b, 1, 16)
        store(c2a, 2, 0); store(c2b, 2, 16)
        store(c3a, 3, 0); store(c3b, 3, 16)
        store(c4a, 4, 0); store(c4b, 4, 16)
        store(c5a, 5, 0); store(c5b, 5, 16)
        store(c6a, 6, 0); store(c6b, 6, 16)
        store(c7a, 7, 0); store(c7b, 7, 16)
        store(c8a, 8, 0); store(c8b, 8, 16)
        store(c9a, 9, 0); store(c9b, 9, 16)
        store(c10a, 10, 0); store(c10b, 10, 16)
        store(c11a, 11, 0); store(c11b, 11, 16)
    }

    /// 8×32 tile: 16 `SIMD16<Float>` accumulators, A broadcast one value at a time.
    @inline(__always)
    static func tile8x32<Op: MultiplyAdd>(
        _: Op.Type, _ kc: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ alpha: Float, _ beta: Float, _ overwrite: Bool
    ) {
        var c0a = SIMD16<Float>(); var c0b = SIMD16<Float>()
        var c1a = SIMD16<Float>(); var c1b = SIMD16<Float>()
        var c2a = SIMD16<Float>(); var c2b = SIMD16<Float>()
        var c3a = SIMD16<Float>(); var c3b = SIMD16<Float>()
        var c4a = SIMD16<Float>(); var c4b = SIMD16<Float>()
        var c5a = SIMD16<Float>(); var c5b = SIMD16<Float>()
        var c6a = SIMD16<Float>(); var c6b = SIMD16<Float>()
        var c7a = SIMD16<Float>(); var c7b = SIMD16<Float>()
        var pa = a
        var pb = UnsafeRawPointer(b)
        for _ in 0..<kc {
            let b0 = pb.loadUnaligned(fromByteOffset: 0, as: SIMD16<Float>.self)
            let b1 = pb.loadUnaligned(fromByteOffset: 64, as: SIMD16<Float>.self)
            let a0 = SIMD16<Float>(repeating: pa[0])
            c0a = Op.madd(c0a, a0, b0); c0b = Op.madd(c0b, a0, b1)
            let a1 = SIMD16<Float>(repeating: pa[1])
            c1a = Op.madd(c1a, a1, b0); c1b = Op.madd(c1b, a1, b1)
            let a2 = SIMD16<Float>(repeating: pa[2])
            c2a = Op.madd(c2a, a2, b0); c2b = Op.madd(c2b, a2, b1)
            let a3 = SIMD16<Float>(repeating: pa[3])
            c3a = Op.madd(c3a, a3, b0); c3b = Op.madd(c3b, a3, b1)
            let a4 = SIMD16<Float>(repeating: pa[4])
            c4a = Op.madd(c4a, a4, b0); c4b = Op.madd(c4b, a4, b1)
            let a5 = SIMD16<Float>(repeating: pa[5])
            c5a = Op.madd(c5a, a5, b0); c5b = Op.madd(c5b, a5, b1)
            let a6 = SIMD16<Float>(repeating: pa[6])
            c6a = Op.madd(c6a, a6, b0); c6b = Op.madd(c6b, a6, b1)
            let a7 = SIMD16<Float>(repeating: pa[7])
            c7a = Op.madd(c7a, a7, b0); c7b = Op.madd(c7b, a7, b1)
            pa += 8
            pb += 128
        }
        let alphaV = SIMD16<Float>(repeating: alpha)
        let betaV = SIMD16<Float>(repeating: beta)
        @inline(__always) func store(_ acc: SIMD16<Float>, _ row: Int, _ offset: Int) {
            let p = UnsafeMutableRawPointer(c + row * ldc + offset)
            if overwrite {
                p.storeBytes(of: alphaV * acc, as: SIMD16<Float>.self)
            } else {
                let old = p.loadUnaligned(as: SIMD16<Float>.self)
                p.storeBytes(of: alphaV * acc + betaV * old, as: SIMD16<Float>.self)
            }
        }
        store(c0a, 0, 0); store(c0b, 0, 16)
        store(c1a, 1, 0); store(c1b, 1, 16)
        store(c2a, 2, 0); store(c2b, 2, 16)
        store(c3a, 3, 0); store(c3b, 3, 16)
        store(c4a, 4, 0); store(c4b, 4, 16)
        store(c5a, 5, 0); store(c5b, 5, 16)
        store(c6a, 6, 0); store(c6b, 6, 16)
        store(c7a, 7, 0); store(c7b, 7, 16)
    }

    /// 6×16 tile: 12 `SIMD8<Float>` accumulators, A broadcast one value at a time.
    @inline(__always)
    static func tile6x16<Op: MultiplyAdd>(
        _: Op.Type, _ kc: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ alpha: Float, _ beta: Float, _ overwrite: Bool
    ) {
        var c0a = SIMD8<Float>(); var c0b = SIMD8<Float>()
        var c1a = SIMD8<Float>(); var c1b = SIMD8<Float>()
        var c2a = SIMD8<Float>(); var c2b = SIMD8<Float>()
        var c3a = SIMD8<Float>(); var c3b = SIMD8<Float>()
        var c4a = SIMD8<Float>(); var c4b = SIMD8<Float>()
        var c5a = SIMD8<Float>(); var c5b = SIMD8<Float>()
        var pa = a
        var pb = UnsafeRawPointer(b)
        for _ in 0..<kc {
            let b0 = pb.loadUnaligned(fromByteOffset: 0, as: SIMD8<Float>.self)
            let b1 = pb.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self)
            let a0 = SIMD8<Float>(repeating: pa[0])
            c0a = Op.madd(c0a, a0, b0); c0b = Op.madd(c0b, a0, b1)
            let a1 = SIMD8<Float>(repeating: pa[1])
            c1a = Op.madd(c1a, a1, b0); c1b = Op.madd(c1b, a1, b1)
            let a2 = SIMD8<Float>(repeating: pa[2])
            c2a = Op.madd(c2a, a2, b0); c2b = Op.madd(c2b, a2, b1)
            let a3 = SIMD8<Float>(repeating: pa[3])
            c3a = Op.madd(c3a, a3, b0); c3b = Op.madd(c3b, a3, b1)
            let a4 = SIMD8<Float>(repeating: pa[4])
            c4a = Op.madd(c4a, a4, b0); c4b = Op.madd(c4b, a4, b1)
            let a5 = SIMD8<Float>(repeating: pa[5])
            c5a = Op.madd(c5a, a5, b0); c5b = Op.madd(c5b, a5, b1)
            pa += 6
            pb += 64
        }
        let alphaV = SIMD8<Float>(repeating: alpha)
        let betaV = SIMD8<Float>(repeating: beta)
        @inline(__always) func store(_ acc: SIMD8<Float>, _ row: Int, _ offset: Int) {
            let p = UnsafeMutableRawPointer(c + row * ldc + offset)
            if overwrite {
                p.storeBytes(of: alphaV * acc, as: SIMD8<Float>.self)
            } else {
                let old = p.loadUnaligned(as: SIMD8<Float>.self)
                p.storeBytes(of: alphaV * acc + betaV * old, as: SIMD8<Float>.self)
            }
        }
        store(c0a, 0, 0); store(c0b, 0, 8)
        store(c1a, 1, 0); store(c1b, 1, 8)
        store(c2a, 2, 0); store(c2b, 2, 8)
        store(c3a, 3, 0); store(c3b, 3, 8)
        store(c4a, 4, 0); store(c4b, 4, 8)
        store(c5a, 5, 0); store(c5b, 5, 8)
    }

    /// 6×8 tile: 6 `SIMD8<Float>` accumulators, A broadcast one value at a time.
    @inline(__always)
    static func tile6x8<Op: MultiplyAdd>(
        _: Op.Type, _ kc: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
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
            pa += 6
            pb += 32
        }
        let alphaV = SIMD8<Float>(repeating: alpha)
        let betaV = SIMD8<Float>(repeating: beta)
        @inline(__always) func store(_ acc: SIMD8<Float>, _ row: Int, _ offset: Int) {
            let p = UnsafeMutableRawPointer(c + row * ldc + offset)
            if overwrite {
                p.storeBytes(of: alphaV * acc, as: SIMD8<Float>.self)
            } else {
                let old = p.loadUnaligned(as: SIMD8<Float>.self)
                p.storeBytes(of: alphaV * acc + betaV * old, as: SIMD8<Float>.self)
            }
        }
        store(c0a, 0, 0)
        store(c1a, 1, 0)
        store(c2a, 2, 0)
        store(c3a, 3, 0)
        store(c4a, 4, 0)
        store(c5a, 5, 0)
    }

    /// 4×8 tile: 4 `SIMD8<Float>` accumulators, A broadcast one value at a time.
    @inline(__always)
    static func tile4x8<Op: MultiplyAdd>(
        _: Op.Type, _ kc: Int, _ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>,
        _ c: UnsafeMutablePointer<Float>, _ ldc: Int, _ alpha: Float, _ beta: Float, _ overwrite: Bool
    ) {
        var c0a = SIMD8<Float>()
        var c1a = SIMD8<Float>()
        var c2a = SIMD8<Float>()
        var c3a = SIMD8<Float>()
        var pa = a
        var pb = UnsafeRawPointer(b)
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
            pa += 4
            pb += 32
        }
        let alphaV = SIMD8<Float>(repeating: alpha)
        let betaV = SIMD8<Float>(repeating: beta)
        @inline(__always) func store(_ acc: SIMD8<Float>, _ row: Int, _ offset: Int) {
            let p = UnsafeMutableRawPointer(c + row * ldc + offset)
            if overwrite {
                p.storeBytes(of: alphaV * acc, as: SIMD8<Float>.self)
            } else {
                let old = p.loadUnaligned(as: SIMD8<Float>.self)
                p.storeBytes(of: alphaV * acc + betaV * old, as: SIMD8<Float>.self)
            }
        }
        store(c0a, 0, 0)
        store(c1a, 1, 0)
        store(c2a, 2, 0)
        store(c3a, 3, 0)
    }
}
