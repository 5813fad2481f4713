extension Matrix {
    /// Adds `bias` to every row (row broadcast), the `+ b` of a dense layer.
    /// - Throws: `TensorsError.Code.shapeMismatch` when `bias.count != columns`.
    public mutating func addBias(_ bias: [Float]) throws {
        guard bias.count == columns else {
            throw TensorsError(
                .shapeMismatch, "addBias: bias has \(bias.count) values but the matrix has \(columns) columns")
        }
        bias.withUnsafeBufferPointer { b in addBias(b) }
    }

    /// Adds `b` (`columns` values) to every row; large matrices split their rows across threads (same bits).
    mutating func addBias(_ b: UnsafeBufferPointer<Float>) {
        let (r, c) = (rows, columns)
        guard c > 0 else { return }
        guard let bias = b.baseAddress else { return }
        withUnsafeMutableBufferPointer { y in
            guard let y = y.baseAddress else { return }
            ParallelLoop.forEachChunk(of: r, minimumPerWorker: max(1, ParallelLoop.elementwiseMinimumPerWorker / c)) {
                rowRange in
                for i in rowRange { SIMDMath.add(bias, to: y + i * c, count: c) }
            }
        }
    }

    /// Adds a bias held as a matrix (typically `1 × columns`, the shape `columnSums(into:)` writes) to every row.
    /// - Throws: `TensorsError.Code.shapeMismatch` when `bias.count != columns`.
    public mutating func addBias(_ bias: Matrix) throws {
        guard bias.count == columns else {
            throw TensorsError(
                .shapeMismatch, "addBias: bias has \(bias.count) values but the matrix has \(columns) columns")
        }
        bias.withUnsafeBufferPointer { b in addBias(b) }
    }

    /// Resizes to `rows × bias.count` and sets every row to `bias`: the start of `x · Wᵀ + b` computed as one
    /// product with `beta = 1` (torch's `addmm`), which saves a pass over the output. Large matrices split their
    /// rows across threads.
    public mutating func setRows(_ rows: Int, to bias: Matrix) {
        let c = bias.count
        resize(rows: rows, columns: c)
        guard c > 0 else { return }
        bias.withUnsafeBufferPointer { b in
            withUnsafeMutableBufferPointer { y in
                guard let bias = b.baseAddress, let y = y.baseAddress else { return }
                ParallelLoop.forEachChunk(
                    of: rows, minimumPerWorker: max(1, ParallelLoop.elementwiseMinimumPerWorker / c)
                ) { rowRange in
                    for i in rowRange { (y + i * c).update(from: bias, count: c) }
                }
            }
        }
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
        guard r > 0 else { return }
        // Columns split across threads: each sum still adds its rows in order, so the bits never change.
        guard let sums = s.baseAddress else { return }
        withUnsafeBufferPointer { x in
            guard let x = x.baseAddress else { return }
            ParallelLoop.forEachChunk(of: c, minimumPerWorker: max(1, ParallelLoop.elementwiseMinimumPerWorker / r)) {
                columns in
                for i in 0..<r {
                    SIMDMath.add(x + i * c + columns.lowerBound, to: sums + columns.lowerBound, count: columns.count)
                }
            }
        }
    }
}
