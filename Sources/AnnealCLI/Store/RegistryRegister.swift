import ArgumentParser
import Foundation
import Tracking

/// `anneal registry register RUN --name NAME`: a run's model becomes the model's next version.
struct RegistryRegister: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "register",
        abstract: "Register a run's model artifact as the next version of a named model.",
        discussion: """
            The artifact is the run's latest artifact of kind 'model' unless --artifact names another (a sha256 or \
            a unique prefix, see `anneal runs show RUN`). Its bytes are re-hashed first: a corrupt artifact is not \
            registered. The version records the last value of each of the run's metric series and its training \
            data card. The new version is an audit event; --alias also points an alias at it (with --reason).
            """)

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: ArgumentHelp("Run id or a unique prefix of one.", valueName: "run"))
    var runID: String

    @Option(help: "The model's name, e.g. churn.")
    var name: String

    @Option(help: "The artifact to register: its sha256 or a unique prefix (default: the run's model artifact).")
    var artifact: String?

    @Option(name: .customLong("description"), help: "Describes the model when this registers it for the first time.")
    var modelDescription: String = ""

    @Option(help: "Also point this alias (e.g. challenger) at the new version.")
    var alias: String?

    @OptionGroup var change: ChangeOptions

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    func validate() throws {
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--name is empty; give the model a name such as 'churn'")
        }
        if let alias, alias.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--alias is empty; give an alias such as 'challenger'")
        }
        if change.reason != nil, alias == nil {
            throw ValidationError(
                "--reason is kept with an alias move: add --alias NAME, or leave --reason out (a new version records its run and actor)")
        }
    }

    func run() async throws {
        try await reportingErrors {
            let (version, chosen, aliasChange) = try await storeOptions.withStore { store in
                let run = try await RunReference.resolve(runID, in: store)
                if run.status != .finished {
                    Terminal.standardError.write("note: run \(run.id) is \(run.status.rawValue), not FINISHED\n")
                }
                let chosen = try await Self.chooseArtifact(artifact, of: run, store: store)
                do {
                    _ = try await store.readArtifact(sha256: chosen.sha256)
                } catch let error as TrackingError {
                    throw CLIError(
                        kind: CLIError(tracking: error).kind,
                        message: "cannot register \(chosen.name) of run \(run.id): \(error.message)")
                }
                if !modelDescription.isEmpty {
                    _ = try await store.registerModel(named: name, description: modelDescription)
                }
                let version = try await store.createModelVersion(
                    model: name, runID: run.id, artifactSHA256: chosen.sha256,
                    metrics: try await Self.finalMetrics(of: run, store: store), dataCard: Self.dataCard(of: run),
                    actor: change.resolvedActor)
                var aliasChange: AliasChange?
                if let alias {
                    aliasChange = try await store.setAlias(
                        alias, model: name, version: version.version, actor: change.resolvedActor, reason: change.resolvedReason)
                }
                return (version, chosen, aliasChange)
            }
            switch format {
            case .json: print(try JSONOutput.pretty(version))
            case .text:
                print(
                    "registered \(version.model) version \(version.version) from run \(version.runID) "
                        + "(\(chosen.name), sha256 \(TextFormat.short(chosen.sha256)))")
                if let aliasChange { print(RegistryAlias.describe(aliasChange)) }
            }
        }
    }

    /// The artifact named by `reference` (a sha256 prefix) among the run's, or the run's latest model artifact.
    static func chooseArtifact(_ reference: String?, of run: Run, store: any Store) async throws -> Artifact {
        let artifacts = try await store.artifacts(runID: run.id)
        guard let reference else {
            guard let model = artifacts.last(where: { $0.kind == "model" }) else {
                let kinds = artifacts.isEmpty ? "no artifacts" : "only " + artifacts.map { "\($0.name) (\($0.kind))" }.joined(separator: ", ")
                throw CLIError.data(
                    "run \(run.id) has no model artifact (it has \(kinds)); give one with --artifact SHA256")
            }
            return model
        }
        let prefix = reference.lowercased()
        let matches = Dictionary(
            artifacts.filter { $0.sha256.hasPrefix(prefix) }.map { ($0.sha256, $0) }, uniquingKeysWith: { _, last in last })
        if matches.count > 1 {
            throw CLIError.data("sha256 prefix '\(reference)' matches \(matches.count) artifacts; give more of it")
        }
        guard let only = matches.values.first else {
            throw CLIError.data(
                "run \(run.id) has no artifact with sha256 '\(reference)'; see its artifacts with `anneal runs show \(run.id)`")
        }
        return only
    }

    /// The last value (by step) of each of the run's metric series.
    static func finalMetrics(of run: Run, store: any Store) async throws -> [String: Double] {
        var metrics: [String: Double] = [:]
        for key in try await store.metricKeys(runID: run.id) {
            if let last = try await store.metricSeries(runID: run.id, key: key).last { metrics[key] = last.value }
        }
        return metrics
    }

    /// The run's training data card (role `train`, else its first card).
    static func dataCard(of run: Run) -> String? {
        (run.datasetCards.first { $0.role == "train" } ?? run.datasetCards.first)?.json
    }
}
