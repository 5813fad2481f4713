/// The positions of the `count` smallest values of an array, ties to the lower position — the same set as the
/// first `count` entries of a stable argsort.
///
/// The selection quickselects the count-th smallest value. When `count` is a small share of the values produced
/// on demand, a pivot taken from a strided sample of 256 first keeps only the candidates at or below it (one
/// compare per value), and the selection runs among those; if the sample was unlucky and too few values pass,
/// it runs over all values. O(n) expected.
enum SmallestSelection {
    /// The positions (in no particular order) of the `count` smallest of `total` values produced on demand by
    /// `value(position)`, so callers need not materialise derived arrays.
    @inline(__always)
    static func positions(_ count: Int, among total: Int, value: (Int) -> Double) -> [Int] {
        guard count > 0 else { return [] }
        guard count < total else { return Array(0..<total) }
        let pivot = samplePivot(count, among: total, value: value)
        var candidates = [Int]()
        var values = [Double]()
        candidates.reserveCapacity(pivot < .infinity ? total / 4 : total)
        values.reserveCapacity(pivot < .infinity ? total / 4 : total)
        for position in 0..<total {
            let candidate = value(position)
            if candidate <= pivot {
                candidates.append(position)
                values.append(candidate)
            }
        }
        // Every answer is ≤ the count-th smallest value ≤ pivot once `count` values pass.
        guard candidates.count >= count else {
            return positions(count, of: (0..<total).map(value))
        }
        return positions(count, of: values).map { candidates[$0] }
    }

    /// The positions of the `count` smallest `values`, found by quickselecting the count-th smallest value t on
    /// a copy: every position below t, then the lowest positions equal to t. O(n) expected.
    static func positions(_ count: Int, of values: [Double]) -> [Int] {
        guard count > 0 else { return [] }
        guard count < values.count else { return Array(values.indices) }
        var copy = values
        let cut = copy.withUnsafeMutableBufferPointer { select(count - 1, in: $0) }
        var ties = count
        for value in values where value < cut { ties -= 1 }
        var result = [Int]()
        result.reserveCapacity(count)
        for (position, value) in values.enumerated() {
            if value < cut {
                result.append(position)
            } else if value == cut && ties > 0 {
                result.append(position)
                ties -= 1
            }
        }
        return result
    }

    /// The size of the strided sample a pivot comes from.
    static let sampleSize = 256

    /// The order statistic of the sample used as the pivot: about 1.25·count/total of it plus a margin of 8;
    /// `nil` (keep everything) unless `total` ≥ 2048 and `count` ≤ total/8.
    static func pivotRank(_ count: Int, among total: Int) -> Int? {
        guard total >= 2048 && count * 8 <= total else { return nil }
        return min(sampleSize - 1, Int(Double(count) * Double(sampleSize) / Double(total) * 1.25) + 8)
    }

    /// A value that about (rank + 1)/256 of the values do not exceed: the `pivotRank` order statistic of the
    /// values at positions `index · total / 256`; +∞ when `pivotRank` is `nil`.
    @inline(__always)
    static func samplePivot(_ count: Int, among total: Int, value: (Int) -> Double) -> Double {
        guard let rank = pivotRank(count, among: total) else { return .infinity }
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: sampleSize) { sample in
            for index in 0..<sampleSize { sample[index] = value(index * total / sampleSize) }
            return select(rank, in: sample)
        }
    }

    /// The `rank`-th smallest (0-based) of `values` (reordered in place): Hoare's quickselect.
    static func select(_ rank: Int, in values: UnsafeMutableBufferPointer<Double>) -> Double {
        var low = 0
        var high = values.count - 1
        while low < high {
            let pivot = values[low + (high - low) / 2]
            var i = low
            var j = high
            while i <= j {
                while values[i] < pivot { i += 1 }
                while pivot < values[j] { j -= 1 }
                if i <= j {
                    values.swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if rank <= j {
                high = j
            } else if rank >= i {
                low = i
            } else {
                return values[rank]
            }
        }
        return values[rank]
    }
}
