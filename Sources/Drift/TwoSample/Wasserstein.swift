/// The first Wasserstein (earth mover's) distance between two samples, ∫ |F_ref(x) - F_cur(x)| dx, equal to
/// `scipy.stats.wasserstein_distance(reference, current)`, plus Evidently's normalised variant that divides
/// by the reference's population standard deviation (floored at 0.001 so a constant reference stays finite).
public enum Wasserstein {
    /// Floor applied to the reference standard deviation when normalising.
    public static let minimumScale = 0.001

    /// The unnormalised distance between two samples.
    /// - Throws: `DriftError` if a sample is empty or not finite.
    public static func distance(reference: [Double], current: [Double]) throws -> Double {
        let a = try SortedSample(reference, name: "reference")
        let b = try SortedSample(current, name: "current")
        guard a.count > 0 else { throw DriftError.empty("reference sample") }
        guard b.count > 0 else { throw DriftError.empty("current sample") }
        return distance(a, b)
    }

    /// The distance divided by max(std(reference), 0.001): the statistic Evidently thresholds at 0.1.
    /// - Throws: `DriftError` if a sample is empty or not finite.
    public static func normalized(reference: [Double], current: [Double]) throws -> TwoSampleResult {
        let a = try SortedSample(reference, name: "reference")
        let b = try SortedSample(current, name: "current")
        guard a.count > 0 else { throw DriftError.empty("reference sample") }
        guard b.count > 0 else { throw DriftError.empty("current sample") }
        let scale = Swift.max(a.meanAndStandardDeviation().std, minimumScale)
        return TwoSampleResult(statistic: distance(a, b) / scale)
    }

    /// The distance between two sorted, nonempty samples.
    /// - Complexity: O(n + m).
    public static func distance(_ a: SortedSample, _ b: SortedSample) -> Double {
        let n1 = Double(a.count)
        let n2 = Double(b.count)
        var total = 0.0
        a.values.withUnsafeBufferPointer { a in
            b.values.withUnsafeBufferPointer { b in
                // One value per step, without branches (which sample comes next is unpredictable). A step
                // that repeats the previous value adds |ΔF| · 0 = 0, so ties taken one at a time give the same
                // sum as taking all copies of a value at once.
                let (lastA, lastB) = (a.count - 1, b.count - 1)
                var i = 0
                var j = 0
                var previous = Swift.min(a[0], b[0])
                while i <= lastA || j <= lastB {
                    let x = i <= lastA ? a[Swift.min(i, lastA)] : Double.infinity
                    let y = j <= lastB ? b[Swift.min(j, lastB)] : Double.infinity
                    let value = Swift.min(x, y)
                    total += abs(Double(i) / n1 - Double(j) / n2) * (value - previous)
                    previous = value
                    i &+= x <= value ? 1 : 0
                    j &+= y <= value ? 1 : 0
                }
            }
        }
        return total
    }
}
