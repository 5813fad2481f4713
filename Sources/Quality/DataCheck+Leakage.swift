import Datasets
import Evaluation

extension DataCheck {
    /// The target's labels, or `nil` when every target is missing.
    static func targetLabels(_ table: Table, target: String) -> TargetLabels? { TargetLabels(table, target: target) }

    /// `target-leakage`: a single feature that predicts the target almost perfectly.
    ///
    /// Numeric features: ROC AUC ≥ `leakageAUC` or ≤ `1 − leakageAUC` (binary target, Evaluation's `rocAUC`), or
    /// |Pearson r| ≥ `leakageCorrelation` (numeric regression target). Categorical features with a class target:
    /// over categories with at least `leakageMinimumSupport` rows that cover at least `leakageMinimumCoverage` of
    /// the rows, the share of rows carrying their category's majority label is ≥ `leakagePurity`. Numeric
    /// features of a multiclass target are not checked (no single-score test applies).
    static func leakageFindings(
        _ table: Table, target: String, labels: TargetLabels?, options: DataCheckOptions
    ) -> [Finding] {
        guard let labels, labels.task == .regression || labels.classes.count >= 2 else { return [] }
        var findings: [Finding] = []
        for name in featureNames(table, target: target, options: options) {
            guard let column = table[name] else { continue }
            if column.type == .categorical {
                if labels.task.isClassification, let finding = purityFinding(column, labels: labels, options: options) {
                    findings.append(finding)
                }
                continue
            }
            switch labels.task {
            case .binary:
                let rows = column.numbers.indices.filter { !column.numbers[$0].isNaN && labels.indices[$0] >= 0 }
                let scores = rows.map { column.numbers[$0] }
                guard
                    let auc = try? ClassificationMetrics.rocAUC(
                        labels: rows.map { labels.indices[$0] }, scores: scores),
                    auc >= options.leakageAUC || auc <= 1 - options.leakageAUC
                else { continue }
                findings.append(
                    leak(
                        name, statistic: "rocAUC", value: auc, threshold: options.leakageAUC,
                        rows: rows.count,
                        description: "alone separates the classes (ROC AUC \(NumberText.short(auc)))"))
            case .regression:
                guard !labels.values.isEmpty else { continue }
                let rows = column.numbers.indices.filter { !column.numbers[$0].isNaN && !labels.values[$0].isNaN }
                guard let r = pearson(rows.map { column.numbers[$0] }, rows.map { labels.values[$0] }),
                    abs(r) >= options.leakageCorrelation
                else { continue }
                findings.append(
                    leak(
                        name, statistic: "pearson", value: r, threshold: options.leakageCorrelation,
                        rows: rows.count,
                        description: "is almost a linear function of the target (r = \(NumberText.short(r)))"))
            case .multiclass:
                continue
            }
        }
        return findings
    }

    private static func purityFinding(_ column: Column, labels: TargetLabels, options: DataCheckOptions) -> Finding? {
        var counts = Array(repeating: [Int](repeating: 0, count: labels.classes.count), count: column.levels.count)
        for (row, code) in column.codes.enumerated() where code >= 0 && labels.indices[row] >= 0 {
            counts[Int(code)][labels.indices[row]] += 1
        }
        var covered = 0
        var pure = 0
        var supported = 0
        for perClass in counts {
            let total = perClass.reduce(0, +)
            guard total >= options.leakageMinimumSupport else { continue }
            covered += total
            pure += perClass.max() ?? 0
            supported += 1
        }
        let labelled = labels.indices.filter { $0 >= 0 }.count
        guard supported >= 2, labelled > 0, Double(covered) / Double(labelled) >= options.leakageMinimumCoverage
        else { return nil }
        let purity = Double(pure) / Double(covered)
        guard purity >= options.leakagePurity else { return nil }
        var finding = leak(
            column.name, statistic: "purity", value: purity,
            threshold: options.leakagePurity, rows: covered,
            description: "maps its categories to labels with \(percent(purity)) purity over \(supported) categories")
        finding.evidence.numbers["categories"] = Double(supported)
        return finding
    }

    private static func leak(
        _ name: String, statistic: String, value: Double, threshold: Double, rows: Int,
        description: String
    ) -> Finding {
        Finding(
            code: .targetLeakage, severity: .error, columns: [name],
            message: "feature '\(name)' \(description)",
            evidence: Evidence(numbers: [statistic: value, "threshold": threshold, "rows": Double(rows)]),
            fix: "check how '\(name)' is recorded: if it is known only after the outcome (or derived from it), drop "
                + "it; if it is truly available at prediction time, the task may be easier than it looks")
    }

    /// Pearson's correlation, or `nil` with fewer than two rows or a constant input.
    static func pearson(_ x: [Double], _ y: [Double]) -> Double? {
        guard x.count >= 2, x.count == y.count else { return nil }
        let n = Double(x.count)
        let meanX = x.reduce(0, +) / n
        let meanY = y.reduce(0, +) / n
        var sxy = 0.0
        var sxx = 0.0
        var syy = 0.0
        for i in x.indices {
            let dx = x[i] - meanX
            let dy = y[i] - meanY
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
        }
        guard sxx > 0, syy > 0 else { return nil }
        return sxy / (sxx * syy).squareRoot()
    }
}
