import Foundation

extension Chart {
    /// Writes the chart as an `.svg` file, atomically (a temporary file renamed into place).
    /// - Parameter url: the file to write.
    /// - Throws: `ReportsError.Code.writeFailed` naming the path when the file cannot be written.
    public func writeSVG(to url: URL) throws {
        try TextFile.write(svg(), to: url, what: "chart")
    }
}
