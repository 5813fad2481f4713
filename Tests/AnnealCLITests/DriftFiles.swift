import Foundation

/// Small, deterministic data files for the drift and data-check tests.
enum DriftFiles {
    /// The fractional part of `i · φ + offset`: a low-discrepancy sequence that fills [0, 1) evenly, so two
    /// samples of it with different offsets have the same distribution and a KS statistic near 0.
    static func evenlySpread(_ i: Int, offset: Double) -> Double {
        let value = Double(i) * 0.618_033_988_749_894_8 + offset
        return value - value.rounded(.down)
    }

    /// `rows` rows of `a,b,colour`: `a` and `b` spread over [0, 1) (plus `shiftA` on `a`), `colour` cycling
    /// red, green, blue.
    static func abColour(rows: Int, offset: Double, shiftA: Double) -> String {
        let colours = ["red", "green", "blue"]
        var text = "a,b,colour\n"
        for i in 0..<rows {
            let a = evenlySpread(i, offset: offset) + shiftA
            let b = evenlySpread(i + 7919, offset: offset + 0.3)
            text += "\(a),\(b),\(colours[i % 3])\n"
        }
        return text
    }

    /// Writes `text` to `name` in `folder` and returns its path.
    @discardableResult
    static func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Parses JSON output as a dictionary.
    static func object(_ output: String) throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(output.utf8))
        guard let object = value as? [String: Any] else { throw CocoaError(.coderReadCorrupt) }
        return object
    }
}
