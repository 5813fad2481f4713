extension Adam {
    /// `updateMoments` then `applyUpdate` (without AMSGrad) in one pass over memory, eight lanes at a time with raw
    /// vector loads; every element sees exactly the operations of the two passes, so results are identical.
    @inline(__always)
    static func updateFused(
        grad: UnsafeBufferPointer<Float>, p: UnsafeMutableBufferPointer<Float>, m: UnsafeMutableBufferPointer<Float>,
        v: UnsafeMutableBufferPointer<Float>, l2: Float, beta1Weight: Float, beta2: Float, beta2Complement: Float,
        correction2: Float, eps: Float, stepSize: Float
    ) {
        let n = p.count
        guard n > 0, let gp = grad.baseAddress, let pp = p.baseAddress, let mp = m.baseAddress,
            let vp = v.baseAddress
        else { return }
        let vectorEnd = n - n % 8
        let low = beta1Weight < 0.5
        var j = 0
        while j < vectorEnd {
            let pv = UnsafeRawPointer(pp + j).loadUnaligned(as: SIMD8<Float>.self)
            var g = UnsafeRawPointer(gp + j).loadUnaligned(as: SIMD8<Float>.self)
            if l2 != 0 { g = g + l2 * pv }
            let mj = UnsafeRawPointer(mp + j).loadUnaligned(as: SIMD8<Float>.self)
            let newM = low ? mj + beta1Weight * (g - mj) : g - (g - mj) * (1 - beta1Weight)
            let newV = UnsafeRawPointer(vp + j).loadUnaligned(as: SIMD8<Float>.self) * beta2 + beta2Complement * g * g
            let denom = squareRoot(newV) / correction2 + eps
            UnsafeMutableRawPointer(mp + j).storeBytes(of: newM, as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(vp + j).storeBytes(of: newV, as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(pp + j).storeBytes(of: pv + -stepSize * (newM / denom), as: SIMD8<Float>.self)
            j += 8
        }
        guard j < n else { return }
        let tail = n - j
        updateMoments(
            grad: UnsafeBufferPointer(rebasing: grad[j...]), p: UnsafeMutableBufferPointer(rebasing: p[j...]),
            m: UnsafeMutableBufferPointer(rebasing: m[j...]), v: UnsafeMutableBufferPointer(rebasing: v[j...]),
            l2: l2, beta1Weight: beta1Weight, beta2: beta2, beta2Complement: beta2Complement)
        applyUpdate(
            p: UnsafeMutableBufferPointer(start: pp + j, count: tail),
            m: UnsafeMutableBufferPointer(start: mp + j, count: tail),
            second: UnsafeMutableBufferPointer(start: vp + j, count: tail), correction2: correction2, eps: eps,
            stepSize: stepSize)
    }

    /// `m ← lerp(m, g, 1 − β₁)`, `v ← β₂·v + (1 − β₂)·g²` with `g = grad + l2·p`, eight lanes at a time
    /// (each lane does exactly the scalar operations, so results equal the scalar loop's).
    @inline(__always)
    static func updateMoments(
        grad: UnsafeBufferPointer<Float>, p: UnsafeMutableBufferPointer<Float>, m: UnsafeMutableBufferPointer<Float>,
        v: UnsafeMutableBufferPointer<Float>, l2: Float, beta1Weight: Float, beta2: Float, beta2Complement: Float
    ) {
        let n = p.count
        let vectorEnd = n - n % 8
        let low = beta1Weight < 0.5
        var j = 0
        while j < vectorEnd {
            var g = SIMD8<Float>(grad[j..<(j + 8)])
            if l2 != 0 { g = g + l2 * SIMD8<Float>(p[j..<(j + 8)]) }
            let mj = SIMD8<Float>(m[j..<(j + 8)])
            let newM = low ? mj + beta1Weight * (g - mj) : g - (g - mj) * (1 - beta1Weight)
            let newV = SIMD8<Float>(v[j..<(j + 8)]) * beta2 + beta2Complement * g * g
            for lane in 0..<8 {
                m[j + lane] = newM[lane]
                v[j + lane] = newV[lane]
            }
            j += 8
        }
        while j < n {
            let g = l2 != 0 ? grad[j] + l2 * p[j] : grad[j]
            m[j] = lerp(m[j], g, beta1Weight)
            v[j] = v[j] * beta2 + beta2Complement * g * g
            j += 1
        }
    }

    /// AMSGrad: `vMax ← max(vMax, v)`; returns `vMax` as the second moment to use.
    @inline(__always)
    static func maximum(
        _ vMax: UnsafeMutableBufferPointer<Float>, _ v: UnsafeMutableBufferPointer<Float>
    ) -> UnsafeMutableBufferPointer<Float> {
        for j in 0..<v.count { vMax[j] = Swift.max(vMax[j], v[j]) }
        return vMax
    }

    /// `p ← p − stepSize · m / (√second / correction2 + eps)`, eight lanes at a time.
    @inline(__always)
    static func applyUpdate(
        p: UnsafeMutableBufferPointer<Float>, m: UnsafeMutableBufferPointer<Float>,
        second: UnsafeMutableBufferPointer<Float>, correction2: Float, eps: Float, stepSize: Float
    ) {
        let n = p.count
        let vectorEnd = n - n % 8
        var j = 0
        while j < vectorEnd {
            let denom = squareRoot(SIMD8<Float>(second[j..<(j + 8)])) / correction2 + eps
            let newP = SIMD8<Float>(p[j..<(j + 8)]) + -stepSize * (SIMD8<Float>(m[j..<(j + 8)]) / denom)
            for lane in 0..<8 { p[j + lane] = newP[lane] }
            j += 8
        }
        while j < n {
            let denom = second[j].squareRoot() / correction2 + eps
            p[j] = p[j] + -stepSize * (m[j] / denom)
            j += 1
        }
    }

    /// `√v` lane by lane for a second moment (never negative), as `sqrtps`: `Float.squareRoot()` calls `sqrtf`
    /// for negative lanes (it may set `errno`), which keeps the compiler from vectorising it; on `|v|` it cannot be
    /// negative. Same bits as `v.squareRoot()` for every `v ≥ +0` (−0 gives +0, the same once `eps` is added); NaN
    /// stays NaN.
    @inline(__always)
    static func squareRoot(_ v: SIMD8<Float>) -> SIMD8<Float> {
        var root = SIMD8<Float>()
        for lane in 0..<8 { root[lane] = v[lane].magnitude.squareRoot() }
        return root
    }
}
