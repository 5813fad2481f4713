extension Matrix {
    /// `self += alpha * other` (BLAS axpy).
    /// - Throws: `TensorsError.Code.shapeMismatch` when the shapes differ.
    @inlinable
    public mutating func add(_ other: Matrix, scaledBy alpha: Float = 1) throws {
        try requireSameShape(other, "add(_:scaledBy:)")
        other.withUnsafeBufferPointer { x in
            withUnsafeMutableBufferPointer { y in
                if alpha == 1 {
                    for i in 0..<y.count { y[i] += x[i] }
                } else {
                    for i in 0..<y.count { y[i] += alpha * x[i] }
                }
            }
        }
    }

    /// `self -= other`.
    /// - Throws: `TensorsError.Code.shapeMismatch` when the shapes differ.
    @inlinable
    public mutating func subtract(_ other: Matrix) throws {
        try add(other, scaledBy: -1)
    }

    /// `self *= factor` for every element (BLAS scal).
    @inlinable
    public mutating func scale(by factor: Float) {
        withUnsafeMutableBufferPointer { y in
            for i in 0..<y.count { y[i] *= factor }
        }
    }

    /// `self ⊙= other`, the elementwise (Hadamard) product.
    /// - Throws: `TensorsError.Code.shapeMismatch` when the shapes differ.
    @inlinable
    public mutating func multiplyElementwise(by other: Matrix) throws {
        try requireSameShape(other, "multiplyElementwise(by:)")
        other.withUnsafeBufferPointer { x in
            withUnsafeMutableBufferPointer { y in
                for i in 0..<y.count { y[i] *= x[i] }
            }
        }
    }

    /// Makes this matrix a copy of `other` (shape and values), writing into this matrix's storage when it is
    /// uniquely referenced and large enough, so a copy taken again and again (a rollback snapshot) allocates once.
    public mutating func assign(_ other: Matrix) {
        let shared = withUnsafeBufferPointer { mine in
            other.withUnsafeBufferPointer { theirs in mine.baseAddress == theirs.baseAddress }
        }
        if shared && rows == other.rows && columns == other.columns { return }
        resize(rows: other.rows, columns: other.columns)
        other.withUnsafeBufferPointer { source in
            withUnsafeMutableBufferPointer { target in
                guard let from = source.baseAddress, let to = target.baseAddress else { return }
                to.update(from: from, count: source.count)
            }
        }
    }

    /// Sets every element to `value`.
    @inlinable
    public mutating func fill(_ value: Float) {
        withUnsafeMutableBufferPointer { y in
            for i in 0..<y.count { y[i] = value }
        }
    }

    @inlinable
    func requireSameShape(_ other: Matrix, _ operation: String) throws {
        guard rows == other.rows, columns == other.columns else {
            throw TensorsError(
                .shapeMismatch, "\(operation): shapes differ, \(rows)×\(columns) vs \(other.rows)×\(other.columns)")
        }
    }
}
