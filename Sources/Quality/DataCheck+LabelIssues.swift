import Datasets
import Evaluation

extension DataCheck {
    /// `label-issues`: rows whose label is likely wrong by confident learning on the given out-of-fold
    /// probabilities (rows with a missing target are skipped). A warning listing the likeliest errors first.
    static func labelIssueFindings(
        _ table: Table, target: String, probabilities: ClassProbabilities, options: DataCheckOptions
    ) throws -> [Finding] {
        guard let labels = TargetLabels(table, target: target), labels.task.isClassification,
            labels.classes.count >= 2
        else { return [] }
        guard probabilities.count == table.rowCount, probabilities.classCount == labels.classes.count else {
            throw QualityError(
                .invalidProbabilities,
                "the out-of-fold probabilities are \(probabilities.count)×\(probabilities.classCount) but the table "
                    + "has \(table.rowCount) rows and \(labels.classes.count) classes (\(labels.classes.joined(separator: ", "))); "
                    + "compute them on this table with OutOfFoldProbabilities")
        }
        let rows = labels.indices.indices.filter { labels.indices[$0] >= 0 }
        let k = probabilities.classCount
        let subset = try ClassProbabilities(
            rowMajor: rows.flatMap { row in (0..<k).map { probabilities[row, $0] } }, classCount: k)
        let issues = try ConfidentLearning.findLabelIssues(
            labels: rows.map { labels.indices[$0] }, probabilities: subset, options: options.labelIssues)
        guard issues.count > 0 else { return [] }
        let flagged = issues.rankedIndices.map { rows[$0] }
        let share = Double(flagged.count) / Double(rows.count)
        return [
            Finding(
                code: .labelIssues, severity: .warning, columns: [target],
                message: "\(flagged.count) rows (\(percent(share))) likely carry a wrong label (confident learning, "
                    + "\(options.labelIssues.filter.rawValue))",
                evidence: Evidence(
                    numbers: ["rows": Double(flagged.count), "share": share],
                    rows: Array(flagged.prefix(options.examples)),
                    values: issues.rankedIndices.prefix(options.examples).map {
                        labels.classes[labels.indices[rows[$0]]]
                    }),
                fix: "review the listed rows (likeliest first) and relabel the wrong ones; or train without them "
                    + "and compare on a clean validation set")
        ]
    }
}
