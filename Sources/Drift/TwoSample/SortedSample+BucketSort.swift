extension SortedSample {
    /// Sorts a large sample by the top 16 bits of its order-preserving keys first (sign, exponent, 4 mantissa
    /// bits): one counting pass, one scatter into the buckets, then each bucket, small enough to stay in the
    /// cache, sorted on its low 48 bits. Two passes over main memory instead of the seven of a global LSD radix
    /// sort. Returns `nil` when one bucket would hold more than a sixteenth of the values (values packed into a
    /// narrow range), where the global sort is the better choice.
    static func bucketSorted(_ input: [Double]) -> [Double]? {
        let n = input.count
        guard n >= 1 << 16, n < Int(Int32.max) else { return nil }
        let bucketCount = 1 << 16
        var counts = [Int32](repeating: 0, count: bucketCount)
        input.withUnsafeBufferPointer { values in
            counts.withUnsafeMutableBufferPointer { counts in
                for value in values { counts[Int(truncatingIfNeeded: key(value) >> 48)] &+= 1 }
            }
        }
        guard let largest = counts.max(), Int(largest) <= n / 16 else { return nil }
        var cursors = [Int](repeating: 0, count: bucketCount)
        var running = 0
        for bucket in 0..<bucketCount {
            cursors[bucket] = running
            running += Int(counts[bucket])
        }
        var keys = [UInt64](repeating: 0, count: n)
        var scratch = [UInt64](repeating: 0, count: Int(largest))
        keys.withUnsafeMutableBufferPointer { keys in
            input.withUnsafeBufferPointer { values in
                cursors.withUnsafeMutableBufferPointer { cursors in
                    for value in values {
                        let k = key(value)
                        let bucket = Int(truncatingIfNeeded: k >> 48)
                        keys[cursors[bucket]] = k
                        cursors[bucket] &+= 1
                    }
                }
            }
            scratch.withUnsafeMutableBufferPointer { scratch in
                var start = 0
                for bucket in 0..<bucketCount where counts[bucket] > 0 {
                    let end = start + Int(counts[bucket])
                    sortLow48(UnsafeMutableBufferPointer(rebasing: keys[start..<end]), scratch: scratch)
                    start = end
                }
            }
        }
        return keys.map(value)
    }

    /// Sorts keys that share their top 16 bits: insertion sort when few, else LSD radix on bits 0–47, 8 at a
    /// time, skipping digits all keys share.
    static func sortLow48(_ keys: UnsafeMutableBufferPointer<UInt64>, scratch: UnsafeMutableBufferPointer<UInt64>) {
        let n = keys.count
        if n <= 48 {
            for i in 1..<max(n, 1) {
                let k = keys[i]
                var j = i
                while j > 0 && keys[j - 1] > k {
                    keys[j] = keys[j - 1]
                    j -= 1
                }
                keys[j] = k
            }
            return
        }
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 256 * 6) { counts in
            counts.initialize(repeating: 0)
            for k in keys {
                for digit in 0..<6 {
                    counts[digit &* 256 &+ Int(truncatingIfNeeded: k >> UInt64(digit &* 8)) & 255] &+= 1
                }
            }
            var from = keys
            var to = UnsafeMutableBufferPointer(rebasing: scratch[0..<n])
            for digit in 0..<6 {
                let histogram = UnsafeMutableBufferPointer(rebasing: counts[(digit * 256)..<((digit + 1) * 256)])
                if histogram.contains(n) { continue }
                var running = 0
                for index in 0..<256 {
                    let size = histogram[index]
                    histogram[index] = running
                    running += size
                }
                let shift = UInt64(digit * 8)
                for k in from {
                    let index = Int(truncatingIfNeeded: k >> shift) & 255
                    to[histogram[index]] = k
                    histogram[index] &+= 1
                }
                swap(&from, &to)
            }
            if from.baseAddress != keys.baseAddress {
                for index in 0..<n { keys[index] = from[index] }
            }
        }
    }
}
