/// The value given to precision, recall or F1 when its denominator is zero (scikit-learn's `zero_division`).
///
/// Precision is undefined when a class is never predicted (TP + FP = 0), recall when it never occurs
/// (TP + FN = 0), F1 when both (TP + FP + FN = 0). scikit-learn's default `"warn"` behaves as ``zero``.
/// With ``nan`` the undefined classes are left out of macro and weighted averages (scikit-learn's `_nanaverage`);
/// if every class is undefined the average is NaN (which `JSONEncoder` refuses unless told how to encode it).
public enum ZeroDivision: String, Sendable, Codable, CaseIterable {
    /// Use 0 (scikit-learn's default, `"warn"` or `0`).
    case zero
    /// Use 1.
    case one
    /// Use NaN and skip the class in averages.
    case nan

    var value: Double {
        switch self {
        case .zero: 0
        case .one: 1
        case .nan: .nan
        }
    }
}
