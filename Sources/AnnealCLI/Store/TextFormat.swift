import Foundation

/// How tracking commands print dates, durations, sizes, numbers and identifiers in text output.
enum TextFormat {
    /// Characters of a run id or hash shown in tables; commands accept any unique prefix.
    static let shortIDLength = 12

    /// ISO 8601 in UTC with milliseconds, e.g. `2026-11-29T06:44:38.123Z`.
    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }

    /// ISO 8601 in UTC to the second, for tables.
    static func time(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt))
    }

    /// A duration such as `850ms`, `12.4s`, `3m05s` or `2h07m`.
    static func duration(_ seconds: TimeInterval) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "-" }
        if seconds < 1 { return "\(Int((seconds * 1000).rounded()))ms" }
        if seconds < 60 { return String(format: "%.1fs", seconds) }
        let whole = Int(seconds.rounded())
        if whole < 3600 { return String(format: "%dm%02ds", whole / 60, whole % 60) }
        return String(format: "%dh%02dm", whole / 3600, (whole % 3600) / 60)
    }

    /// A byte count such as `512 B`, `12.3 KB` or `4.0 MB` (powers of 1024).
    static func bytes(_ count: Int64) -> String {
        if count < 1024 { return "\(count) B" }
        var value = Double(count) / 1024
        for unit in ["KB", "MB", "GB"] {
            if value < 1024 { return String(format: "%.1f", value) + " " + unit }
            value /= 1024
        }
        return String(format: "%.1f TB", value)
    }

    /// A metric value with up to 6 significant digits; NaN and infinities spelled out.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "inf" : "-inf" }
        return String(format: "%.6g", value)
    }

    /// The first characters of an id or hash.
    static func short(_ id: String) -> String { String(id.prefix(shortIDLength)) }
}
