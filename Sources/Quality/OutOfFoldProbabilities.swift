import Datasets
import Evaluation

/// Out-of-fold predicted probabilities for confident learning: each example's probabilities come from a model
/// that did not see it, trained on the other folds of a stratified k-fold split.
///
/// Bring any model with ``compute(labels:classCount:folds:seed:fitPredict:)``, or use the built-in softmax
/// regression of ``softmaxRegression(table:target:folds:seed:settings:)``.
public enum OutOfFoldProbabilities {
    /// Trains on `split.train` and returns the probabilities of `split.test`, one row per test index in order.
    public typealias FitPredict = @Sendable (_ split: DataSplit) throws -> ClassProbabilities

    /// Runs stratified k-fold cross-validation and collects each example's held-out probabilities.
    /// - Parameters:
    ///   - labels: the class index of each example (strata of the folds).
    ///   - classCount: the number of classes (columns of every fold's probabilities).
    ///   - folds: the number of folds (default 5, cleanlab's default `cv_n_folds`).
    ///   - seed: the shuffling seed of the folds.
    ///   - fitPredict: trains a fresh model on the fold's training rows and predicts its test rows.
    /// - Returns: `labels.count × classCount` probabilities.
    /// - Throws: `QualityError.invalidArgument` for a bad fold count, `.invalidProbabilities` when a fold returns
    ///   the wrong shape; whatever `fitPredict` throws.
    public static func compute(
        labels: [Int], classCount: Int, folds: Int = 5, seed: UInt64 = 0, fitPredict: FitPredict
    ) throws -> ClassProbabilities {
        guard classCount >= 2, folds >= 2, folds <= labels.count else {
            throw QualityError(
                .invalidArgument,
                "cross-validation needs 2 ≤ folds (\(folds)) ≤ examples (\(labels.count)) and at least 2 classes "
                    + "(\(classCount)); lower the fold count or add data")
        }
        let splits = try DataSplit.stratifiedKFold(labels: labels, folds: folds, seed: seed)
        var values = [Double](repeating: 0, count: labels.count * classCount)
        for (fold, split) in splits.enumerated() {
            let predicted = try fitPredict(split)
            guard predicted.count == split.test.count, predicted.classCount == classCount else {
                throw QualityError(
                    .invalidProbabilities,
                    "fold \(fold) returned \(predicted.count)×\(predicted.classCount) probabilities for "
                        + "\(split.test.count) test rows and \(classCount) classes; return one row per test index")
            }
            for (position, row) in split.test.enumerated() {
                for k in 0..<classCount { values[row * classCount + k] = predicted[position, k] }
            }
        }
        return try ClassProbabilities(rowMajor: values, classCount: classCount)
    }
}
