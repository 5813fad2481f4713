/// The fitted transform of one input column of a `FeatureEncoder`.
public struct ColumnEncoding: Codable, Equatable, Sendable {
    /// How the column's values become output columns.
    public enum Transform: Codable, Equatable, Sendable {
        /// `(value - mean) / scale`, missing values replaced by `fill` first. `scale` is the population standard
        /// deviation of the imputed training values (1 when it is zero), as sklearn's `StandardScaler`.
        case standardized(fill: Double, mean: Double, scale: Double)
        /// The value as is (booleans as 0/1), missing values replaced by `fill`.
        case passthrough(fill: Double)
        /// One output per training category (sorted), then one for categories unseen in training; missing values
        /// replaced by `fill` (the most frequent training category) first.
        case oneHot(categories: [String], fill: String)
    }

    /// The input column name.
    public let name: String
    /// The input column's type at fit time.
    public let type: ColumnType
    /// The fitted transform.
    public let transform: Transform
    /// Whether a `<name>_missing` indicator column follows (set when training data had missing values).
    public let indicatesMissing: Bool

    /// The names of the output columns this input produces, in order.
    public var outputNames: [String] {
        var names: [String]
        switch transform {
        case .standardized, .passthrough:
            names = [name]
        case .oneHot(let categories, _):
            names = categories.map { "\(name)=\($0)" } + ["\(name)=<unknown>"]
        }
        if indicatesMissing { names.append("\(name)_missing") }
        return names
    }
}
