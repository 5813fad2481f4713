import Datasets
import Foundation

/// Streams a synthetic generator to a CSV file in chunks, so millions of rows need little memory.
enum SyntheticFile {
    static let chunkRows = 65_536

    /// Writes `rows` rows to `path` through a temporary file renamed into place when complete.
    static func write<G: SyntheticGenerator>(_ generator: G, rows: Int, seed: UInt64, to path: String) throws {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder) else {
            throw CLIError.missingFile("folder '\(folder)' does not exist; create it or choose another --out")
        }
        let temporary = path + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        var generator = generator
        var random = SeededGenerator(seed: seed)
        do {
            let writer = try CSVWriter(path: temporary, columnNames: generator.columns.map(\.name))
            var remaining = rows
            while remaining > 0 {
                let count = min(chunkRows, remaining)
                try writer.write(generator.table(rows: count, using: &random))
                remaining -= count
            }
            try writer.close()
            guard rename(temporary, path) == 0 else {
                throw CLIError.missingFile("cannot write '\(path)': \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }
}
