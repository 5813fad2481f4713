import Datasets

extension DataCheck {
    /// `class-imbalance` for a class target: the class shares, the majority/minority ratio and sklearn's
    /// "balanced" class weights `n_samples / (n_classes · count)`. Info below `imbalanceWarningRatio`, a warning
    /// at or above it, an error when only one class is present.
    static func imbalanceFindings(
        _ table: Table, target: String, labels: TargetLabels?, options: DataCheckOptions
    ) -> [Finding] {
        guard let labels, labels.task.isClassification else { return [] }
        let counts = labels.classCounts
        let total = counts.reduce(0, +)
        guard total > 0 else { return [] }
        if counts.count < 2 {
            return [
                Finding(
                    code: .classImbalance, severity: .error, columns: [target],
                    message: "the target has a single class (\(labels.classes.first ?? "")) in \(total) rows",
                    evidence: Evidence(numbers: ["classes": 1, "rows": Double(total)], values: labels.classes),
                    fix: "a classifier needs at least two classes: check the target column and the file's rows")
            ]
        }
        var numbers: [String: Double] = ["classes": Double(counts.count), "rows": Double(total)]
        for (index, label) in labels.classes.enumerated() {
            let count = Double(counts[index])
            numbers["count.\(label)"] = count
            numbers["share.\(label)"] = count / Double(total)
            numbers["weight.\(label)"] = Double(total) / (Double(counts.count) * count)
        }
        let majority = counts.max() ?? 0
        let minority = counts.min() ?? 0
        let ratio = Double(majority) / Double(minority)
        numbers["ratio"] = ratio
        numbers["warningRatio"] = options.imbalanceWarningRatio
        let smallest = labels.classes[counts.firstIndex(of: minority) ?? 0]
        let largest = labels.classes[counts.firstIndex(of: majority) ?? 0]
        let imbalanced = ratio >= options.imbalanceWarningRatio
        return [
            Finding(
                code: .classImbalance, severity: imbalanced ? .warning : .info, columns: [target],
                message: "class '\(largest)' has \(NumberText.short(ratio))× the rows of class '\(smallest)' "
                    + "(\(percent(Double(majority) / Double(total))) vs \(percent(Double(minority) / Double(total))))",
                evidence: Evidence(numbers: numbers, values: labels.classes),
                fix: imbalanced
                    ? "split with stratification (DataSplit.stratified / stratifiedKFold), weight the loss with the "
                        + "balanced class weights in the evidence, and judge models by per-class recall or PR AUC "
                        + "rather than accuracy"
                    : "split with stratification (DataSplit.stratified) so every fold keeps these shares")
        ]
    }
}
