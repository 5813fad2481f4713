import Tracking

/// Finds a registered model by name, with an error that says how to list them.
enum ModelReference {
    /// The registered model named `name`.
    /// - Throws: `CLIError.data` (65) naming the model and suggesting `anneal registry list`.
    static func resolve(_ name: String, in store: any Store) async throws -> RegisteredModel {
        let models = try await store.models()
        if let model = models.first(where: { $0.name == name }) { return model }
        let known = models.isEmpty ? "the registry is empty" : "registered: " + models.map(\.name).joined(separator: ", ")
        throw CLIError.data(
            "no registered model named '\(name)' (\(known)); list them with `anneal registry list` or register one "
                + "from a run with `anneal registry register RUN --name \(name)` (runs: `anneal runs list`)")
    }
}
