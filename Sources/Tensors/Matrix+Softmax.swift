#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension Matrix {
    /// Replaces each row by its softmax, `exp(x - max) / Σ exp(x - max)` (stable for any finite input).
    ///
    /// Matches `torch.softmax(x, dim=1)`, including NaN for a row that is all `-infinity` or holds `+infinity`.
    public mutating func formSoftmaxRows() {
        forEachRow { row in
            let m = Matrix.rowMax(row)
            let total = SIMDMath.sumExp(row, minus: m, store: true)
            let inverse = 1 / total
            for j in 0..<row.count { row[j] *= inverse }
        }
    }

    /// Replaces each row by its log-softmax, `(x - max) - log Σ exp(x - max)` (matches `torch.log_softmax`).
    public mutating func formLogSoftmaxRows() {
        forEachRow { row in
            let m = Matrix.rowMax(row)
            let logTotal = logf(SIMDMath.sumExp(row, minus: m, store: false))
            // (x - max) - log Σ: subtracting max first keeps precision when |max| is large (as torch does).
            for j in 0..<row.count { row[j] = (row[j] - m) - logTotal }
        }
    }

    /// A copy with each row replaced by its softmax.
    public func softmaxRows() -> Matrix {
        var out = self
        out.formSoftmaxRows()
        return out
    }

    /// A copy with each row replaced by its log-softmax.
    public func logSoftmaxRows() -> Matrix {
        var out = self
        out.formLogSoftmaxRows()
        return out
    }

    private static func rowMax(_ row: UnsafeMutableBufferPointer<Float>) -> Float {
        var m = -Float.infinity
        for v in row {
            if v.isNaN { return .nan }
            if v > m { m = v }
        }
        return m
    }

    private mutating func forEachRow(_ body: (UnsafeMutableBufferPointer<Float>) -> Void) {
        let (r, c) = (rows, columns)
        guard c > 0 else { return }
        withUnsafeMutableBufferPointer { x in
            for i in 0..<r { body(UnsafeMutableBufferPointer(rebasing: x[(i * c)..<((i + 1) * c)])) }
        }
    }
}
