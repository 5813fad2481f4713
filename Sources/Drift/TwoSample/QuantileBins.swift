/// Bins cut at reference quantiles, with the reference's own bin fractions: the binning shared by PSI and
/// Jensen–Shannon on numeric columns. Saved inside a reference profile so monitoring needs no raw data.
public struct QuantileBins: Codable, Sendable, Equatable {
    /// Inner edges, ascending and distinct; bin i holds values v with edges[i-1] <= v < edges[i].
    public let edges: [Double]
    /// Fraction of reference values in each of the `edges.count + 1` bins.
    public let referenceFractions: [Double]

    /// Cuts `bins` quantile bins from a sorted reference.
    /// - Throws: `DriftError` if the reference is empty or `bins < 2`.
    public init(reference: SortedSample, bins: Int) throws {
        guard bins >= 2 else { throw DriftError.invalid("bins", bins, "use at least 2 bins (10 is usual)") }
        guard reference.count > 0 else { throw DriftError.empty("reference sample") }
        var edges: [Double] = []
        for i in 1..<bins {
            let edge = reference.quantile(Double(i) / Double(bins))
            if edges.last != edge { edges.append(edge) }
        }
        self.edges = edges
        var counts = [Int](repeating: 0, count: edges.count + 1)
        var start = 0
        for (bin, edge) in edges.enumerated() {
            let end = reference.countLess(than: edge)
            counts[bin] = end - start
            start = end
        }
        counts[edges.count] = reference.count - start
        referenceFractions = counts.map { Double($0) / Double(reference.count) }
    }

    /// The bin index of `value`: the number of edges `<= value`.
    @inlinable
    public func bin(of value: Double) -> Int {
        var low = 0
        var high = edges.count
        while low < high {
            let mid = (low + high) >> 1
            if edges[mid] <= value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Fraction of `values` in each bin.
    /// - Throws: `DriftError` if `values` is empty or holds NaN/infinity.
    public func fractions(of values: [Double]) throws -> [Double] {
        guard !values.isEmpty else { throw DriftError.empty("current sample") }
        var counts = [Int](repeating: 0, count: edges.count + 1)
        for (index, value) in values.enumerated() {
            guard value.isFinite else {
                throw DriftError(.nonFiniteValue, "current[\(index)] = \(value); drop or impute missing values first")
            }
            counts[bin(of: value)] += 1
        }
        return counts.map { Double($0) / Double(values.count) }
    }
}
