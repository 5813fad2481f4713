import Datasets
import Drift
import Foundation

/// The reference side of `anneal drift`: a data file summarised on the spot, or a profile saved earlier by
/// `anneal drift profile`, so monitoring does not re-read the reference data.
struct DriftReference: Sendable {
    /// The summary every comparison runs against.
    let profile: ReferenceProfile
    /// Whether it was read from a saved profile.
    let isSavedProfile: Bool
    /// Rows of the reference data file (`nil` for a saved profile).
    let rows: Int?

    /// Whether `path` holds a saved profile: a `.json` name, or text starting with `{`.
    static func isProfile(_ path: String) -> Bool {
        if path.lowercased().hasSuffix(".json") { return true }
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 64)) ?? Data()
        return head.first { !$0.isASCIIWhitespace } == UInt8(ascii: "{")
    }

    /// Loads a saved profile or summarises a data file.
    /// - Parameters:
    ///   - path: the `--reference` argument.
    ///   - ignoring: columns to leave out.
    ///   - bins: quantile bins for PSI and Jensen–Shannon when summarising a data file.
    ///   - sketchSize: keep only this many quantiles of long numeric columns (approximate KS and Wasserstein).
    /// - Throws: `CLIError` (66 missing file, 65 malformed file or unusable column).
    static func load(_ path: String, ignoring: Set<String>, bins: Int = 10, sketchSize: Int? = nil) throws
        -> DriftReference
    {
        try TableFile.requireReadable(path, role: "reference file")
        if isProfile(path) {
            return DriftReference(profile: try readProfile(path), isSavedProfile: true, rows: nil)
        }
        let table = try TableFile.read(path, role: "reference file")
        let columns = table.columns.filter { !ignoring.contains($0.name) }.map(DriftColumn.init)
        do {
            let profile = try ReferenceProfile(columns, bins: bins, sketchSize: sketchSize)
            return DriftReference(profile: profile, isSavedProfile: false, rows: table.rowCount)
        } catch let error as DriftError {
            throw CLIError.data("reference file '\(path)': \(error.message) (or leave the column out with --ignore)")
        }
    }

    /// Reads a profile written by `anneal drift profile`.
    static func readProfile(_ path: String) throws -> ReferenceProfile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError.missingFile("reference profile '\(path)' cannot be read; check its permissions")
        }
        do {
            return try JSONDecoder().decode(ReferenceProfile.self, from: data)
        } catch {
            throw CLIError.data(
                "'\(path)' is not a reference profile (\(Self.reason(error))); write one with "
                    + "'anneal drift profile DATA.csv --out \(URL(fileURLWithPath: path).lastPathComponent)'")
        }
    }

    /// A short reason for a decoding failure.
    private static func reason(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "no field '\(key.stringValue)'"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "bad value at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted: "not valid JSON"
        default: "\(error)"
        }
    }

    /// The columns of `current` to compare, in file order, checked against the profile.
    /// - Throws: `CLIError.data` naming columns that are only on one side.
    func currentColumns(_ current: Table, path: String, ignoring: Set<String>) throws -> [Column] {
        let columns = current.columns.filter { !ignoring.contains($0.name) }
        let extra = columns.map(\.name).filter { profile.column($0) == nil }
        let names = Set(columns.map(\.name))
        let absent = profile.columns.map(\.name).filter { !names.contains($0) && !ignoring.contains($0) }
        if !extra.isEmpty || !absent.isEmpty {
            var parts: [String] = []
            if !extra.isEmpty { parts.append("only in the current data: \(extra.joined(separator: ", "))") }
            if !absent.isEmpty { parts.append("only in the reference: \(absent.joined(separator: ", "))") }
            throw CLIError.data(
                "reference and current '\(path)' have different columns (\(parts.joined(separator: "; "))); "
                    + "leave them out with --ignore COL or fix the files")
        }
        guard !columns.isEmpty else {
            throw CLIError.data("no column left to compare in '\(path)' after --ignore; ignore fewer columns")
        }
        return columns
    }
}

extension UInt8 {
    fileprivate var isASCIIWhitespace: Bool { self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D }
}
