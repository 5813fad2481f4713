/// One distribution of a `Histogram`, such as the reference or the current window of a feature.
public struct HistogramSeries: Sendable, Equatable {
    /// The name shown in the legend.
    public var name: String
    /// The bins, in any order.
    public var bins: [HistogramBin]
    /// How many values were not counted (non-finite, or outside the edges); shown as a note on the chart.
    public var omitted: Int
    /// An optional fill colour (CSS colour); `nil` takes the next palette colour.
    public var colour: String?

    /// Creates a series from bins that are already counted.
    public init(name: String, bins: [HistogramBin], omitted: Int = 0, colour: String? = nil) {
        self.name = name
        self.bins = bins
        self.omitted = omitted
        self.colour = colour
    }

    /// Counts raw values into the bins given by `edges` (like `numpy.histogram`: the last bin includes its right
    /// edge). Values that are non-finite or outside the edges are counted in `omitted`.
    /// - Throws: `ReportsError.Code.invalidArgument` unless `edges` has at least two finite, strictly increasing values.
    /// - Complexity: O(n log b) for n values and b bins.
    public init(name: String, values: [Double], edges: [Double], colour: String? = nil) throws {
        guard edges.count >= 2, edges.allSatisfy(\.isFinite), zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 })
        else {
            throw ReportsError(
                .invalidArgument,
                "histogram '\(name)': edges \(edges.prefix(8)) must be at least two finite, strictly increasing values; "
                    + "build them with HistogramSeries.edges(count:covering:)")
        }
        var counts = [Double](repeating: 0, count: edges.count - 1)
        var omitted = 0
        let last = edges[edges.count - 1]
        for value in values {
            guard value.isFinite, value >= edges[0], value <= last else {
                omitted += 1
                continue
            }
            // The last edge index whose edge is <= value, clamped into the bins (the last bin is closed).
            var low = 0
            var high = edges.count - 1
            while high - low > 1 {
                let middle = (low + high) / 2
                if edges[middle] <= value { low = middle } else { high = middle }
            }
            counts[low] += 1
        }
        self.name = name
        self.bins = counts.indices.map { HistogramBin(lower: edges[$0], upper: edges[$0 + 1], count: counts[$0]) }
        self.omitted = omitted
        self.colour = colour
    }

    /// Equal-width bin edges spanning the finite values of all the given samples, so several distributions share
    /// the same bins (as a drift comparison needs).
    /// - Parameters:
    ///   - count: the number of bins (at least 1).
    ///   - samples: the value arrays to cover.
    /// - Returns: `count + 1` edges; a single repeated value gets a unit-wide range around it; no finite value
    ///   gives edges over `0...1`.
    /// - Throws: `ReportsError.Code.invalidArgument` when `count` is below 1.
    public static func edges(count: Int, covering samples: [Double]...) throws -> [Double] {
        guard count >= 1 else {
            throw ReportsError(.invalidArgument, "histogram bin count \(count) must be at least 1; pass e.g. 20")
        }
        var low = Double.infinity
        var high = -Double.infinity
        for sample in samples {
            for value in sample where value.isFinite {
                low = min(low, value)
                high = max(high, value)
            }
        }
        if low > high { (low, high) = (0, 1) }
        if low == high { (low, high) = (low - 0.5, high + 0.5) }
        let width = (high - low) / Double(count)
        return (0...count).map { $0 == count ? high : low + Double($0) * width }
    }
}
