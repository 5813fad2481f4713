/// A sample of finite values in ascending order: the form every numeric two-sample test works on.
///
/// Sorting uses radix sorts on the IEEE-754 bit pattern (O(n)), several times faster than a comparison sort on
/// large columns: large samples go by their top 16 bits into cache-sized buckets first (`bucketSorted`), the
/// rest (and samples packed into a narrow range) by a global LSD radix sort.
public struct SortedSample: Codable, Sendable, Equatable {
    /// The values in ascending order (no NaN, no infinity).
    public let values: [Double]

    /// The number of values.
    public var count: Int { values.count }

    /// Sorts `values`.
    /// - Throws: `DriftError` `.nonFiniteValue` if a value is NaN or infinite.
    /// - Complexity: O(n).
    public init(_ values: [Double], name: String = "sample") throws {
        try SortedSample.requireFinite(values, name: name)
        self.values = SortedSample.radixSorted(values)
    }

    /// Throws `.nonFiniteValue` naming the first NaN or infinite value of `values`, if any.
    static func requireFinite(_ values: [Double], name: String) throws {
        if let index = firstNonFinite(values) {
            throw DriftError(
                .nonFiniteValue, "\(name)[\(index)] = \(values[index]); drop or impute missing values first")
        }
    }

    /// The index of the first NaN or infinite value, if any. A vectorised screen runs over the whole array
    /// before any element-wise search.
    static func firstNonFinite(_ values: [Double]) -> Int? {
        let finite = values.withUnsafeBufferPointer { buffer -> Bool in
            // v - v is 0 for finite v and NaN for NaN and ±∞; NaN survives the sums. Eight lanes vectorise.
            var lanes = SIMD8<Double>()
            let whole = buffer.count / 8 * 8
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                var i = 0
                while i < whole {
                    let v = raw.loadUnaligned(fromByteOffset: i * 8, as: SIMD8<Double>.self)
                    lanes += v - v
                    i += 8
                }
            }
            var tail = 0.0
            for i in whole..<buffer.count { tail += buffer[i] - buffer[i] }
            return (lanes.sum() + tail) == 0
        }
        if finite { return nil }
        return values.withUnsafeBufferPointer { buffer in buffer.firstIndex { !$0.isFinite } }
    }

    /// Wraps values the caller guarantees are finite and already ascending.
    public init(alreadySorted values: [Double]) {
        self.values = values
    }

    /// The `q`-quantile with linear interpolation between order statistics (numpy's default `linear` method).
    public func quantile(_ q: Double) -> Double {
        guard let first = values.first else { return .nan }
        if values.count == 1 { return first }
        let position = q * Double(values.count - 1)
        let lower = Int(position.rounded(.down))
        let upper = Swift.min(lower + 1, values.count - 1)
        let fraction = position - Double(lower)
        // numpy's `_lerp`: a + (b - a) * t, evaluated from the nearer end for t >= 0.5.
        let a = values[lower]
        let b = values[upper]
        let diff = b - a
        return fraction >= 0.5 ? b - diff * (1 - fraction) : a + diff * fraction
    }

    /// Number of values `<= x` (numpy `searchsorted(side="right")`).
    public func countAtMost(_ x: Double) -> Int {
        var low = 0
        var high = values.count
        values.withUnsafeBufferPointer { buffer in
            while low < high {
                let mid = (low + high) >> 1
                if buffer[mid] <= x { low = mid + 1 } else { high = mid }
            }
        }
        return low
    }

    /// Number of values `< x` (numpy `searchsorted(side="left")`).
    public func countLess(than x: Double) -> Int {
        var low = 0
        var high = values.count
        values.withUnsafeBufferPointer { buffer in
            while low < high {
                let mid = (low + high) >> 1
                if buffer[mid] < x { low = mid + 1 } else { high = mid }
            }
        }
        return low
    }

    /// Population mean and standard deviation (ddof = 0, numpy `std`).
    public func meanAndStandardDeviation() -> (mean: Double, std: Double) {
        guard !values.isEmpty else { return (.nan, .nan) }
        return values.withUnsafeBufferPointer { buffer in
            var sum = 0.0
            for value in buffer { sum += value }
            let mean = sum / Double(buffer.count)
            var squares = 0.0
            for value in buffer { squares += (value - mean) * (value - mean) }
            return (mean, (squares / Double(buffer.count)).squareRoot())
        }
    }

    static func key(_ value: Double) -> UInt64 {
        let bits = (value == 0 ? 0.0 : value).bitPattern
        return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
    }

    static func value(_ key: UInt64) -> Double {
        Double(bitPattern: key & (1 << 63) != 0 ? key & ~(1 << 63) : ~key)
    }

    /// Stable LSD radix sort, 11 bits per pass (6 passes), skipping passes where every key shares the digit.
    /// The first scatter reads the input (making keys on the fly) and the last writes values back, so no
    /// separate key or conversion pass touches memory.
    static func radixSorted(_ input: [Double]) -> [Double] {
        let n = input.count
        if n < 256 { return input.map { $0 == 0 ? 0.0 : $0 }.sorted() }
        if let sorted = bucketSorted(input) { return sorted }
        let keys = UnsafeMutablePointer<UInt64>.allocate(capacity: n)
        let counts = UnsafeMutablePointer<Int>.allocate(capacity: 2048 * 6)
        let offsets = UnsafeMutablePointer<Int>.allocate(capacity: 2048)
        defer {
            keys.deallocate()
            counts.deallocate()
            offsets.deallocate()
        }
        counts.initialize(repeating: 0, count: 2048 * 6)
        return input.withUnsafeBufferPointer { source in
            for i in 0..<n {
                let k = key(source[i])
                counts[Int(k & 2047)] += 1
                counts[2048 + Int((k >> 11) & 2047)] += 1
                counts[4096 + Int((k >> 22) & 2047)] += 1
                counts[6144 + Int((k >> 33) & 2047)] += 1
                counts[8192 + Int((k >> 44) & 2047)] += 1
                counts[10240 + Int(k >> 55)] += 1
            }
            let passes = (0..<6).filter { pass in !(0..<2048).contains { counts[pass * 2048 + $0] == n } }
            // The output array's storage doubles as a scatter buffer (saving one allocation of n words).
            return [Double](unsafeUninitializedCapacity: n) { output, initialized in
                let out = UnsafeMutableRawPointer(output.baseAddress!).bindMemory(to: UInt64.self, capacity: n)
                if passes.isEmpty {
                    for i in 0..<n { out[i] = value(key(source[i])).bitPattern }
                }
                for (t, pass) in passes.enumerated() {
                    let histogram = counts + pass * 2048
                    var running = 0
                    for digit in 0..<2048 {
                        offsets[digit] = running
                        running += histogram[digit]
                    }
                    let shift = UInt64(pass * 11)
                    // Destinations alternate so that the last pass lands in the output.
                    let to = (passes.count - 1 - t) % 2 == 0 ? out : keys
                    let from = to == out ? keys : out
                    let (first, last) = (t == 0, t == passes.count - 1)
                    for i in 0..<n {
                        let k = first ? key(source[i]) : from[i]
                        let digit = Int((k >> shift) & 2047)
                        to[offsets[digit]] = last ? value(k).bitPattern : k
                        offsets[digit] += 1
                    }
                }
                UnsafeMutableRawPointer(out).bindMemory(to: Double.self, capacity: n)
                initialized = n
            }
        }
    }
}
