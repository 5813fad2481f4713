import Drift
import Foundation

/// What `anneal drift` reports: the feature columns' verdicts with the dataset verdict, and the target's and the
/// model's outputs' verdicts apart from them (neither counts towards `drift_share`).
struct DriftSummary: Encodable {
    /// The feature columns' report (the target is not in it).
    let features: DriftReport
    /// The target column's verdict, when `--target` was given.
    let target: ColumnDrift?
    /// Missing current values per column that were not compared (numeric NaN and empty categorical cells).
    let missing: [String: Int]
    /// The verdicts on the model's outputs (`prediction`, `p_<label>`), when `--model` was given.
    var prediction: [ColumnDrift]? = nil

    enum CodingKeys: String, CodingKey {
        case columns, target, prediction
        case datasetDrift = "dataset_drift"
        case driftShare = "drift_share"
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(features.columns.map(DriftColumnRow.init), forKey: .columns)
        try container.encode(target.map(DriftColumnRow.init), forKey: .target)
        try container.encode(prediction.map { $0.map(DriftColumnRow.init) }, forKey: .prediction)
        try container.encode(features.datasetDrift, forKey: .datasetDrift)
        try container.encode(features.driftShare, forKey: .driftShare)
    }

    /// The report as one line of JSON with sorted keys.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// Which methods `auto` chose, e.g. `ks for 3 columns, z_test for 1`; `nil` when no column used `auto`.
    var automaticChoices: String? {
        let chosen = (features.columns + (target.map { [$0] } ?? []) + (prediction ?? [])).filter(\.chosenAutomatically)
        guard !chosen.isEmpty else { return nil }
        var order: [DriftMethod] = []
        var counts: [DriftMethod: Int] = [:]
        for column in chosen {
            if counts[column.test] == nil { order.append(column.test) }
            counts[column.test, default: 0] += 1
        }
        return order.map { method in
            let count = counts[method] ?? 0
            return "\(method.rawValue) for \(count) column\(count == 1 ? "" : "s")"
        }.joined(separator: ", ")
    }

    /// The dataset verdict in words, e.g. `dataset drift: yes (2 of 3 columns drifted, share 0.667 >= 0.5)`.
    var verdict: String {
        let report = features
        let relation = report.datasetDrift ? ">=" : "<"
        return "dataset drift: \(report.datasetDrift ? "yes" : "no") (\(report.driftedColumns) of "
            + "\(report.columns.count) column\(report.columns.count == 1 ? "" : "s") drifted, share "
            + "\(Self.number(report.driftShare)) \(relation) \(Self.number(report.datasetDriftShare)))"
    }

    /// Four significant digits; `-` for a missing value.
    static func number(_ value: Double?) -> String {
        guard let value else { return "-" }
        if value.isNaN { return "nan" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        return String(format: "%.4g", value)
    }
}
