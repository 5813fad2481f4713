/// One problem found in a data set: a stable code, a severity, the columns involved, the numbers behind it and a
/// suggested fix in words. `Codable`, so `anneal data check --json` can print it for other tools.
public struct Finding: Codable, Sendable, Equatable {
    /// The check that produced the finding (stable across versions, e.g. `missing-values`).
    public var code: FindingCode
    /// How serious it is.
    public var severity: Severity
    /// The columns involved (empty for whole-row findings such as duplicates).
    public var columns: [String]
    /// Which table the finding is about: `train` or `test`.
    public var table: String
    /// One sentence on what was found.
    public var message: String
    /// The numbers behind it.
    public var evidence: Evidence
    /// What to do about it.
    public var fix: String

    /// Creates a finding.
    public init(
        code: FindingCode, severity: Severity, columns: [String] = [], table: String = "train", message: String,
        evidence: Evidence = Evidence(), fix: String
    ) {
        self.code = code
        self.severity = severity
        self.columns = columns
        self.table = table
        self.message = message
        self.evidence = evidence
        self.fix = fix
    }
}
