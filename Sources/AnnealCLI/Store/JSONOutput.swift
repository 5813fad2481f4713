import Foundation

/// JSON as the tracking commands print it: sorted keys, ISO 8601 dates with milliseconds, and NaN or infinities as
/// the strings `"NaN"`, `"Infinity"`, `"-Infinity"` (the spelling the store uses), so no value is lost.
enum JSONOutput {
    /// Encodes `value` as indented JSON (for `--format json`).
    static func pretty<T: Encodable>(_ value: T) throws -> String {
        try encode(value, formatting: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
    }

    /// Encodes `value` on one line (for JSON Lines).
    static func line<T: Encodable>(_ value: T) throws -> String {
        try encode(value, formatting: [.sortedKeys, .withoutEscapingSlashes])
    }

    private static func encode<T: Encodable>(_ value: T, formatting: JSONEncoder.OutputFormatting) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = formatting
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(TextFormat.timestamp(date))
        }
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw CLIError.data("cannot encode the result as JSON: \(error)")
        }
    }
}
