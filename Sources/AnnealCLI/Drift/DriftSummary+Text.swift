import Drift

extension DriftSummary {
    /// The aligned table of verdicts, the target's and the model outputs' rows apart, notes on missing values and
    /// the summary line.
    /// - Parameter heading: the first line (what was compared with what).
    func text(heading: String) -> String {
        let header = ["column", "test", "statistic", "p_value", "threshold", "drifted"]
        let rows = features.columns.map(Self.cells)
        let targetRows = target.map { [Self.cells($0)] } ?? []
        let predictionRows = (prediction ?? []).map(Self.cells)
        let widths = header.indices.map { index in
            (([header] + rows + targetRows + predictionRows).map { $0[index].count }).max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                // Text columns left-aligned, numbers right-aligned; no padding after the last column.
                let pad = String(repeating: " ", count: widths[index] - cell.count)
                if index == cells.count - 1 { return cell }
                return (2...4).contains(index) ? pad + cell : cell + pad
            }.joined(separator: "  ")
        }
        var lines = [heading, line(header)] + rows.map(line)
        if let target {
            lines += ["", "target (not counted in drift_share):", line(Self.cells(target))]
        }
        if !predictionRows.isEmpty {
            lines += ["", "prediction (the model's outputs, not counted in drift_share):"] + predictionRows.map(line)
        }
        for (column, count) in missing.sorted(by: { $0.key < $1.key }) where count > 0 {
            lines.append("note: \(column) has \(count) missing current value\(count == 1 ? "" : "s"), not compared")
        }
        lines.append("")
        var summary = verdict
        if let automaticChoices { summary += "; auto chose \(automaticChoices)" }
        if let target { summary += "; target '\(target.column)' \(target.drifted ? "drifted" : "did not drift")" }
        if let prediction {
            let drifted = prediction.filter(\.drifted).map(\.column)
            summary +=
                drifted.isEmpty
                ? "; predictions did not drift" : "; predictions drifted (\(drifted.joined(separator: ", ")))"
        }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }

    private static func cells(_ drift: ColumnDrift) -> [String] {
        [
            drift.column, drift.test.rawValue, number(drift.statistic), number(drift.pValue),
            number(drift.threshold), drift.drifted ? "yes" : "no",
        ]
    }
}
