import Datasets
import Evaluation

/// The entry point of the data checks behind `anneal data check`.
///
/// ```swift
/// let report = try DataCheck.run(train: train, target: "label", test: test, schema: nil)
/// print(report.text)            // or report.json()
/// exit(report.hasErrors ? 1 : 0)
/// ```
public enum DataCheck {
    /// Runs every check and collects the findings.
    ///
    /// Checks: schema (declared, or inferred from `train` for the test table), missing values, constant columns,
    /// duplicate rows, conflicting labels, train/test overlap, target leakage, class imbalance, outliers and —
    /// when `options.outOfFoldProbabilities` is set — label issues by confident learning.
    /// - Parameters:
    ///   - train: the training table.
    ///   - target: the target column of `train`.
    ///   - test: the test table, or `nil`.
    ///   - schema: a declared schema, or `nil` to check `test` against the schema inferred from `train`.
    ///   - options: thresholds (see `DataCheckOptions` for the defaults).
    /// - Returns: the findings, most severe first.
    /// - Throws: `QualityError.emptyTable` for a training table without rows or columns, `.missingColumn` when
    ///   `target` is not a column, `.invalidArgument` for bad thresholds, `.invalidProbabilities` when the
    ///   out-of-fold probabilities do not match the rows or classes.
    public static func run(
        train: Table, target: String, test: Table? = nil, schema: Schema? = nil,
        options: DataCheckOptions = DataCheckOptions()
    ) throws -> QualityReport {
        guard train.rowCount > 0, !train.columns.isEmpty else {
            throw QualityError(
                .emptyTable,
                "the training table has no rows (\(train.columnNames.count) columns); check the file and its header")
        }
        guard train[target] != nil else {
            throw QualityError(
                .missingColumn,
                "the target '\(target)' is not a column of the training table (columns: "
                    + "\(train.columnNames.joined(separator: ", "))); pass the right --target")
        }
        try check(options)
        var findings: [Finding] = []
        if let schema {
            findings += schemaFindings(train, schema: schema, table: "train", declared: true, options: options)
        }
        if let test {
            let reference = schema ?? Schema.inferred(from: train)
            findings += schemaFindings(
                test, schema: reference, table: "test", declared: schema != nil, options: options)
        }
        findings += missingFindings(train, target: target, options: options)
        findings += constantFindings(train, options: options)
        findings += duplicateFindings(train, target: target, options: options)
        if let test { findings += overlapFindings(train: train, test: test, options: options) }
        let labels = targetLabels(train, target: target)
        findings += leakageFindings(train, target: target, labels: labels, options: options)
        findings += imbalanceFindings(train, target: target, labels: labels, options: options)
        findings += outlierFindings(train, target: target, options: options)
        if let probabilities = options.outOfFoldProbabilities {
            findings += try labelIssueFindings(train, target: target, probabilities: probabilities, options: options)
        }
        return QualityReport(findings: findings, trainRows: train.rowCount, testRows: test?.rowCount, target: target)
    }

    /// The feature columns: every column but the target and the ignored ones.
    static func featureNames(_ table: Table, target: String, options: DataCheckOptions) -> [String] {
        table.columnNames.filter { $0 != target && !options.ignoredColumns.contains($0) }
    }

    private static func check(_ options: DataCheckOptions) throws {
        let shares: [(String, Double)] = [
            ("missingWarningShare", options.missingWarningShare), ("missingErrorShare", options.missingErrorShare),
            ("overlapErrorShare", options.overlapErrorShare), ("leakageAUC", options.leakageAUC),
            ("leakageCorrelation", options.leakageCorrelation), ("leakagePurity", options.leakagePurity),
            ("leakageMinimumCoverage", options.leakageMinimumCoverage),
            ("outlierWarningShare", options.outlierWarningShare),
        ]
        for (name, value) in shares where !(0...1).contains(value) {
            throw QualityError(.invalidArgument, "\(name) is \(value); use a share in [0, 1]")
        }
        guard options.outlierThreshold > 0, options.imbalanceWarningRatio >= 1, options.examples >= 0,
            options.leakageMinimumSupport >= 1
        else {
            throw QualityError(
                .invalidArgument,
                "outlierThreshold (\(options.outlierThreshold)) must be > 0, imbalanceWarningRatio "
                    + "(\(options.imbalanceWarningRatio)) ≥ 1, examples (\(options.examples)) ≥ 0 and "
                    + "leakageMinimumSupport (\(options.leakageMinimumSupport)) ≥ 1")
        }
    }
}
