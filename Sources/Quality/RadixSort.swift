/// A stable least-significant-digit radix sort of `OrderKey`s by value, 8 bits at a time, skipping the digits all
/// keys share (probabilities agree in their top bits). Keys given in ascending position come out in `OrderKey`
/// order, ties to the lower position, as a stable comparison sort would leave them, in O(8·n).
enum RadixSort {
    /// The positions of `keys` (which must be in ascending position) ordered by value, then position.
    static func positions(_ keys: [OrderKey]) -> [Int] {
        let count = keys.count
        guard count > 1 else { return keys.map(\.position) }
        var source = keys
        var target = keys
        var counts = [Int](repeating: 0, count: 256)
        source.withUnsafeMutableBufferPointer { from in
            target.withUnsafeMutableBufferPointer { to in
                counts.withUnsafeMutableBufferPointer { buckets in
                    var input = from
                    var output = to
                    var shift: UInt64 = 0
                    while shift < 64 {
                        for index in 0..<256 { buckets[index] = 0 }
                        for key in input { buckets[Int(truncatingIfNeeded: key.bits >> shift) & 255] += 1 }
                        let first = Int(truncatingIfNeeded: input[0].bits >> shift) & 255
                        if buckets[first] != count {
                            var start = 0
                            for index in 0..<256 {
                                let size = buckets[index]
                                buckets[index] = start
                                start += size
                            }
                            for key in input {
                                let digit = Int(truncatingIfNeeded: key.bits >> shift) & 255
                                output[buckets[digit]] = key
                                buckets[digit] += 1
                            }
                            swap(&input, &output)
                        }
                        shift += 8
                    }
                    if input.baseAddress != from.baseAddress {
                        for index in 0..<count { from[index] = input[index] }
                    }
                }
            }
        }
        return source.map(\.position)
    }
}
