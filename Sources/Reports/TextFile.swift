import Foundation

/// Writes rendered text (SVG, HTML) to disk atomically: a temporary file renamed into place.
enum TextFile {
    /// - Throws: `ReportsError.Code.writeFailed` naming the path.
    static func write(_ text: String, to url: URL, what: String) throws {
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            throw ReportsError(
                .writeFailed,
                "could not write the \(what) to \(url.path): \(error.localizedDescription); "
                    + "check that the folder exists and is writable")
        }
    }
}
