import Reports
import Tracking

/// One metric series of a run in brief: its extent, extremes, final level and a sparkline, all from a downsampled read
/// (the store reduces the series to at most `MetricSummary.buckets` step buckets, so a long series costs the same).
struct MetricSummary: Encodable {
    /// How many step buckets the store reduces a series to (one sparkline character each).
    static let buckets = 40

    /// Series name.
    let key: String
    /// Number of stored points.
    let points: Int
    /// First and last step.
    let firstStep: Int64
    let lastStep: Int64
    /// Smallest and largest value (NaN when the series has no finite value).
    let min: Double
    let max: Double
    /// Mean of the last bucket (the final value when that bucket holds one point).
    let endMean: Double
    /// The bucket means as block characters.
    let sparkline: String

    /// Summarises downsampled buckets; nil for a series without points.
    init?(key: String, buckets: [MetricBucket]) {
        guard let first = buckets.first, let last = buckets.last else { return nil }
        self.key = key
        points = buckets.reduce(0) { $0 + $1.count }
        firstStep = first.firstStep
        lastStep = last.lastStep
        let lows = buckets.map(\.min).filter { !$0.isNaN }
        let highs = buckets.map(\.max).filter { !$0.isNaN }
        min = lows.min() ?? .nan
        max = highs.max() ?? .nan
        endMean = last.mean
        sparkline = Sparkline.render(buckets.map(\.mean))
    }

    /// Reads and summarises every series of a run, sorted by key.
    static func load(runID: String, store: any Store) async throws -> [MetricSummary] {
        var summaries: [MetricSummary] = []
        for key in try await store.metricKeys(runID: runID) {
            let buckets = try await store.downsampledSeries(runID: runID, key: key, buckets: buckets)
            if let summary = MetricSummary(key: key, buckets: buckets) { summaries.append(summary) }
        }
        return summaries
    }
}
