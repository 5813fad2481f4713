/// Quantiles of sorted data as `numpy.percentile(..., method="linear")` (internal).
enum Percentile {
    /// `numpy.percentile(..., method="linear")` of sorted values at quantile `q` in [0, 1], with numpy's
    /// virtual index and two-sided lerp so that edges equal numpy's bit for bit in the common cases.
    static func linear(_ sorted: [Double], _ q: Double) -> Double {
        let n = Double(sorted.count)
        let virtual = n * q + (1 + q * -1) - 1
        let previous = min(max(virtual.rounded(.down), 0), n - 1)
        let next = min(previous + 1, n - 1)
        let gamma = virtual - previous
        let a = sorted[Int(previous)]
        let b = sorted[Int(next)]
        let difference = b - a
        return gamma >= 0.5 ? b - difference * (1 - gamma) : a + difference * gamma
    }
}
