/// One-line summaries of a series with the eight block characters `▁▂▃▄▅▆▇█`.
public enum Sparkline {
    /// The levels from lowest to highest.
    public static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// Renders values as a sparkline: the minimum maps to `▁`, the maximum to `█`.
    /// - Parameters:
    ///   - values: the series; non-finite values become spaces.
    ///   - width: the most characters to use; longer series are averaged over equal buckets. `nil` keeps one
    ///     character per value.
    /// - Returns: the sparkline; empty for no values; all `▄` for a constant series.
    public static func render(_ values: [Double], width: Int? = nil) -> String {
        let points = bucketMeans(values, width: width)
        let finite = points.compactMap { $0 }
        guard let low = finite.min(), let high = finite.max() else {
            return String(repeating: " ", count: points.count)
        }
        let top = Double(levels.count - 1)
        return String(
            points.map { point -> Character in
                guard let point else { return " " }
                guard high > low else { return levels[levels.count / 2 - 1] }
                let level = Int(((point - low) / (high - low) * top).rounded())
                return levels[min(levels.count - 1, max(0, level))]
            })
    }

    /// The mean of the finite values in each of `width` equal buckets (`nil` where a bucket has none).
    static func bucketMeans(_ values: [Double], width: Int?) -> [Double?] {
        guard let width, width >= 1, values.count > width else {
            return values.map { $0.isFinite ? $0 : nil }
        }
        return (0..<width).map { bucket in
            let start = bucket * values.count / width
            let end = (bucket + 1) * values.count / width
            var sum = 0.0
            var count = 0
            for value in values[start..<end] where value.isFinite {
                sum += value
                count += 1
            }
            return count > 0 ? sum / Double(count) : nil
        }
    }
}
