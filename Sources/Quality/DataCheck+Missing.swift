import Datasets

extension DataCheck {
    /// `missing-values`: per column, a warning above `missingWarningShare`, an error above `missingErrorShare`,
    /// and always an error for an all-missing column or a missing target.
    static func missingFindings(_ table: Table, target: String, options: DataCheckOptions) -> [Finding] {
        table.columns.compactMap { column -> Finding? in
            guard !options.ignoredColumns.contains(column.name) else { return nil }
            let missing = column.missingCount
            guard missing > 0 else { return nil }
            let share = Double(missing) / Double(table.rowCount)
            let isTarget = column.name == target
            let severity: Severity
            if isTarget || missing == table.rowCount || share > options.missingErrorShare {
                severity = .error
            } else if share > options.missingWarningShare {
                severity = .warning
            } else {
                return nil
            }
            let rows = (0..<table.rowCount).lazy.filter { column.isMissing($0) }.prefix(options.examples)
            let fix: String
            if isTarget {
                fix = "drop the rows without a target (they cannot be trained on) or fill in their labels"
            } else if missing == table.rowCount {
                fix = "drop the column: it holds no value"
            } else if severity == .error {
                fix = "drop the column, or find out why most values are missing before imputing"
            } else {
                fix = "impute (the feature encoder uses the mean and adds a missing indicator) or drop the rows"
            }
            let what = isTarget ? "the target" : "column '\(column.name)'"
            return Finding(
                code: .missingValues, severity: severity, columns: [column.name],
                message: "\(what) has \(missing) missing values (\(percent(share)) of \(table.rowCount) rows)",
                evidence: Evidence(
                    numbers: [
                        "missing": Double(missing), "share": share, "warningShare": options.missingWarningShare,
                        "errorShare": options.missingErrorShare,
                    ], rows: Array(rows)),
                fix: fix)
        }
    }

    /// `constant-column`: a column with one distinct non-missing value (all-missing columns are reported by
    /// `missing-values` only).
    static func constantFindings(_ table: Table, options: DataCheckOptions) -> [Finding] {
        table.columns.compactMap { column -> Finding? in
            guard !options.ignoredColumns.contains(column.name), column.missingCount < table.rowCount else {
                return nil
            }
            let values = NormalizedValue.column(column)
            guard let first = values.first(where: { $0 != .missing }),
                !values.contains(where: { $0 != .missing && $0 != first })
            else { return nil }
            return Finding(
                code: .constantColumn, severity: .warning, columns: [column.name],
                message: "column '\(column.name)' holds the single value \(first.text) in every non-missing row",
                evidence: Evidence(
                    numbers: ["distinct": 1, "missing": Double(column.missingCount)], values: [first.text]),
                fix: "drop the column: a constant carries no information for the model")
        }
    }

    /// A share as a percentage with one decimal.
    static func percent(_ share: Double) -> String {
        let tenths = (share * 1000).rounded() / 10
        return "\(tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths))%"
    }
}
