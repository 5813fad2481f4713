import Foundation

/// How numbers are written in findings and reports.
enum NumberText {
    /// The shortest text that reads back to the same value, without ".0" for integers (as `Column.text(at:)`).
    static func exact(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// Four significant digits (integers in full), for messages.
    static func short(_ value: Double) -> String {
        if value == value.rounded() && abs(value) < 1e15 { return String(Int64(value)) }
        return String(format: "%.4g", value)
    }
}
