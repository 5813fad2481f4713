import Foundation

extension ADWIN {
    /// Scans every bucket boundary from the oldest; on a significant cut drops the oldest bucket and rescans.
    mutating func detectChange() -> Bool {
        var changed = false
        tick += 1
        guard tick % clock == 0, width > Double(gracePeriod) else { return false }
        let minimum = Double(minWindowLength)
        var reduce = true
        while reduce {
            reduce = false
            var n0 = 0.0
            var n1 = width
            var u0 = 0.0
            var u1 = total
            // δ' depends only on the width, which changes only when a bucket is dropped (then we rescan).
            let deltaPrime = log(2.0 * log(width) / delta)
            scan: for level in stride(from: counts.count - 1, through: 0, by: -1) {
                let size = Double(1 << level)
                let base = level * (maxBuckets + 1)
                let count = counts[level]
                for k in 0..<count {
                    n0 += size
                    n1 -= size
                    let bucketTotal = totals[base + k]
                    u0 += bucketTotal
                    u1 -= bucketTotal
                    if level == 0 && k == count - 1 { break scan }
                    let deltaMean = u0 / n0 - u1 / n1
                    if n1 >= minimum && n0 >= minimum
                        && isCut(n0: n0, n1: n1, deltaMean: deltaMean, deltaPrime: deltaPrime)
                    {
                        reduce = true
                        changed = true
                        if width > 0 {
                            deleteOldest()
                            break scan
                        }
                    }
                }
            }
        }
        if changed { detections += 1 }
        return changed
    }

    @inline(__always)
    func isCut(n0: Double, n1: Double, deltaMean: Double, deltaPrime: Double) -> Bool {
        let minimum = Double(minWindowLength)
        let mReciprocal = 1.0 / (n0 - minimum + 1.0) + 1.0 / (n1 - minimum + 1.0)
        let epsilon =
            (2.0 * mReciprocal * (variance / width) * deltaPrime).squareRoot()
            + 2.0 / 3.0 * deltaPrime * mReciprocal
        return abs(deltaMean) > epsilon
    }
}
