extension Matrix {
    /// Sum of squares of all elements, accumulated in `Double` (global-norm gradient clipping uses its root).
    public func squaredNorm() -> Float {
        withUnsafeBufferPointer { x in
            var total: Double = 0
            for v in x { total += Double(v) * Double(v) }
            return Float(total)
        }
    }

    /// `Σ self[i] * other[i]` over all elements, accumulated in `Double`.
    /// - Throws: `TensorsError.Code.shapeMismatch` when the shapes differ.
    public func dot(_ other: Matrix) throws -> Float {
        try requireSameShape(other, "dot(_:)")
        return withUnsafeBufferPointer { x in
            other.withUnsafeBufferPointer { y in
                var total: Double = 0
                for i in 0..<x.count { total += Double(x[i]) * Double(y[i]) }
                return Float(total)
            }
        }
    }

    /// `true` when no element is NaN or infinite (what a divergence guard checks).
    public var isFinite: Bool {
        withUnsafeBufferPointer { x in x.allSatisfy { $0.isFinite } }
    }

    /// Replaces every element `x` by `transform(x)`, in place.
    @inlinable
    public mutating func transform(_ transform: (Float) -> Float) {
        withUnsafeMutableBufferPointer { v in
            for i in 0..<v.count { v[i] = transform(v[i]) }
        }
    }
}
