/// Selected order statistics of a sample, found by recursive partitioning (multi-quickselect) instead of a
/// full sort: O(n log k) for k ranks.
struct OrderStatistics {
    /// Value at each requested rank (0-based positions in ascending order).
    private(set) var values: [Int: Double] = [:]
    let count: Int
    /// With the bracketed path: for each bracket [low, high] (a histogram bucket), the number of values below
    /// `low` and the values inside it, so counts below any point inside a bracket come without another pass.
    private(set) var brackets: [Bracket] = []

    struct Bracket {
        var low: Double
        var high: Double
        var below: Int
        var inside: [Double]
    }

    init(_ sample: [Double], ranks: [Int]) {
        count = sample.count
        if let (bracketed, brackets) = OrderStatistics.bracketed(sample, ranks: ranks) {
            values = bracketed
            self.brackets = brackets
            return
        }
        var work = sample.map { $0 == 0 ? 0.0 : $0 }
        var found: [Int: Double] = [:]
        work.withUnsafeMutableBufferPointer { buffer in
            OrderStatistics.select(buffer, 0, buffer.count, ranks[...], into: &found)
        }
        values = found
    }

    /// Places every rank in `ranks` (ascending, within lo..<hi) at its sorted position.
    private static func select(
        _ a: UnsafeMutableBufferPointer<Double>, _ lo: Int, _ hi: Int, _ ranks: ArraySlice<Int>,
        into found: inout [Int: Double]
    ) {
        guard let first = ranks.first, let last = ranks.last else { return }
        if hi - lo <= 32 {
            var small = UnsafeMutableBufferPointer(rebasing: a[lo..<hi])
            small.sort()
            for rank in ranks { found[rank] = a[rank] }
            return
        }
        // Median-of-three pivot, three-way partition: [lo, lt) < pivot, [lt, gt) == pivot, [gt, hi) > pivot.
        let mid = lo + (hi - lo) / 2
        let pivot = Swift.max(Swift.min(a[lo], a[mid]), Swift.min(Swift.max(a[lo], a[mid]), a[hi - 1]))
        var lt = lo
        var i = lo
        var gt = hi
        while i < gt {
            let value = a[i]
            if value < pivot {
                a.swapAt(lt, i)
                lt += 1
                i += 1
            } else if value > pivot {
                gt -= 1
                a.swapAt(i, gt)
            } else {
                i += 1
            }
        }
        let left = ranks.prefix { $0 < lt }
        let right = ranks.drop { $0 < gt }
        for rank in ranks where rank >= lt && rank < gt { found[rank] = pivot }
        if first < lt { select(a, lo, lt, left, into: &found) }
        if last >= gt { select(a, gt, hi, right, into: &found) }
    }

    /// The q-quantile with numpy's linear interpolation (the needed ranks must have been requested).
    func quantile(_ q: Double) -> Double {
        let position = q * Double(count - 1)
        let lower = Int(position.rounded(.down))
        let upper = Swift.min(lower + 1, count - 1)
        let fraction = position - Double(lower)
        let a = values[lower] ?? .nan
        let b = values[upper] ?? .nan
        let diff = b - a
        return fraction >= 0.5 ? b - diff * (1 - fraction) : a + diff * fraction
    }

    /// Histogram selection for large samples: one pass counts the values by the top 16 bits of their
    /// order-preserving key (sign, exponent and 4 mantissa bits), which tells the bucket of every requested rank
    /// and the number of values below each bucket; a second pass copies out only the values of those buckets,
    /// where exact selection finds the ranks. Each bucket copied out becomes a bracket, so counts below a point
    /// inside one need no further pass. Two cheap passes over the data (a shift and an increment, then a table
    /// lookup per value) instead of a compare per value and rank. Returns `nil` (use exact partitioning) for
    /// small samples.
    static func bracketed(_ sample: [Double], ranks: [Int]) -> ([Int: Double], [Bracket])? {
        let n = sample.count
        guard n >= 100_000, n < Int(Int32.max), !ranks.isEmpty else { return nil }
        let bucketCount = 1 << 16
        var counts = [Int32](repeating: 0, count: bucketCount)
        sample.withUnsafeBufferPointer { values in
            counts.withUnsafeMutableBufferPointer { counts in
                for value in values { counts[Int(truncatingIfNeeded: SortedSample.key(value) >> 48)] &+= 1 }
            }
        }
        // The bucket of each rank, and the values below each bucket.
        var targets: [Int] = []
        var below: [Int: Int] = [:]
        var cumulative = 0
        var next = ranks.startIndex
        for bucket in 0..<bucketCount where counts[bucket] > 0 {
            let end = cumulative + Int(counts[bucket])
            while next < ranks.endIndex && ranks[next] < end {
                if targets.last != bucket {
                    targets.append(bucket)
                    below[bucket] = cumulative
                }
                next += 1
            }
            cumulative = end
        }
        guard next == ranks.endIndex, targets.count < 255 else { return nil }
        // Slot 0 of the table means "not copied"; its writes go to one spare slot at the end of the buffer.
        var table = [UInt8](repeating: 0, count: bucketCount)
        var cursors = [Int](repeating: 0, count: targets.count + 1)
        var total = 0
        for (index, bucket) in targets.enumerated() {
            table[bucket] = UInt8(index + 1)
            cursors[index + 1] = total
            total += Int(counts[bucket])
        }
        cursors[0] = total
        let starts = Array(cursors.dropFirst())
        var copied = [Double](repeating: 0, count: total + 1)
        sample.withUnsafeBufferPointer { values in
            copied.withUnsafeMutableBufferPointer { copied in
                table.withUnsafeBufferPointer { table in
                    cursors.withUnsafeMutableBufferPointer { cursors in
                        for value in values {
                            let slot = Int(table[Int(truncatingIfNeeded: SortedSample.key(value) >> 48)])
                            copied[cursors[slot]] = value == 0 ? 0.0 : value
                            cursors[slot] &+= slot == 0 ? 0 : 1
                        }
                    }
                }
            }
        }
        var found: [Int: Double] = [:]
        var brackets: [Bracket] = []
        for (index, bucket) in targets.enumerated() {
            let first = below[bucket] ?? 0
            var inside = Array(copied[starts[index]..<(starts[index] + Int(counts[bucket]))])
            let low = SortedSample.value(UInt64(bucket) << 48)
            let high = SortedSample.value((UInt64(bucket) << 48) | ((1 << 48) - 1))
            let local = ranks.filter { $0 >= first && $0 < first + inside.count }.map { $0 - first }
            var inner: [Int: Double] = [:]
            inside.withUnsafeMutableBufferPointer { buffer in
                select(buffer, 0, buffer.count, local[...], into: &inner)
            }
            for offset in local { found[offset + first] = inner[offset] }
            brackets.append(Bracket(low: low, high: high, below: first, inside: inside))
        }
        return (found, brackets)
    }

    /// The number of values `< x` when `x` lies inside a bracket (bracketed path only), else `nil`.
    func countLess(than x: Double) -> Int? {
        guard let bracket = brackets.first(where: { $0.low <= x && x <= $0.high }) else { return nil }
        var inside = 0
        for value in bracket.inside where value < x { inside += 1 }
        return bracket.below + inside
    }
}
