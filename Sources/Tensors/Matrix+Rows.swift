extension Matrix {
    /// The rows in `range` as a new matrix (a contiguous mini-batch).
    /// - Throws: `TensorsError.Code.invalidArgument` when `range` is not within `0..<rows`.
    public func rows(_ range: Range<Int>) throws -> Matrix {
        guard range.lowerBound >= 0, range.upperBound <= rows else {
            throw TensorsError(.invalidArgument, "rows(\(range)): the matrix has rows 0..<\(rows)")
        }
        return try Matrix(
            rows: range.count, columns: columns,
            values: Array(values[(range.lowerBound * columns)..<(range.upperBound * columns)]))
    }

    /// Overwrites `self` with the rows of `source` at `indices`, in order (a shuffled mini-batch), reusing storage;
    /// large batches split their rows across threads.
    /// - Throws: `TensorsError.Code.invalidArgument` when an index is outside `0..<source.rows`.
    public mutating func gatherRows(_ indices: some Collection<Int>, from source: Matrix) throws {
        try gatherRows(ArraySlice(indices), from: source)
    }

    /// `gatherRows` for the index lists training draws (no generic iteration per index).
    /// - Throws: `TensorsError.Code.invalidArgument` when an index is outside `0..<source.rows`.
    public mutating func gatherRows(_ indices: ArraySlice<Int>, from source: Matrix) throws {
        let c = source.columns
        try indices.withUnsafeBufferPointer { list in
            if let bad = list.first(where: { $0 < 0 || $0 >= source.rows }) {
                throw TensorsError(.invalidArgument, "gatherRows: index \(bad) is outside 0..<\(source.rows)")
            }
            resize(rows: list.count, columns: c)
            guard c > 0 else { return }
            source.withUnsafeBufferPointer { src in
                withUnsafeMutableBufferPointer { dst in
                    guard let s = src.baseAddress, let d = dst.baseAddress else { return }
                    ParallelLoop.forEachChunk(
                        of: list.count, minimumPerWorker: max(1, ParallelLoop.elementwiseMinimumPerWorker / c)
                    ) { rows in
                        for out in rows { (d + out * c).update(from: s + list[out] * c, count: c) }
                    }
                }
            }
        }
    }

    /// The rows of `self` at `indices`, in order, as a new matrix.
    /// - Throws: `TensorsError.Code.invalidArgument` when an index is outside `0..<rows`.
    public func gatheringRows(_ indices: some Collection<Int>) throws -> Matrix {
        var out = Matrix(rows: 0, columns: columns)
        try out.gatherRows(indices, from: self)
        return out
    }
}
