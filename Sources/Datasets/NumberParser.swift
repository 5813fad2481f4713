#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Parses decimal numbers from bytes: an exact fast path for common numbers, `strtod` for the rest.
enum NumberParser {
    /// Exact powers of ten representable in a `Double` (10^0 ... 10^22).
    @usableFromInline static let powersOfTen: [Double] = (0...22).map { exponent in
        var value = 1.0
        for _ in 0..<exponent { value *= 10 }
        return value
    }

    /// Parses `[sign] digits [. digits] [e [sign] digits]` starting at `start`, stopping at the first byte that
    /// cannot continue the number. Returns the value and the end position, or `nil` when the text is not such a
    /// number or the fast path cannot round it exactly (then the caller uses `parseSlow`).
    ///
    /// Exactness (Clinger's fast path): a mantissa below 2^53 times or divided by an exact power of ten up to
    /// 10^22 is one correctly rounded IEEE operation, so the result equals `strtod`'s.
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
        var significant = 0
        var exponent = 0
        var anyDigit = false
        while p < end {
            let digit = p.pointee &- UInt8(ascii: "0")
            if digit > 9 { break }
            anyDigit = true
            if mantissa != 0 || digit != 0 { significant += 1 }
            mantissa = mantissa &* 10 &+ UInt64(digit)
            p += 1
        }
        if p < end && p.pointee == UInt8(ascii: ".") {
            p += 1
            while p < end {
                let digit = p.pointee &- UInt8(ascii: "0")
                if digit > 9 { break }
                anyDigit = true
                if mantissa != 0 || digit != 0 { significant += 1 }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                exponent -= 1
                p += 1
            }
        }
        guard anyDigit, significant <= 19 else { return nil }
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
                if written < 100_000 { written = written * 10 + Int(digit) }
                p += 1
            }
            guard anyExponentDigit else { return nil }
            exponent += exponentNegative ? -written : written
        }
        guard mantissa <= (UInt64(1) << 53) else { return nil }
        var value = Double(mantissa)
        if exponent != 0 && mantissa != 0 {
            guard exponent >= -22, exponent <= 22 else { return nil }
            value = exponent < 0 ? value / powersOfTen[-exponent] : value * powersOfTen[exponent]
        }
        return (negative ? -value : value, p)
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
