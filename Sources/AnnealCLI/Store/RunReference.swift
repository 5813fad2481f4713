import Foundation
import Tracking

/// Finds the run a user means by a full id or a unique prefix of one (as `anneal runs list` prints them).
enum RunReference {
    /// The run with id `text`, or the only run whose id starts with `text`.
    /// - Throws: `CLIError.data` (65) naming the id and suggesting `anneal runs list`, or listing the ambiguous matches.
    static func resolve(_ text: String, in store: any Store) async throws -> Run {
        let id = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard !id.isEmpty else { throw CLIError(kind: .usage, message: "the run id is empty; see `anneal runs list`") }
        do {
            return try await store.run(id: id)
        } catch let error as TrackingError where error.code == .notFound {
            // Not a full id: try it as a prefix below.
        }
        let matches = try await store.runs(experiment: nil, status: nil).filter { $0.id.hasPrefix(id) }
        switch matches.count {
        case 1: return matches[0]
        case 0:
            throw CLIError.data("no run with id '\(text)' in \(store.location); list runs with `anneal runs list`")
        default:
            let shown = matches.prefix(5).map(\.id).joined(separator: ", ")
            throw CLIError.data(
                "'\(text)' matches \(matches.count) runs (\(shown)\(matches.count > 5 ? ", ..." : "")); give more of the id")
        }
    }
}
