import Foundation

extension ADWIN {
    /// Every `clock` updates: scans every bucket boundary from the oldest; on a significant cut drops the oldest
    /// bucket and rescans. Arithmetic follows River's order exactly, so cuts happen at the same updates.
    mutating func detectChange() -> Bool {
        tick += 1
        let due = clock & (clock - 1) == 0 ? tick & (clock - 1) == 0 : tick % clock == 0
        guard due, width > Double(gracePeriod) else { return false }
        var changed = false
        while hasCut() {
            changed = true
            guard width > 0 else { break }
            deleteOldest()
        }
        if changed { detections += 1 }
        return changed
    }

    /// Whether some boundary splits the window into sub-windows whose means differ by more than ε.
    func hasCut() -> Bool {
        let minimum = Double(minWindowLength)
        // δ' and σ² depend only on the window, which changes only when a bucket is dropped (then we rescan).
        let deltaPrime = log(2.0 * log(width) / delta)
        let variancePerValue = variance / width
        let stride = maxBuckets + 1
        return totals.withUnsafeBufferPointer { totals in
            counts.withUnsafeBufferPointer { counts in
                var n0 = 0.0
                var n1 = width
                var u0 = 0.0
                var u1 = total
                for level in Swift.stride(from: counts.count - 1, through: 0, by: -1) {
                    let size = Double(1 << level)
                    let base = level * stride
                    let count = counts[level]
                    for k in 0..<count {
                        n0 += size
                        n1 -= size
                        let bucketTotal = totals[base + k]
                        u0 += bucketTotal
                        u1 -= bucketTotal
                        if level == 0 && k == count - 1 { return false }
                        guard n1 >= minimum && n0 >= minimum else { continue }
                        let deltaMean = u0 / n0 - u1 / n1
                        let mReciprocal = 1.0 / (n0 - minimum + 1.0) + 1.0 / (n1 - minimum + 1.0)
                        let epsilon =
                            (2.0 * mReciprocal * variancePerValue * deltaPrime).squareRoot()
                            + 2.0 / 3.0 * deltaPrime * mReciprocal
                        if abs(deltaMean) > epsilon { return true }
                    }
                }
                return false
            }
        }
    }
}
