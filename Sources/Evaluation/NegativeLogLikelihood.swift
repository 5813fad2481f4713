import Foundation

/// Mean NLL of softmax(β · logits) and its first two derivatives in β; convex in β (internal to
/// ``TemperatureScaling``).
struct NegativeLogLikelihood {
    let logits: [Double]
    let classCount: Int
    let labels: [Int]

    /// (value, first derivative, second derivative) at `beta`.
    func evaluate(beta: Double) -> (value: Double, slope: Double, curvature: Double) {
        var value = 0.0
        var slope = 0.0
        var curvature = 0.0
        for (row, label) in labels.enumerated() {
            let z = logits[(row * classCount)..<((row + 1) * classCount)]
            let top = z.max() ?? 0
            var sum = 0.0
            var mean = 0.0
            var square = 0.0
            for v in z {
                let w = exp(beta * (v - top))
                sum += w
                mean += w * v
                square += w * v * v
            }
            mean /= sum
            square /= sum
            let zy = z[z.startIndex + label]
            value += log(sum) + beta * top - beta * zy
            slope += mean - zy
            curvature += max(square - mean * mean, 0)
        }
        let n = Double(labels.count)
        return (value / n, slope / n, curvature / n)
    }

    func value(beta: Double) -> Double { evaluate(beta: beta).value }

    /// The β in `range` that minimises the NLL: the root of the (non-decreasing) slope, by Newton with bisection.
    func minimiser(in range: ClosedRange<Double>) -> Double {
        var low = range.lowerBound
        var high = range.upperBound
        if evaluate(beta: low).slope >= 0 { return low }
        if evaluate(beta: high).slope <= 0 { return high }
        var beta = min(max(1, low), high)
        for _ in 0..<200 {
            let (_, slope, curvature) = evaluate(beta: beta)
            if slope == 0 { return beta }
            if slope < 0 { low = beta } else { high = beta }
            var next = curvature > 0 ? beta - slope / curvature : .nan
            if !(next > low && next < high) { next = (low + high) / 2 }
            if abs(next - beta) <= 1e-15 * beta || high - low <= 1e-15 * high { return next }
            beta = next
        }
        return beta
    }
}
