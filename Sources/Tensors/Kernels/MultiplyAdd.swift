/// How a micro-kernel forms `c + a * b`: with one fused (single-rounding) instruction or a multiply then an add.
///
/// The fused form is fast only when the code is compiled for a CPU with FMA; in the portable (baseline x86-64)
/// copy of these kernels it becomes a slow `fmaf` library call, so `GEMMMicroKernel` picks a compiled copy and a
/// family at run time. Within the fused family every kernel shape and every compiled copy gives bitwise-identical
/// results, because each output element sees the same operations in the same order.
protocol MultiplyAdd: SendableMetatype {
    static func madd(_ c: SIMD16<Float>, _ a: SIMD16<Float>, _ b: SIMD16<Float>) -> SIMD16<Float>
    static func madd(_ c: SIMD8<Float>, _ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float>
}

/// `c + a * b` with one rounding (hardware FMA).
enum FusedMultiplyAdd: MultiplyAdd {
    @inline(__always) static func madd(_ c: SIMD16<Float>, _ a: SIMD16<Float>, _ b: SIMD16<Float>) -> SIMD16<Float> {
        c.addingProduct(a, b)
    }
    @inline(__always) static func madd(_ c: SIMD8<Float>, _ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> {
        c.addingProduct(a, b)
    }
}

/// `c + a * b` rounded twice (multiply, then add).
enum SeparateMultiplyAdd: MultiplyAdd {
    @inline(__always) static func madd(_ c: SIMD16<Float>, _ a: SIMD16<Float>, _ b: SIMD16<Float>) -> SIMD16<Float> {
        c + a * b
    }
    @inline(__always) static func madd(_ c: SIMD8<Float>, _ a: SIMD8<Float>, _ b: SIMD8<Float>) -> SIMD8<Float> {
        c + a * b
    }
}
