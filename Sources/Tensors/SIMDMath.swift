/// Vectorised `exp`, `tanh`, the logistic function and the normal CDF on eight lanes, accurate to a few float ulps.
///
/// Polynomials and reductions follow Cephes (`expf`, `tanhf`), whose float versions are accurate to about 1–2 ulp,
/// the same class as glibc and as the vectorised math PyTorch uses, at a fraction of a scalar libm call's cost.
/// Each lane is computed independently, so results do not depend on a value's position in a buffer.
enum SIMDMath {
    typealias Vector = SIMD8<Float>

    /// `e^x`: `+inf` above 88.72, `0` below -87.33 (no subnormal results), NaN for NaN (it passes the clamps).
    @inline(__always)
    static func exp(_ x: Vector) -> Vector {
        let maxInput: Float = 88.722_839
        let minInput: Float = -87.336_544
        var clamped = x
        clamped.replace(with: minInput, where: x .< minInput)
        clamped.replace(with: maxInput, where: x .> maxInput)
        // n = round(x / ln 2) by the 1.5·2^23 trick; its low bits then hold n as an integer.
        let magic: Float = 0x1.8p23
        let shifted = clamped * 1.442_695_04 + magic
        let n = shifted - magic
        // r = x - n ln 2 in two steps (Cody–Waite), |r| <= ln 2 / 2.
        var r = clamped - n * 0.693_359_375
        r = r - n * -2.121_944_4e-4
        let r2 = r * r
        var p: Vector = Vector(repeating: 1.987_569_15e-4) * r + 1.398_199_95e-3
        p = p * r + 8.333_451_9e-3
        p = p * r + 4.166_579_59e-2
        p = p * r + 1.666_666_55e-1
        p = p * r + 5.000_000_12e-1
        let expR = p * r2 + r + 1
        // 2^n from the exponent bits: (n + 127) << 23, with n read from the low bits of `shifted`.
        let magicBits = unsafeBitCast(Vector(repeating: magic), to: SIMD8<Int32>.self)
        let nBits = unsafeBitCast(shifted, to: SIMD8<Int32>.self) &- magicBits
        let scale = unsafeBitCast((nBits &+ 127) &<< 23, to: Vector.self)
        var result = expR * scale
        result.replace(with: .infinity, where: x .> maxInput)
        result.replace(with: 0, where: x .< minInput)
        return result
    }

    /// `tanh(x)`: an odd polynomial for `|x| < 0.625`, else `1 - 2 / (e^{2|x|} + 1)` with the sign of `x`.
    @inline(__always)
    static func tanh(_ x: Vector) -> Vector {
        let magnitude = x.replacing(with: -x, where: x .< 0)
        let e = exp(magnitude + magnitude)
        var large = 1 - 2 / (e + 1)
        large.replace(with: -large, where: x .< 0)
        let z = x * x
        var p: Vector = Vector(repeating: -5.704_988_727_45e-3) * z + 2.063_908_879_54e-2
        p = p * z - 5.373_971_555_31e-2
        p = p * z + 1.333_144_220_36e-1
        p = p * z - 3.333_328_194_22e-1
        let small = p * z * x + x
        return small.replacing(with: large, where: magnitude .>= 0.625)
    }

    /// The logistic function `1 / (1 + e^{-x})` (exactly 0 below x ≈ -88.7, 1 for large x).
    @inline(__always)
    static func logistic(_ x: Vector) -> Vector {
        1 / (1 + exp(-x))
    }

    /// `Φ(x)`, the standard normal CDF, as `0.5 erfc(|x|/√2)` (or one minus that for `x >= 0`).
    ///
    /// erfc uses the Chebyshev fit of Numerical Recipes (`erfcc`, relative error below 1.2e-7 for all arguments),
    /// so the lower tail keeps full relative precision instead of cancelling in `1 + erf(x/√2)`.
    @inline(__always)
    static func normalCDF(_ x: Vector) -> Vector {
        let z = x.replacing(with: -x, where: x .< 0) * 0.707_106_781_186_547_524_4
        let t = 1 / (1 + 0.5 * z)
        var p: Vector = Vector(repeating: 0.170_872_77) * t - 0.822_152_23
        p = p * t + 1.488_515_87
        p = p * t - 1.135_203_98
        p = p * t + 0.278_868_07
        p = p * t - 0.186_288_06
        p = p * t + 0.096_784_18
        p = p * t + 0.374_091_96
        p = p * t + 1.000_023_68
        p = p * t - 1.265_512_23
        let halfErfc = 0.5 * t * exp(p - z * z)
        return halfErfc.replacing(with: 1 - halfErfc, where: x .>= 0)
    }

