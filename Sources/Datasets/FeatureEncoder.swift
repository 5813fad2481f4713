/// Turns a table into a numeric feature matrix with a transform fitted on training data only.
///
/// Numeric columns are imputed (mean or most frequent) and standardised (population std, as sklearn's
/// `StandardScaler`); boolean columns pass through as 0/1; categorical columns are imputed with the most frequent
/// category and one-hot encoded with an extra "unknown" output for categories not seen in training. A column with
/// missing training values gets a `<name>_missing` indicator. The encoder is `Codable` so a saved model applies
/// exactly the training transform at prediction time.
public struct FeatureEncoder: Codable, Equatable, Sendable {
    /// How missing numeric values are filled.
    public enum Imputation: String, Codable, Sendable {
        /// The training mean.
        case mean
        /// The most frequent training value (the smallest on ties, as sklearn).
        case mostFrequent
    }

    /// Choices made when fitting.
    public struct Options: Codable, Equatable, Sendable {
        /// How missing numeric values are filled. Default `.mean`.
        public var numericImputation: Imputation = .mean
        /// Whether numeric columns are standardised. Default `true`.
        public var standardize = true
        /// Whether columns with missing training values get an indicator column. Default `true`.
        public var missingIndicators = true

        /// The default options.
        public init() {}
    }

    /// The fitted transform of each input column, in input order.
    public let encodings: [ColumnEncoding]
    /// The target column, which `transform` ignores when present (`nil` if none was given).
    public let target: String?

    /// The input columns the encoder needs, in order.
    public var inputColumns: [String] { encodings.map(\.name) }
    /// The names of the output columns, in order.
    public var outputColumns: [String] { encodings.flatMap(\.outputNames) }

    /// Fits the encoder on training data.
    /// - Parameters:
    ///   - table: the training rows (never the validation or test rows).
    ///   - target: the target column, left out of the features.
    ///   - excluding: other columns to leave out (identifiers, timestamps).
    ///   - options: imputation, standardisation and indicator choices.
    /// - Throws: `DatasetError.missingColumn` when `target` or an excluded column is absent, `.invalidArgument`
    ///   when no feature column is left.
    public static func fit(
        _ table: Table, target: String? = nil, excluding: Set<String> = [], options: Options = Options()
    ) throws -> FeatureEncoder {
        if let target { _ = try table.column(named: target) }
        for name in excluding { _ = try table.column(named: name) }
        let features = table.columns.filter { $0.name != target && !excluding.contains($0.name) }
        guard !features.isEmpty else {
            throw DatasetError(.invalidArgument, "no feature columns are left after removing the target and exclusions")
        }
        return FeatureEncoder(encodings: features.map { fitColumn($0, options: options) }, target: target)
    }

    /// Creates an encoder from fitted column encodings (for example decoded from a model bundle).
    public init(encodings: [ColumnEncoding], target: String?) {
        self.encodings = encodings
        self.target = target
    }

    private static func fitColumn(_ column: Column, options: Options) -> ColumnEncoding {
        let indicates = options.missingIndicators && column.missingCount > 0
        switch column.type {
        case .categorical:
            var counts = Array(repeating: 0, count: column.levels.count)
            for code in column.codes where code >= 0 { counts[Int(code)] += 1 }
            let present = column.levels.indices.filter { counts[$0] > 0 }
            let categories = present.map { column.levels[$0] }.sorted(by: Self.codePointOrder)
            let best = present.max { left, right in
                counts[left] != counts[right]
                    ? counts[left] < counts[right] : codePointOrder(column.levels[right], column.levels[left])
            }
            let fill = best.map { column.levels[$0] } ?? ""
            return ColumnEncoding(
                name: column.name, type: .categorical, transform: .oneHot(categories: categories, fill: fill),
                indicatesMissing: indicates)
        case .boolean:
            return ColumnEncoding(
                name: column.name, type: .boolean, transform: .passthrough(fill: mostFrequent(column.numbers)),
                indicatesMissing: indicates)
        case .number, .integer:
            let present = column.numbers.filter { !$0.isNaN }
            let mean = present.isEmpty ? 0 : present.reduce(0, +) / Double(present.count)
            let fill = options.numericImputation == .mean ? mean : mostFrequent(column.numbers)
            guard options.standardize else {
                return ColumnEncoding(
                    name: column.name, type: column.type, transform: .passthrough(fill: fill),
                    indicatesMissing: indicates)
            }
            // Statistics of the imputed column, as sklearn's imputer -> scaler pipeline computes them.
            let count = Double(column.count)
            let imputedMean =
                count == 0 ? 0 : (mean * Double(present.count) + fill * (count - Double(present.count))) / count
            var squares = 0.0
            for value in column.numbers {
                let deviation = (value.isNaN ? fill : value) - imputedMean
                squares += deviation * deviation
            }
            let std = count == 0 ? 0 : (squares / count).squareRoot()
            let scale = std < 10 * Double.ulpOfOne * max(abs(imputedMean), 1) ? 1 : std
            return ColumnEncoding(
                name: column.name, type: column.type,
                transform: .standardized(fill: fill, mean: imputedMean, scale: scale), indicatesMissing: indicates)
        }
    }

    /// The most frequent non-missing value, the smallest on ties; 0 when all are missing.
    private static func mostFrequent(_ values: [Double]) -> Double {
        var counts: [Double: Int] = [:]
        for value in values where !value.isNaN { counts[value, default: 0] += 1 }
        return counts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? 0
    }

    /// Orders strings by Unicode code points (as numpy and Python sort them).
    static func codePointOrder(_ left: String, _ right: String) -> Bool {
        left.unicodeScalars.lexicographicallyPrecedes(right.unicodeScalars)
    }
}
