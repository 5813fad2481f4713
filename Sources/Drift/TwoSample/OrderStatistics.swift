/// Selected order statistics of a sample, found by recursive partitioning (multi-quickselect) instead of a
/// full sort: O(n log k) for k ranks.
struct OrderStatistics {
    /// Value at each requested rank (0-based positions in ascending order).
    private(set) var values: [Int: Double] = [:]
    let count: Int
    /// With the bracketed path: for each bracket [low, high], the number of values below `low` and the values
    /// inside it, so counts below any point inside a bracket come without another pass over the data.
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

    /// Floyd–Rivest-style selection for large samples: brackets each group of adjacent ranks between order
    /// statistics of a strided subsample (±3.5 standard deviations of the rank's position), counts the values
    /// below each bracket and sorts only the few values inside it: two passes over the data instead of
    /// repeated partitioning. Returns `nil` (use exact partitioning) when the sample is small, brackets
    /// overlap, or a bracket missed its ranks.
    static func bracketed(_ sample: [Double], ranks: [Int]) -> ([Int: Double], [Bracket])? {
        let n = sample.count
        guard n >= 100_000, let firstRank = ranks.first else { return nil }
        var groups: [[Int]] = [[firstRank]]
        for rank in ranks.dropFirst() {
            if rank - groups[groups.count - 1][0] <= 1 {
                groups[groups.count - 1].append(rank)
            } else {
                groups.append([rank])
            }
        }
        // 65 536 probe values read as 8 192 runs of 8 neighbours (one cache line each) spread over the sample.
        let s = 65_536
        let stride = n / (s / 8)
        let probe = SortedSample.radixSorted((0..<s).map { sample[($0 / 8) * stride + $0 % 8] })
        var lows: [Double] = []
        var highs: [Double] = []
        for group in groups {
            let p = Double(group[0]) / Double(n - 1)
            let spread = Int(3.5 * (p * (1 - p) * Double(s)).squareRoot()) + 8
            let position = Int(p * Double(s - 1))
            lows.append(position - spread <= 0 ? -.infinity : probe[position - spread])
            highs.append(position + spread + 1 >= s - 1 ? .infinity : probe[position + spread + 1])
        }
        for j in 1..<lows.count where lows[j] <= highs[j - 1] { return nil }
        var below = [Int](repeating: 0, count: lows.count + 1)
        // Values inside brackets go to one flat buffer with their bracket (per-element appends to nested
        // arrays cost more than the pass itself); a bracket set holding more than a quarter falls back.
        let capacity = n / 4
        let insideValues = UnsafeMutablePointer<Double>.allocate(capacity: capacity)
        let insideBrackets = UnsafeMutablePointer<Int32>.allocate(capacity: capacity)
        defer {
            insideValues.deallocate()
            insideBrackets.deallocate()
        }
        var insideCount = 0
        below.withUnsafeMutableBufferPointer { below in
            highs.withUnsafeBufferPointer { highs in
                QuantileBins.forEachChunk(of: sample, edges: lows) { values, bins in
                    for i in 0..<values.count {
                        let k = Int(bins[i])
                        below[k] &+= 1
                        if k > 0 && values[i] <= highs[k - 1] && insideCount < capacity {
                            insideValues[insideCount] = values[i] == 0 ? 0.0 : values[i]
                            insideBrackets[insideCount] = Int32(k - 1)
                            insideCount += 1
                        }
                    }
                }
            }
        }
        if insideCount == capacity { return nil }
        var candidates = [[Double]](repeating: [], count: groups.count)
        for i in 0..<insideCount { candidates[Int(insideBrackets[i])].append(insideValues[i]) }
        var found: [Int: Double] = [:]
        var brackets: [Bracket] = []
        var lessThanLow = 0
        for (j, group) in groups.enumerated() {
            lessThanLow += below[j]
            brackets.append(Bracket(low: lows[j], high: highs[j], below: lessThanLow, inside: candidates[j]))
            let local = group.map { $0 - lessThanLow }
            guard local.allSatisfy({ $0 >= 0 && $0 < candidates[j].count }) else { return nil }
            // Exact selection inside the (small) bracket instead of sorting it.
            var inner: [Int: Double] = [:]
            candidates[j].withUnsafeMutableBufferPointer { buffer in
                select(buffer, 0, buffer.count, local[...], into: &inner)
            }
            for (rank, offset) in zip(group, local) { found[rank] = inner[offset] }
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
