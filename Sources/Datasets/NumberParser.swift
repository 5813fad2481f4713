#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Parses decimal numbers from bytes: an exact fast path for common numbers, `strtod` for the rest.
enum NumberParser {
    /// Exact powers of ten representable in a `Double` (10^0 ... 10^22).
    static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22,
    ]

    /// Parses `[sign] digits [. digits] [e [sign] digits]` starting at `start`, stopping at the first byte that
    /// cannot continue the number. Returns the value and the end position, or `nil` when the text is not such a
    /// number or the fast path cannot round it exactly (then the caller uses `parseSlow`).
    ///
    /// Exactness: a mantissa below 2^53 times or divided by an exact power of ten up to 10^22 is one correctly
    /// rounded IEEE operation (Clinger's fast path); other mantissas of up to 19 digits go through Eisel–Lemire.
    /// Both give `strtod`'s result.
    @inline(__always)
    static func parseFast(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>)
        -> (value: Double, end: UnsafePointer<UInt8>)?
    {
        var p = start
        var negative = false
        if p < end {
            if p.pointee == UInt8(ascii: "-") {
                negative = true
                p += 1
            } else if p.pointee == UInt8(ascii: "+") {
                p += 1
            }
        }
        var mantissa: UInt64 = 0
        var digits = digitRun(&p, end, &mantissa)
        var exponent = 0
        if p < end && p.pointee == UInt8(ascii: ".") {
            p += 1
            let fraction = digitRun(&p, end, &mantissa)
            digits &+= fraction
            exponent = -fraction
        }
        guard digits > 0, digits <= 19 else { return nil }
        if p < end && (p.pointee | 0x20) == UInt8(ascii: "e") {
            p += 1
            var exponentNegative = false
            if p < end && (p.pointee == UInt8(ascii: "-") || p.pointee == UInt8(ascii: "+")) {
                exponentNegative = p.pointee == UInt8(ascii: "-")
                p += 1
            }
            var written = 0
            var anyExponentDigit = false
            while p < end {
                let digit = p.pointee &- UInt8(ascii: "0")
                if digit > 9 { break }
                anyExponentDigit = true
                if written < 100_000 { written = written &* 10 &+ Int(digit) }
                p += 1
            }
            guard anyExponentDigit else { return nil }
            exponent &+= exponentNegative ? -written : written
        }
        var value: Double
        if mantissa <= (UInt64(1) << 53) && exponent >= -22 && exponent <= 22 {
            value = Double(mantissa)
            if exponent != 0 && mantissa != 0 {
                value = powersOfTen.withUnsafeBufferPointer { powers in
                    exponent < 0 ? value / powers[-exponent] : value * powers[exponent]
                }
            }
        } else {
            guard let exact = EiselLemire.value(mantissa: mantissa, exponent: exponent) else { return nil }
            value = exact
        }
        return (negative ? -value : value, p)
    }

    /// Appends the decimal digits at `p` to `mantissa` (wrapping; callers reject more than 19 digits), advances
    /// `p` past them and returns how many there were. Reads eight bytes at a time while eight remain (SWAR).
    @inline(__always)
    private static func digitRun(
        _ p: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, _ mantissa: inout UInt64
    ) -> Int {
        var count = 0
        while end - p >= 8 {
            let word = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self).littleEndian ^ 0x3030_3030_3030_3030
            // High bit of each byte set where the byte is not a digit (no carries between bytes).
            let notDigit = (((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7676_7676_7676_7676) | word) & 0x8080_8080_8080_8080
            if notDigit == 0 {
                mantissa = mantissa &* 100_000_000 &+ eightDigits(word)
                p += 8
                count &+= 8
                continue
            }
            let leading = notDigit.trailingZeroBitCount >> 3
            if leading > 0 {
                mantissa = mantissa &* smallPowersOfTen(leading) &+ eightDigits(word << UInt64(64 - 8 * leading))
                p += leading
                count &+= leading
            }
            return count
        }
        while p < end {
            let digit = p.pointee &- UInt8(ascii: "0")
            if digit > 9 { break }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            p += 1
            count &+= 1
        }
        return count
    }

    /// The value of eight digit bytes (0...9 each, first digit in the lowest byte).
    @inline(__always)
    private static func eightDigits(_ word: UInt64) -> UInt64 {
        let pairs = (word &* 10) &+ (word >> 8)
        let mask: UInt64 = 0x0000_00FF_0000_00FF
        let high = (pairs & mask) &* (100 &+ (1_000_000 << 32))
        let low = ((pairs >> 16) & mask) &* (1 &+ (10_000 << 32))
        return (high &+ low) >> 32
    }

    /// 10^0 ... 10^8 as integers.
    private static let integerPowersOfTen: [UInt64] = [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
    ]

    @inline(__always)
    private static func smallPowersOfTen(_ exponent: Int) -> UInt64 {
        integerPowersOfTen.withUnsafeBufferPointer { $0[exponent] }
    }

    /// Parses the whole of `bytes` (surrounding spaces allowed) as a decimal number, `inf` or `infinity`.
    /// Returns `nil` when any other text remains. Hexadecimal and `nan` are rejected.
    static func parseSlow(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var lower = 0
        var upper = bytes.count
        while lower < upper && (bytes[lower] == 0x20 || bytes[lower] == 0x09) { lower += 1 }
        while upper > lower && (bytes[upper - 1] == 0x20 || bytes[upper - 1] == 0x09) { upper -= 1 }
        guard lower < upper, upper - lower < 400 else { return nil }
        for index in lower..<upper {
            let byte = bytes[index] | 0x20
            if byte == UInt8(ascii: "x") || (byte == UInt8(ascii: "n") && !isInfinityText(bytes, lower, upper)) {
                return nil
            }
        }
        return withUnsafeTemporaryAllocation(of: CChar.self, capacity: upper - lower + 1) { text in
            for index in lower..<upper { text[index - lower] = CChar(bitPattern: bytes[index]) }
            text[upper - lower] = 0
            var endPointer: UnsafeMutablePointer<CChar>?
            let value = strtod(text.baseAddress!, &endPointer)
            guard let endPointer, endPointer - text.baseAddress! == upper - lower else { return nil }
            return value
        }
    }

    private static func isInfinityText(_ bytes: UnsafeBufferPointer<UInt8>, _ lower: Int, _ upper: Int) -> Bool {
        var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[lower..<upper]), as: UTF8.self).lowercased()
        if text.hasPrefix("+") || text.hasPrefix("-") { text.removeFirst() }
        return text == "inf" || text == "infinity"
    }
}
