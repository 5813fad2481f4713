import Foundation

/// Short, readable number labels for axes and summaries: `0.001`, `1e-4`, `2k`, `1.5M`.
///
/// Values from 0.001 up to 1000 print as plain decimals; larger ones take a `k`/`M`/`G`/`T` suffix; smaller ones
/// (and anything from 10^15) use `e` notation. Trailing zeros are dropped.
public enum CompactNumber {
    private static let units: [(unit: Double, suffix: String)] = [(1e3, "k"), (1e6, "M"), (1e9, "G"), (1e12, "T")]

    /// Formats a value.
    /// - Parameters:
    ///   - value: the number to format.
    ///   - step: the spacing of neighbouring labels (for axis ticks); it fixes the precision so neighbours differ.
    ///     Without it the label keeps four significant digits.
    /// - Returns: the label; `NaN`, `∞` and `-∞` for non-finite values.
    public static func format(_ value: Double, step: Double? = nil) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
        let magnitude = abs(value)
        if let step, step > 0, magnitude < step * 1e-9 { return "0" }
        if magnitude == 0 { return "0" }
        if magnitude < 0.001 * (1 - 1e-12) || magnitude >= 1e15 { return scientific(value, step: step) }
        if magnitude >= 1000 {
            var index = 0
            while index + 1 < units.count && magnitude >= units[index + 1].unit * (1 - 1e-12) { index += 1 }
            var text = decimal(value / units[index].unit, step: step.map { $0 / units[index].unit })
            if index + 1 < units.count, let scaled = Double(text), abs(scaled) >= 1000 {
                index += 1  // rounding carried over, e.g. 999_999 -> "1000k" -> "1M"
                text = decimal(value / units[index].unit, step: step.map { $0 / units[index].unit })
            }
            return text + units[index].suffix
        }
        let text = decimal(value, step: step)
        if Double(text).map({ abs($0) >= 1000 }) == true { return format(Double(text) ?? value, step: nil) }
        return text
    }

    /// A plain decimal with precision taken from `step` (or four significant digits).
    private static func decimal(_ value: Double, step: Double?) -> String {
        let digits: Int
        if let step, step > 0, step.isFinite {
            digits = max(0, -Int((Foundation.log10(step) + 1e-9).rounded(.down)))
        } else {
            digits = max(0, 3 - Int(Foundation.log10(abs(value)).rounded(.down)))
        }
        return trimmed(String(format: "%.\(min(digits, 12))f", value))
    }

    /// `m e k` notation such as `1e-4` or `2.5e-5`.
    private static func scientific(_ value: Double, step: Double?) -> String {
        var exponent = Int(Foundation.log10(abs(value)).rounded(.down))
        var digits = 3
        if let step, step > 0, step.isFinite {
            digits = max(0, min(6, exponent - Int((Foundation.log10(step) + 1e-9).rounded(.down))))
        }
        var mantissa = value / pow(10, Double(exponent))
        var text = trimmed(String(format: "%.\(digits)f", mantissa))
        if let rounded = Double(text), abs(rounded) >= 10 {
            exponent += 1
            mantissa = value / pow(10, Double(exponent))
            text = trimmed(String(format: "%.\(digits)f", mantissa))
        }
        return text + "e" + String(exponent)
    }

    /// Drops trailing zeros after a decimal point and turns `-0` into `0`.
    private static func trimmed(_ text: String) -> String {
        var text = text
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text == "-0" ? "0" : text
    }
}
