import Drift

/// One column of `anneal drift` output: exactly the fields the JSON promises, in snake_case.
struct DriftColumnRow: Encodable {
    let column: String
    let test: DriftMethod
    let statistic: Double
    /// `nil` for distance methods (PSI, Jensen–Shannon, Wasserstein).
    let pValue: Double?
    let threshold: Double
    let drifted: Bool

    init(_ drift: ColumnDrift) {
        column = drift.column
        test = drift.test
        statistic = drift.statistic
        pValue = drift.pValue
        threshold = drift.threshold
        drifted = drift.drifted
    }

    enum CodingKeys: String, CodingKey {
        case column, test, statistic
        case pValue = "p_value"
        case threshold, drifted
    }

    /// Writes `p_value` as `null` rather than leaving it out, and non-finite numbers as `null` (JSON has none).
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(column, forKey: .column)
        try container.encode(test, forKey: .test)
        try container.encode(statistic.isFinite ? statistic : nil, forKey: .statistic)
        try container.encode(pValue.flatMap { $0.isFinite ? $0 : nil }, forKey: .pValue)
        try container.encode(threshold, forKey: .threshold)
        try container.encode(drifted, forKey: .drifted)
    }
}
