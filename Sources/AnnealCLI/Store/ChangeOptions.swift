import ArgumentParser
import Foundation

/// `--actor` and `--reason`: who makes a registry change and why, recorded in the alias history and the audit chain.
struct ChangeOptions: ParsableArguments {
    @Option(help: "Who makes the change (default: $USER@host).")
    var actor: String?

    @Option(help: "Why the change is made; kept in the alias history and the audit chain.")
    var reason: String?

    init() {}

    /// The actor to record: `--actor`, else the user name (`$USER`, `$LOGNAME`) at this host.
    var resolvedActor: String { actor ?? Self.currentUser() }

    /// The reason to record: `--reason`, else `not given`.
    var resolvedReason: String { reason ?? "not given" }

    func validate() throws {
        if let actor, actor.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--actor is empty; give a name such as 'alice' or leave it out to use $USER@host")
        }
    }

    /// `user@host` for the person running the command.
    static func currentUser(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let user = [environment["USER"], environment["LOGNAME"]].compactMap { $0 }.first { !$0.isEmpty } ?? "unknown"
        return "\(user)@\(hostName())"
    }

    private static func hostName() -> String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "localhost" }
        let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return name.isEmpty ? "localhost" : name
    }
}
