extension Matrix {
    /// Sum of all elements, accumulated in `Double` in storage order (deterministic). 0 when empty.
    public func sum() -> Float {
        withUnsafeBufferPointer { x in
            var total: Double = 0
            for v in x { total += Double(v) }
            return Float(total)
        }
    }

    /// Mean of all elements; NaN when empty (as PyTorch).
    public func mean() -> Float {
        isEmpty ? .nan : Float(Double(sum()) / Double(count))
    }

    /// Largest element (NaN if any element is NaN, as PyTorch); `-infinity` when empty.
    public func maximum() -> Float {
        withUnsafeBufferPointer { x in
            var best = -Float.infinity
            for v in x {
                if v.isNaN { return .nan }
                if v > best { best = v }
            }
            return best
        }
    }

    /// Sum of each row, a vector of `rows` values.
    public func rowSums() -> [Float] {
        perRow { row in
            var s: Float = 0
            for v in row { s += v }
            return s
        }
    }

    /// Mean of each row; NaN for rows of a zero-column matrix.
    public func rowMeans() -> [Float] {
        let n = Float(columns)
        return rowSums().map { $0 / n }
    }

    /// Largest value of each row (NaN if the row holds a NaN); `-infinity` for an empty row.
    public func rowMaxima() -> [Float] {
        perRow { row in
            var best = -Float.infinity
            for v in row {
                if v.isNaN { return .nan }
                if v > best { best = v }
            }
            return best
        }
    }

    /// Column index of each row's largest value (the first on ties; the first NaN wins, as `torch.argmax`);
    /// `-1` for rows of a zero-column matrix.
    public func rowArgmax() -> [Int] {
        let (r, c) = (rows, columns)
        guard c > 0 else { return [Int](repeating: -1, count: r) }
        return withUnsafeBufferPointer { x in
            (0..<r).map { i in
                let row = i * c
                var best = 0
                for j in 0..<c {
                    let v = x[row + j]
                    if v.isNaN { return j }
                    if v > x[row + best] { best = j }
                }
                return best
            }
        }
    }

    /// Applies `body` to each row's buffer and collects the results.
    private func perRow(_ body: (UnsafeBufferPointer<Float>) -> Float) -> [Float] {
        let (r, c) = (rows, columns)
        return withUnsafeBufferPointer { x in
            (0..<r).map { i in body(UnsafeBufferPointer(rebasing: x[(i * c)..<((i + 1) * c)])) }
        }
    }
}
