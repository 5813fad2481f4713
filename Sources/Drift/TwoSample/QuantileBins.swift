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

    /// Cuts `bins` quantile bins from an unsorted reference by selection (no full sort), giving the same edges
    /// and fractions as the sorted-sample initialiser.
    /// - Throws: `DriftError` if the reference is empty or not finite, or `bins < 2`.
    public init(unsortedReference reference: [Double], bins: Int) throws {
        guard bins >= 2 else { throw DriftError.invalid("bins", bins, "use at least 2 bins (10 is usual)") }
        guard !reference.isEmpty else { throw DriftError.empty("reference sample") }
        if let index = SortedSample.firstNonFinite(reference) {
            throw DriftError(
                .nonFiniteValue, "reference[\(index)] = \(reference[index]); drop or impute missing values first")
        }
        let n = reference.count
        var needed = Set<Int>()
        for i in 1..<bins {
            let position = Double(i) / Double(bins) * Double(n - 1)
            let lower = Int(position.rounded(.down))
            needed.insert(lower)
            needed.insert(Swift.min(lower + 1, n - 1))
        }
        let order = OrderStatistics(reference, ranks: needed.sorted())
        var edges: [Double] = []
        for i in 1..<bins {
            let edge = order.quantile(Double(i) / Double(bins))
            if edges.last != edge { edges.append(edge) }
        }
        self.edges = edges
        let below = edges.compactMap { order.countLess(than: $0) }
        if below.count == edges.count {
            // Every edge lies inside a selection bracket: bin counts follow without another pass.
            let cumulative = below + [n]
            referenceFractions = cumulative.indices.map {
                Double(cumulative[$0] - ($0 == 0 ? 0 : cumulative[$0 - 1])) / Double(n)
            }
        } else {
            referenceFractions = QuantileBins.counts(of: reference, edges: edges).map { Double($0) / Double(n) }
        }
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
        if let index = SortedSample.firstNonFinite(values) {
            throw DriftError(
                .nonFiniteValue, "current[\(index)] = \(values[index]); drop or impute missing values first")
        }
        return QuantileBins.counts(of: values, edges: edges).map { Double($0) / Double(values.count) }
    }

    /// Counts per bin: for each edge, the number of values `>= edge`, counted chunk by chunk (L1-resident)
    /// with a vectorisable compare-and-add reduction; bin counts are the differences.
    /// - Complexity: O(n · edges).
    static func counts(of values: [Double], edges: [Double]) -> [Int] {
        var atLeast = [Int](repeating: 0, count: edges.count)
        values.withUnsafeBufferPointer { values in
            atLeast.withUnsafeMutableBufferPointer { atLeast in
                let chunk = 4096
                var start = 0
                while start < values.count {
                    let slice = UnsafeBufferPointer(rebasing: values[start..<Swift.min(start + chunk, values.count)])
                    for e in 0..<edges.count { atLeast[e] &+= countAtLeast(edges[e], in: slice) }
                    start += chunk
                }
            }
        }
        var counts = [Int](repeating: 0, count: edges.count + 1)
        var previous = values.count
        for (e, count) in atLeast.enumerated() {
            counts[e] = previous - count
            previous = count
        }
        counts[edges.count] = previous
        return counts
    }

    /// The number of values `>= edge`, eight lanes at a time.
    static func countAtLeast(_ edge: Double, in values: UnsafeBufferPointer<Double>) -> Int {
        let whole = values.count / 8 * 8
        var lanes = SIMD8<Int64>()
        let ones = SIMD8<Int64>(repeating: 1)
        let threshold = SIMD8<Double>(repeating: edge)
        if let base = values.baseAddress {
            let raw = UnsafeRawPointer(base)
            var i = 0
            while i < whole {
                let v = raw.loadUnaligned(fromByteOffset: i * 8, as: SIMD8<Double>.self)
                lanes &+= ones.replacing(with: 0, where: v .< threshold)
                i += 8
            }
        }
        var count = Int(lanes.wrappedSum())
        for i in whole..<values.count where values[i] >= edge { count += 1 }
        return count
    }
}
