import ArgumentParser

/// A failure the CLI reports in one line and turns into a sysexits code.
struct CLIError: Error, CustomStringConvertible {
    /// sysexits codes the CLI uses.
    enum Kind {
        /// Bad data: a spec or file with invalid content (65).
        case data
        /// A file that does not exist or cannot be read (66).
        case missingFile
        /// Bad command-line usage (64).
        case usage

        var exitCode: ExitCode {
            switch self {
            case .data: ExitCode(65)
            case .missingFile: ExitCode(66)
            case .usage: ExitCode(64)
            }
        }
    }

    let kind: Kind
    let message: String

    var description: String { message }

    static func data(_ message: String) -> CLIError { CLIError(kind: .data, message: message) }
    static func missingFile(_ message: String) -> CLIError { CLIError(kind: .missingFile, message: message) }
}

/// Runs a command body, printing a `CLIError` as `error: …` on stderr and exiting with its code.
func reportingErrors(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch let error as CLIError {
        Terminal.standardError.write("error: \(error.message)\n")
        throw error.kind.exitCode
    }
}
