/// How many times each category occurs in a sample: the summary every categorical test works on.
public struct CategoryCounts: Codable, Sendable, Equatable {
    /// Count per category.
    public private(set) var counts: [String: Int]

    /// Total number of observations.
    public var total: Int { counts.values.reduce(0, +) }

    /// Counts the categories of `values`.
    public init(_ values: [String]) {
        var counts: [String: Int] = [:]
        for value in values { counts[value, default: 0] += 1 }
        self.counts = counts
    }

    /// Wraps existing counts; categories with a count of 0 are kept (they still define a bin).
    public init(counts: [String: Int]) {
        self.counts = counts
    }

    /// The count of `category` (0 when unseen).
    public subscript(category: String) -> Int { counts[category] ?? 0 }

    /// The sorted union of categories seen in either table.
    public func union(_ other: CategoryCounts) -> [String] {
        Array(Set(counts.keys).union(other.counts.keys)).sorted()
    }
}
