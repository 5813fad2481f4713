/// The Kolmogorov–Smirnov distance sup |F1 - F2| of two samples that need not be sorted.
///
/// Instead of sorting, both samples are counted into equal-width value buckets (one pass). The ECDF gap at
/// every bucket end is an attained value, and inside a bucket the gap cannot exceed the gap between the
/// bucket's opposite corners, so only the few buckets whose bound beats the best bucket-end gap are gathered
/// and searched (recursively; small ones by sorting and merging). Every gap is evaluated as
/// `Double(i) / n1 - Double(j) / n2` with the same counts a full merge would use, so the result is
/// bit-identical to the merge over sorted samples.
struct ECDFDistanceSearch {
    private let n1: Double
    private let n2: Double
    /// The largest gap found so far.
    private(set) var best = 0.0
    /// Below this many values (both samples together) a range is sorted and merged directly.
    static let sortLimit = 4096

    private init(count1: Int, count2: Int) {
        n1 = Double(count1)
        n2 = Double(count2)
    }

    /// sup |F1 - F2| over all observed values (scipy's `side="right"` ECDFs); samples must be finite, non-empty.
    /// - Complexity: O(n + m) expected: two counting passes and a gather pass, plus sorting a few buckets.
    static func distance(_ a: [Double], _ b: [Double]) -> Double {
        var search = ECDFDistanceSearch(count1: a.count, count2: b.count)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in search.scan(a, b, below1: 0, below2: 0) }
        }
        return search.best
    }

    /// The same distance for two ascending samples by one merge.
    static func distance(sorted a: [Double], _ b: [Double]) -> Double {
        var search = ECDFDistanceSearch(count1: a.count, count2: b.count)
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in search.merge(a, b, below1: 0, below2: 0) }
        }
        return search.best
    }

    /// Merges two ascending runs whose values all lie above `below1` / `below2` values of each whole sample,
    /// evaluating the gap after every tie group (the reference formulation).
    private mutating func merge(
        _ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>, below1: Int, below2: Int
    ) {
        var maxPlus = 0.0
        var maxMinus = 0.0
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            let value = j >= b.count || (i < a.count && a[i] <= b[j]) ? a[i] : b[j]
            while i < a.count && a[i] <= value { i += 1 }
            while j < b.count && b[j] <= value { j += 1 }
            let diff = Double(below1 + i) / n1 - Double(below2 + j) / n2
            if diff > maxPlus { maxPlus = diff }
            if -diff > maxMinus { maxMinus = -diff }
        }
        best = Swift.max(best, Swift.max(Swift.min(maxMinus, 1), maxPlus))
    }

    private func gap(_ i: Int, _ j: Int) -> Double {
        let diff = Double(i) / n1 - Double(j) / n2
        return Swift.max(-diff, diff)
    }

    private mutating func sortAndMerge(
        _ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>, below1: Int, below2: Int
    ) {
        let sortedA = a.sorted()
        let sortedB = b.sorted()
        sortedA.withUnsafeBufferPointer { a in
            sortedB.withUnsafeBufferPointer { b in merge(a, b, below1: below1, below2: below2) }
        }
    }

    /// Searches the values `a` and `b` (the parts of each sample inside one value range, unsorted), given
    /// the number of values of each sample below that range.
    private mutating func scan(
        _ a: UnsafeBufferPointer<Double>, _ b: UnsafeBufferPointer<Double>, below1: Int, below2: Int
    ) {
        let total = a.count + b.count
        if total <= ECDFDistanceSearch.sortLimit {
            sortAndMerge(a, b, below1: below1, below2: below2)
            return
        }
        var lo = Double.infinity
        var hi = -Double.infinity
        for v in a {
            lo = Swift.min(lo, v)
            hi = Swift.max(hi, v)
        }
        for v in b {
            lo = Swift.min(lo, v)
            hi = Swift.max(hi, v)
        }
        if lo == hi {
            best = Swift.max(best, gap(below1 + a.count, below2 + b.count))
            return
        }
        let buckets = Swift.min(16_384, Swift.max(256, total / 32))
        let scale = Double(buckets) / (hi - lo)
        guard scale.isFinite, scale > 0 else {
            sortAndMerge(a, b, below1: below1, below2: below2)
            return
        }
        let last = Double(buckets - 1)
        // Monotone in v: (v - lo) and the product round monotonically, so equal values share a bucket.
        @inline(__always) func bucket(_ v: Double) -> Int {
            let x = (v - lo) * scale
            return x < last ? Int(x) : buckets - 1
        }
        let counts1 = UnsafeMutableBufferPointer<Int>.allocate(capacity: buckets)
        let counts2 = UnsafeMutableBufferPointer<Int>.allocate(capacity: buckets)
        let slot = UnsafeMutableBufferPointer<Int32>.allocate(capacity: buckets)
        defer {
            counts1.deallocate()
            counts2.deallocate()
            slot.deallocate()
        }
        counts1.initialize(repeating: 0)
        counts2.initialize(repeating: 0)
        for v in a { counts1[bucket(v)] &+= 1 }
        for v in b { counts2[bucket(v)] &+= 1 }
        // Gaps at bucket ends (attained), then the buckets whose corner bound could beat them.
        var c1 = below1
        var c2 = below2
        for k in 0..<buckets {
            c1 += counts1[k]
            c2 += counts2[k]
            best = Swift.max(best, gap(c1, c2))
        }
        var candidates: [(bucket: Int, start1: Int, start2: Int, below1: Int, below2: Int, bound: Double)] = []
        var size1 = 0
        var size2 = 0
        c1 = below1
        c2 = below2
        for k in 0..<buckets {
            let e1 = c1 + counts1[k]
            let e2 = c2 + counts2[k]
            let bound = Swift.max(Double(e1) / n1 - Double(c2) / n2, Double(e2) / n2 - Double(c1) / n1)
            if bound > best && (e1 - c1) + (e2 - c2) > 1 {
                slot[k] = Int32(candidates.count)
                candidates.append((k, size1, size2, c1, c2, bound))
                size1 += e1 - c1
                size2 += e2 - c2
            } else {
                slot[k] = -1
            }
            c1 = e1
            c2 = e2
        }
        if candidates.isEmpty { return }
        let gathered1 = UnsafeMutableBufferPointer<Double>.allocate(capacity: Swift.max(size1, 1))
        let gathered2 = UnsafeMutableBufferPointer<Double>.allocate(capacity: Swift.max(size2, 1))
        var next1 = candidates.map(\.start1)
        var next2 = candidates.map(\.start2)
        defer {
            gathered1.deallocate()
            gathered2.deallocate()
        }
        for v in a {
            let s = Int(slot[bucket(v)])
            if s >= 0 {
                gathered1[next1[s]] = v
                next1[s] += 1
            }
        }
        for v in b {
            let s = Int(slot[bucket(v)])
            if s >= 0 {
                gathered2[next2[s]] = v
                next2[s] += 1
            }
        }
        for (s, candidate) in candidates.enumerated() where candidate.bound > best {
            scan(
                UnsafeBufferPointer(rebasing: gathered1[candidate.start1..<next1[s]]),
                UnsafeBufferPointer(rebasing: gathered2[candidate.start2..<next2[s]]),
                below1: candidate.below1, below2: candidate.below2)
        }
    }
}
