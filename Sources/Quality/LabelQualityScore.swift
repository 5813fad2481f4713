/// How label issues are ranked (cleanlab's `return_indices_ranked_by`): lower scores are likelier errors.
public enum LabelQualityScore: String, Codable, Sendable, CaseIterable {
    /// The predicted probability of the given label, `p(given)`.
    case selfConfidence = "self_confidence"
    /// `(p(given) − max over other classes p(other) + 1) / 2`.
    case normalizedMargin = "normalized_margin"

    /// The score of every example.
    /// - Parameters:
    ///   - labels: the given class of each example.
    ///   - probabilities: row-major `labels.count × classCount` predicted probabilities.
    ///   - classCount: the number of classes.
    func scores(labels: [Int], probabilities: [Double], classCount: Int) -> [Double] {
        probabilities.withUnsafeBufferPointer { probabilities in
            labels.enumerated().map { row, label in
                let base = row * classCount
                let given = probabilities[base + label]
                guard self == .normalizedMargin else { return given }
                var other = -Double.infinity
                for k in 0..<classCount where k != label { other = max(other, probabilities[base + k]) }
                return (given - other + 1) / 2
            }
        }
    }
}
