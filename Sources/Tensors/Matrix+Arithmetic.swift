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

    /// Sets every element to `value`.
    @inlinable
    public mutating func fill(_ value: Float) {
        withUnsafeMutableBufferPointer { y in
            for i in 0..<y.count { y[i] = value }
        }
    }

    /// Adds `bias` to every row (row broadcast), the `+ b` of a dense layer.
    /// - Throws: `TensorsError.Code.shapeMismatch` when `bias.count != columns`.
    @inlinable
    public mutating func addBias(_ bias: [Float]) throws {
        guard bias.count == columns else {
            throw TensorsError(
                .shapeMismatch, "addBias: bias has \(bias.count) values but the matrix has \(columns) columns")
        }
        let (r, c) = (rows, columns)
        bias.withUnsafeBufferPointer { b in
            withUnsafeMutableBufferPointer { y in
                for i in 0..<r {
                    let row = i * c
                    for j in 0..<c { y[row + j] += b[j] }
                }
            }
        }
    }

    /// Sums of each column (the bias gradient of a dense layer), a vector of `columns` values.
    @inlinable
    public func columnSums() -> [Float] {
        var sums = [Float](repeating: 0, count: columns)
        columnSums(into: &sums, accumulate: true)
        return sums
    }

    /// Writes (or, with `accumulate`, adds) the column sums into `sums`, resized to `columns` if needed.
    /// Rows are added in order, so the result is deterministic.
    @inlinable
    public func columnSums(into sums: inout [Float], accumulate: Bool = false) {
        if sums.count != columns {
            sums = [Float](repeating: 0, count: columns)
        } else if !accumulate {
            sums.withUnsafeMutableBufferPointer { s in s.update(repeating: 0) }
        }
        let (r, c) = (rows, columns)
        withUnsafeBufferPointer { x in
            sums.withUnsafeMutableBufferPointer { s in
                for i in 0..<r {
                    let row = i * c
                    for j in 0..<c { s[j] += x[row + j] }
                }
            }
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