    /// `φ(x) = e^{-x²/2} / √(2π)`, the standard normal density.
    @inline(__always)
    static func normalPDF(_ x: Vector) -> Vector {
        0.398_942_280_401_432_677_9 * exp(-0.5 * x * x)
    }

    /// Applies `body` to `x` eight values at a time, padding the tail with zeros, writing into `y`.
    @inline(__always)
    static func map(
        _ x: UnsafeBufferPointer<Float>, into y: UnsafeMutableBufferPointer<Float>, _ body: (Vector) -> Vector
    ) {
        guard let source = x.baseAddress, let target = y.baseAddress else { return }
        let count = x.count
        var i = 0
        while i &+ 8 <= count {
            let v = UnsafeRawPointer(source + i).loadUnaligned(as: Vector.self)
            UnsafeMutableRawPointer(target + i).storeBytes(of: body(v), as: Vector.self)
            i &+= 8
        }
        if i < count {
            var v = Vector()
            for lane in 0..<(count &- i) { v[lane] = source[i &+ lane] }
            let out = body(v)
            for lane in 0..<(count &- i) { target[i &+ lane] = out[lane] }
        }
    }

    /// Applies `body` to pairs `(x, g)` eight at a time, writing into `y` (used for `g * f'(x)`).
    @inline(__always)
    static func map(
        _ x: UnsafeBufferPointer<Float>, _ g: UnsafeBufferPointer<Float>, into y: UnsafeMutableBufferPointer<Float>,
        _ body: (Vector, Vector) -> Vector
    ) {
        guard let source = x.baseAddress, let gradient = g.baseAddress, let target = y.baseAddress else { return }
        let count = x.count
        var i = 0
        while i &+ 8 <= count {
            let v = UnsafeRawPointer(source + i).loadUnaligned(as: Vector.self)
            let w = UnsafeRawPointer(gradient + i).loadUnaligned(as: Vector.self)
            UnsafeMutableRawPointer(target + i).storeBytes(of: body(v, w), as: Vector.self)
            i &+= 8
        }
        if i < count {
            var v = Vector()
            var w = Vector()
            for lane in 0..<(count &- i) {
                v[lane] = source[i &+ lane]
                w[lane] = gradient[i &+ lane]
            }
            let out = body(v, w)
            for lane in 0..<(count &- i) { target[i &+ lane] = out[lane] }
        }
    }

    /// One value through a vector function (so scalar and matrix results are bitwise equal).
    @inline(__always)
    static func scalar(_ x: Float, _ body: (Vector) -> Vector) -> Float {
        body(Vector(repeating: x))[0]
    }

    /// `Σ exp(x[i] - shift)`; with `store`, also replaces each `x[i]` by `exp(x[i] - shift)`. Lanes past the end
    /// are padded with `-infinity`, whose exponential is 0.
    static func sumExp(_ x: UnsafeMutableBufferPointer<Float>, minus shift: Float, store: Bool) -> Float {
        guard let base = x.baseAddress else { return 0 }
        let count = x.count
        let s = Vector(repeating: shift)
        var total = Vector()
        var i = 0
        while i &+ 8 <= count {
            let e = exp(UnsafeRawPointer(base + i).loadUnaligned(as: Vector.self) - s)
            if store { UnsafeMutableRawPointer(base + i).storeBytes(of: e, as: Vector.self) }
            total += e
            i &+= 8
        }
        if i < count {
            var v = Vector(repeating: -.infinity)
            for lane in 0..<(count &- i) { v[lane] = base[i &+ lane] }
            let e = exp(v - s)
            if store { for lane in 0..<(count &- i) { base[i &+ lane] = e[lane] } }
            total += e
        }
        return total.sum()
    }

    /// `target[i] += source[i]` for `i < count`, eight lanes at a time (one add per element, as the scalar loop).
    @inline(__always)
    static func add(_ source: UnsafePointer<Float>, to target: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i &+ 8 <= count {
            let sum =
                UnsafeRawPointer(target + i).loadUnaligned(as: Vector.self)
                + UnsafeRawPointer(source + i).loadUnaligned(as: Vector.self)
            UnsafeMutableRawPointer(target + i).storeBytes(of: sum, as: Vector.self)
            i &+= 8
        }
        while i < count {
            target[i] += source[i]
            i &+= 1
        }
    }
}
