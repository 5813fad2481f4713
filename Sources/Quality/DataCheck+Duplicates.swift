import Datasets

extension DataCheck {
    /// `duplicate-rows` (whole rows equal after normalisation) and `conflicting-labels` (equal features,
    /// different targets).
    static func duplicateFindings(_ table: Table, target: String, options: DataCheckOptions) -> [Finding] {
        var findings: [Finding] = []
        let all = table.columnNames.filter { !options.ignoredColumns.contains($0) }
        let groups = repeatedGroups(NormalizedValue.rows(table, columns: all))
        let extra = groups.reduce(0) { $0 + $1.count - 1 }
        if extra > 0 {
            let share = Double(extra) / Double(table.rowCount)
            findings.append(
                Finding(
                    code: .duplicateRows, severity: .warning,
                    message: "\(extra) rows (\(percent(share))) repeat an earlier row, in \(groups.count) groups",
                    evidence: Evidence(
                        numbers: ["duplicates": Double(extra), "groups": Double(groups.count), "share": share],
                        rows: Array(groups.prefix(options.examples).flatMap { $0.prefix(2) })),
                    fix: "drop the repeats (keep the first of each group) unless repeated rows are real observations; "
                        + "repeats weigh those rows more and leak across random splits"))
        }
        let features = featureNames(table, target: target, options: options)
        guard !features.isEmpty, let targetColumn = table[target] else { return findings }
        let labels = NormalizedValue.column(targetColumn)
        var conflicting: [[Int]] = []
        for group in repeatedGroups(NormalizedValue.rows(table, columns: features)) {
            let distinct = Set(group.map { labels[$0] }.filter { $0 != .missing })
            if distinct.count > 1 { conflicting.append(group) }
        }
        if !conflicting.isEmpty {
            let rows = conflicting.reduce(0) { $0 + $1.count }
            let share = Double(rows) / Double(table.rowCount)
            let example = conflicting[0]
            let shown = Set(example.map { labels[$0] }).map(\.text).sorted()
            findings.append(
                Finding(
                    code: .conflictingLabels, severity: .warning, columns: [target],
                    message: "\(conflicting.count) groups of rows (\(rows) rows, \(percent(share))) have equal "
                        + "features but different labels",
                    evidence: Evidence(
                        numbers: ["groups": Double(conflicting.count), "rows": Double(rows), "share": share],
                        rows: Array(conflicting.prefix(options.examples).flatMap { $0.prefix(2) }),
                        values: shown),
                    fix: "review these rows: relabel the wrong ones, or add the feature that tells them apart"))
        }
        return findings
    }

    /// `train-test-overlap`: test rows equal (after normalisation, over the shared columns) to a training row.
    static func overlapFindings(train: Table, test: Table, options: DataCheckOptions) -> [Finding] {
        let testNames = Set(test.columnNames)
        let shared = train.columnNames.filter { testNames.contains($0) && !options.ignoredColumns.contains($0) }
        guard !shared.isEmpty, test.rowCount > 0 else { return [] }
        let trainRows = Set(NormalizedValue.rows(train, columns: shared))
        let testRows = NormalizedValue.rows(test, columns: shared)
        let overlapping = testRows.indices.filter { trainRows.contains(testRows[$0]) }
        guard !overlapping.isEmpty else { return [] }
        let share = Double(overlapping.count) / Double(test.rowCount)
        return [
            Finding(
                code: .trainTestOverlap, severity: share >= options.overlapErrorShare ? .error : .warning,
                columns: shared, table: "test",
                message: "\(overlapping.count) test rows (\(percent(share))) also appear in the training data",
                evidence: Evidence(
                    numbers: [
                        "rows": Double(overlapping.count), "share": share, "errorShare": options.overlapErrorShare,
                    ], rows: Array(overlapping.prefix(options.examples))),
                fix: "remove these rows from the test set (or split before deduplicating): scores on rows the model "
                    + "has seen overstate its quality")
        ]
    }

    /// The groups (row indexes, ascending) of keys seen more than once, in order of first appearance.
    static func repeatedGroups(_ keys: [[NormalizedValue]]) -> [[Int]] {
        var firstRow: [[NormalizedValue]: Int] = [:]
        var groups: [Int: [Int]] = [:]
        for (row, key) in keys.enumerated() {
            if let first = firstRow[key] {
                groups[first, default: [first]].append(row)
            } else {
                firstRow[key] = row
            }
        }
        return groups.keys.sorted().compactMap { groups[$0] }
    }
}
