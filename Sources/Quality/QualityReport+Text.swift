import Foundation

extension QualityReport {
    /// A plain-text rendering for terminals: one block per finding, then a summary line.
    public var text: String {
        var lines: [String] = []
        let test = testRows.map { ", test: \($0) rows" } ?? ""
        lines.append("Data check (train: \(trainRows) rows\(test), target: \(target))")
        for finding in findings {
            let columns = finding.columns.isEmpty ? "" : " [\(finding.columns.joined(separator: ", "))]"
            lines.append("")
            lines.append("\(finding.severity.rawValue.uppercased()) \(finding.code)\(columns) (\(finding.table))")
            lines.append("  \(finding.message)")
            let numbers = finding.evidence.numbers.sorted { $0.key < $1.key }.map {
                "\($0.key)=\(NumberText.short($0.value))"
            }
            if !numbers.isEmpty { lines.append("  evidence: " + numbers.joined(separator: ", ")) }
            if !finding.evidence.rows.isEmpty {
                lines.append("  rows: " + finding.evidence.rows.map(String.init).joined(separator: ", "))
            }
            if !finding.evidence.values.isEmpty {
                lines.append("  values: " + finding.evidence.values.joined(separator: ", "))
            }
            lines.append("  fix: \(finding.fix)")
        }
        lines.append("")
        lines.append("\(count(.error)) errors, \(count(.warning)) warnings, \(count(.info)) notes")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The report as JSON (pretty-printed, sorted keys).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(self)
    }
}
