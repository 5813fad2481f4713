import Datasets

extension DataCheck {
    /// `outliers`: numeric (`number`/`integer`) features with values whose robust z-score exceeds
    /// `outlierThreshold` (default 3.5). Columns whose MAD is 0 are skipped. Info below `outlierWarningShare`
    /// of the rows, a warning at or above it.
    static func outlierFindings(_ table: Table, target: String, options: DataCheckOptions) -> [Finding] {
        featureNames(table, target: target, options: options).compactMap { name -> Finding? in
            guard let column = table[name], column.type == .number || column.type == .integer,
                let robust = RobustZScore(column.numbers)
            else { return nil }
            let rows = column.numbers.indices.filter {
                !column.numbers[$0].isNaN && abs(robust.score(column.numbers[$0])) > options.outlierThreshold
            }
            guard !rows.isEmpty else { return nil }
            let share = Double(rows.count) / Double(table.rowCount)
            let worst = rows.sorted { abs(robust.score(column.numbers[$0])) > abs(robust.score(column.numbers[$1])) }
            let shown = Array(worst.prefix(options.examples))
            return Finding(
                code: .outliers, severity: share >= options.outlierWarningShare ? .warning : .info, columns: [name],
                message: "column '\(name)' has \(rows.count) values (\(percent(share))) with a robust z-score above "
                    + "\(NumberText.short(options.outlierThreshold)) (median \(NumberText.exact(robust.median)), "
                    + "MAD \(NumberText.exact(robust.mad)))",
                evidence: Evidence(
                    numbers: [
                        "outliers": Double(rows.count), "share": share, "median": robust.median, "mad": robust.mad,
                        "threshold": options.outlierThreshold,
                        "maxScore": abs(robust.score(column.numbers[worst[0]])),
                    ], rows: shown, values: shown.map { NumberText.exact(column.numbers[$0]) }),
                fix: "check these values for entry or unit errors; if they are real, consider clipping, a log "
                    + "transform or a robust loss (Huber)")
        }
    }
}
