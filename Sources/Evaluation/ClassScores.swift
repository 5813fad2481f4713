/// Precision, recall and F1 of one class, with its support (the number of samples of that class).
public struct ClassScores: Sendable, Equatable, Codable {
    /// The class these scores describe.
    public let classLabel: Int
    /// TP / (TP + FP), or the ``ZeroDivision`` value when the class is never predicted.
    public let precision: Double
    /// TP / (TP + FN), or the ``ZeroDivision`` value when the class never occurs.
    public let recall: Double
    /// 2·TP / (2·TP + FP + FN), or the ``ZeroDivision`` value when TP + FP + FN = 0.
    public let f1: Double
    /// The number of samples whose true class is ``classLabel``.
    public let support: Int
}
