import Foundation

/// The JSON texts the registry stores: version metrics and audit event details, with sorted keys so equal content
/// gives equal text in both backends.
enum RegistryJSON {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func decodeMetrics(_ text: String) -> [String: Double] {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        return (try? decoder.decode([String: Double].self, from: Data(text.utf8))) ?? [:]
    }

    /// The `registry.version` audit event for a new version.
    static func versionEvent(_ version: ModelVersion, actor: String) -> AuditEvent {
        AuditEvent(
            kind: AuditKind.registryVersion, subject: "model:\(version.model)", details: versionDetails(version),
            actor: actor,
            time: version.createdAt)
    }

    /// The `alias.set` or `alias.rollback` audit event for an alias move.
    static func aliasEvent(_ change: AliasChange) -> AuditEvent {
        AuditEvent(
            kind: change.isRollback ? AuditKind.aliasRollback : AuditKind.aliasSet, subject: "model:\(change.model)",
            details: aliasDetails(change), actor: change.actor, time: change.time)
    }

    /// Details of a `registry.version` event.
    static func versionDetails(_ version: ModelVersion) -> String {
        struct Details: Encodable {
            let model: String, version: Int, runID: String, artifactSHA256: String, metrics: [String: Double]
            enum CodingKeys: String, CodingKey {
                case model, version, metrics
                case runID = "run_id"
                case artifactSHA256 = "artifact_sha256"
            }
        }
        return encode(
            Details(
                model: version.model, version: version.version, runID: version.runID,
                artifactSHA256: version.artifactSHA256, metrics: version.metrics))
    }

    /// Details of an `alias.set` or `alias.rollback` event.
    static func aliasDetails(_ change: AliasChange) -> String {
        struct Details: Encodable {
            let model: String, alias: String, fromVersion: Int?, toVersion: Int, reason: String
            enum CodingKeys: String, CodingKey {
                case model, alias, reason
                case fromVersion = "from_version"
                case toVersion = "to_version"
            }
        }
        return encode(
            Details(
                model: change.model, alias: change.alias, fromVersion: change.fromVersion,
                toVersion: change.toVersion, reason: change.reason))
    }
}
