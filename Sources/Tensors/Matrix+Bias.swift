extension Matrix {
    /// Adds `bias` to every row (row broadcast), the `+ b` of a dense layer.
    /// - Throws: `TensorsError.Code.shapeMismatch` when `bias.count != columns`.
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

    /// Adds a bias held as a matrix (typically `1 × columns`, the shape `columnSums(into:)` writes) to every row.
    /// - Throws: `TensorsError.Code.shapeMismatch` when `bias.count != columns`.
    public mutating func addBias(_ bias: Matrix) throws {
        try addBias(bias.values)
    }

    /// Sums of each column (the bias gradient of a dense layer), a vector of `columns` values.
    public func columnSums() -> [Float] {
        var sums = [Float](repeating: 0, count: columns)
        columnSums(into: &sums, accumulate: true)
        return sums
    }

    /// Writes (or, with `accumulate`, adds) the column sums into `sums`, resized to `columns` if needed.
    /// Rows are added in order, so the result is deterministic.
    public func columnSums(into sums: inout [Float], accumulate: Bool = false) {
        if sums.count != columns {
            sums = [Float](repeating: 0, count: columns)
        } else if !accumulate {
            sums.withUnsafeMutableBufferPointer { s in s.update(repeating: 0) }
        }
        sums.withUnsafeMutableBufferPointer { s in addColumnSums(to: s) }
    }

    /// Writes (or, with `accumulate`, adds) the column sums into a `1 × columns` matrix, reshaping `sums` if its
    /// shape differs (then it starts from zero).
    public func columnSums(into sums: inout Matrix, accumulate: Bool = false) {
        if sums.rows != 1 || sums.columns != columns {
            sums.resize(rows: 1, columns: columns)
            sums.fill(0)
        } else if !accumulate {
            sums.fill(0)
        }
        sums.withUnsafeMutableBufferPointer { s in addColumnSums(to: s) }
    }

    private func addColumnSums(to s: UnsafeMutableBufferPointer<Float>) {
        let (r, c) = (rows, columns)
        withUnsafeBufferPointer { x in
            for i in 0..<r {
                let row = i * c
                for j in 0..<c { s[j] += x[row + j] }
            }
        }
    }
}
