/// Counts of (true class, predicted class) pairs, laid out as scikit-learn's `confusion_matrix`:
/// row `i` is the true class `classes[i]`, column `j` the predicted class `classes[j]`.
public struct ConfusionMatrix: Sendable, Equatable, Codable {
    /// The classes of the rows and columns, in order.
    public let classes: [Int]
    /// `counts[i][j]`: samples whose true class is `classes[i]` and predicted class is `classes[j]`.
    public let counts: [[Int]]

    /// Tallies labels against predictions.
    /// - Parameters:
    ///   - labels: the true class of each sample.
    ///   - predictions: the predicted class of each sample.
    ///   - classes: the classes to tabulate, in order; `nil` uses the sorted union of `labels` and `predictions`
    ///     (scikit-learn's default). Pairs involving other classes are not counted, as in scikit-learn.
    /// - Throws: `EvaluationError` if the inputs are empty, differ in length, or `classes` is empty or repeats.
    public init(labels: [Int], predictions: [Int], classes: [Int]? = nil) throws {
        try EvaluationError.requireNonEmpty(labels.count, "labels")
        try EvaluationError.requireSameLength(labels.count, "labels", predictions.count, "predictions")
        let classes = classes ?? Array(Set(labels).union(predictions)).sorted()
        try EvaluationError.requireNonEmpty(classes.count, "classes")
        var index: [Int: Int] = [:]
        for (position, label) in classes.enumerated() {
            if index[label] != nil {
                throw EvaluationError(.invalidArgument, "`classes` lists \(label) twice; list each class once.")
            }
            index[label] = position
        }
        var counts = Array(repeating: Array(repeating: 0, count: classes.count), count: classes.count)
        for (label, prediction) in zip(labels, predictions) {
            if let row = index[label], let column = index[prediction] { counts[row][column] += 1 }
        }
        self.classes = classes
        self.counts = counts
    }

    /// Samples correctly classified as `classes[i]` (the diagonal).
    public var truePositives: [Int] { classes.indices.map { counts[$0][$0] } }
    /// Samples whose true class is `classes[i]` (row sums, the support).
    public var support: [Int] { counts.map { $0.reduce(0, +) } }
    /// Samples predicted as `classes[j]` (column sums).
    public var predictedCounts: [Int] { classes.indices.map { j in counts.reduce(0) { $0 + $1[j] } } }
}
