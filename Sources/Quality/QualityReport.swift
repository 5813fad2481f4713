/// The result of `DataCheck.run`: every finding, most severe first, and what was checked.
public struct QualityReport: Codable, Sendable, Equatable {
    /// The findings, sorted by severity (errors first), then by code and column.
    public var findings: [Finding]
    /// Rows of the training table.
    public var trainRows: Int
    /// Rows of the test table, or `nil` when none was given.
    public var testRows: Int?
    /// The target column.
    public var target: String

    /// Creates a report, sorting the findings.
    public init(findings: [Finding], trainRows: Int, testRows: Int?, target: String) {
        self.findings = findings.enumerated().sorted { left, right in
            if left.element.severity != right.element.severity { return left.element.severity > right.element.severity }
            return left.offset < right.offset
        }.map(\.element)
        self.trainRows = trainRows
        self.testRows = testRows
        self.target = target
    }

    /// Whether any finding is an error (the CLI then exits with status 1).
    public var hasErrors: Bool { findings.contains { $0.severity == .error } }

    /// The number of findings of each severity.
    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }

    /// The findings with `code`.
    public func findings(_ code: FindingCode) -> [Finding] { findings.filter { $0.code == code } }
}
