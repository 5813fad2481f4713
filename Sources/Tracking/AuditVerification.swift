/// The outcome of checking an audit chain: how many events were checked and, if the chain is broken, the first bad
/// event and why.
public struct AuditVerification: Codable, Sendable, Hashable {
    /// Number of events read.
    public var eventCount: Int
    /// Sequence number of the first bad event (or of the position where one is missing); `nil` when intact.
    public var firstBadSeq: Int64?
    /// Why that event is bad; `nil` when intact.
    public var problem: String?

    /// Whether every event is present, in order and unmodified.
    public var isIntact: Bool { firstBadSeq == nil }

    /// Creates a verification result.
    public init(eventCount: Int, firstBadSeq: Int64? = nil, problem: String? = nil) {
        self.eventCount = eventCount
        self.firstBadSeq = firstBadSeq
        self.problem = problem
    }
}
