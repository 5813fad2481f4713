/// The examples given one label and the predicted probability of that label for each, gathered once and
/// contiguous, so the thresholds sum in NumPy's order and the per-class pruning reads memory in order.
struct ClassBlock: Sendable {
    /// The examples' row indices, ascending.
    let rows: [Int]
    /// `p(label)` of each example, in `rows` order.
    let confidences: [Double]

    init(rows: [Int], label: Int, probabilities p: [Double], classCount: Int) {
        self.rows = rows
        confidences = p.withUnsafeBufferPointer { p in rows.map { p[$0 * classCount + label] } }
    }

    /// A block from every example's `p(given label)` (`selfConfidence[row]`), already gathered in one pass.
    init(rows: [Int], selfConfidence: [Double]) {
        self.rows = rows
        confidences = selfConfidence.withUnsafeBufferPointer { own in rows.map { own[$0] } }
    }
}
