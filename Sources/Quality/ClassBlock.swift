/// The probabilities of the examples given one label, gathered once into contiguous class columns, so the
/// per-class passes of confident learning read memory in order instead of striding across all rows.
struct ClassBlock: Sendable {
    /// The examples' row indices, ascending.
    let rows: [Int]
    /// Column-major `classCount × rows.count`: column j holds `p(j)` of every example.
    let columns: [Double]

    init(rows: [Int], probabilities p: [Double], classCount: Int) {
        self.rows = rows
        let count = rows.count
        var columns = [Double](repeating: 0, count: classCount * count)
        columns.withUnsafeMutableBufferPointer { out in
            p.withUnsafeBufferPointer { input in
                for (position, row) in rows.enumerated() {
                    let base = row * classCount
                    for k in 0..<classCount { out[k * count + position] = input[base + k] }
                }
            }
        }
        self.columns = columns
    }

    /// The index range of class `k`'s column in `columns`.
    func range(of k: Int) -> Range<Int> { (k * rows.count)..<((k + 1) * rows.count) }
}
