/// Sums doubles in NumPy's order (`np.sum` / `np.add.reduce`: eight accumulators in blocks of at most 128,
/// halves recursively above that), so means and totals match NumPy bit for bit. Confident learning compares
/// probabilities against means and rounds totals, so the last bit can decide whether an example is flagged.
enum PairwiseSum {
    /// The sum of `values` as `numpy.sum` computes it.
    static func sum(_ values: UnsafeBufferPointer<Double>) -> Double {
        sum(values, 0, values.count)
    }

    /// The sum of an array as `numpy.sum` computes it.
    static func sum(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { sum($0) }
    }

    private static func sum(_ a: UnsafeBufferPointer<Double>, _ start: Int, _ n: Int) -> Double {
        if n < 8 {
            var result = -0.0
            for i in start..<(start + n) { result += a[i] }
            return result
        }
        if n <= 128 {
            var r0 = a[start]
            var r1 = a[start + 1]
            var r2 = a[start + 2]
            var r3 = a[start + 3]
            var r4 = a[start + 4]
            var r5 = a[start + 5]
            var r6 = a[start + 6]
            var r7 = a[start + 7]
            var i = 8
            while i < n - n % 8 {
                r0 += a[start + i]
                r1 += a[start + i + 1]
                r2 += a[start + i + 2]
                r3 += a[start + i + 3]
                r4 += a[start + i + 4]
                r5 += a[start + i + 5]
                r6 += a[start + i + 6]
                r7 += a[start + i + 7]
                i += 8
            }
            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while i < n {
                result += a[start + i]
                i += 1
            }
            return result
        }
        var half = n / 2
        half -= half % 8
        return sum(a, start, half) + sum(a, start + half, n - half)
    }
}
