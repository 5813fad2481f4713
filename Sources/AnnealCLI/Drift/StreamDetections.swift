import Foundation

/// The output of `anneal drift stream`: where the detector signalled, as 0-based row indexes.
struct StreamDetections: Encodable {
    let detector: String
    let rows: Int
    var detections: [Int] = []
    var warnings: [Int] = []

    init(detector: String, rows: Int) {
        self.detector = detector
        self.rows = rows
    }

    /// One line of JSON with sorted keys.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    /// A short text report; runs of consecutive warning rows are shown as ranges.
    func text(column: String, hasWarnings: Bool) -> String {
        let count = detections.count
        var lines = ["\(detector) on column '\(column)' (\(rows) rows): \(count) detection\(count == 1 ? "" : "s")"]
        lines.append(
            "detections (0-based rows): \(count == 0 ? "none" : detections.map(String.init).joined(separator: ", "))")
        if hasWarnings {
            lines.append("warnings (0-based rows): \(warnings.isEmpty ? "none" : Self.ranges(warnings))")
        } else {
            lines.append("warnings: \(detector) has no warning zone")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Sorted indexes as `3, 7-9, 12`.
    static func ranges(_ indexes: [Int]) -> String {
        var parts: [String] = []
        var start = indexes.first ?? 0
        var end = start
        for index in indexes.dropFirst() {
            if index == end + 1 {
                end = index
                continue
            }
            parts.append(start == end ? "\(start)" : "\(start)-\(end)")
            (start, end) = (index, index)
        }
        if !indexes.isEmpty { parts.append(start == end ? "\(start)" : "\(start)-\(end)") }
        return parts.joined(separator: ", ")
    }
}
