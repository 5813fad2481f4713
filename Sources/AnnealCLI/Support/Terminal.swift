import Foundation

/// Standard streams and whether they are terminals.
enum Terminal {
    /// Standard error as a text stream.
    static let standardError = FileHandleStream(handle: .standardError)

    /// Whether standard output is a terminal (progress bars and colours only then).
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether output may be coloured: standard output is a terminal and `NO_COLOR` is not set (no-color.org).
    static var usesColours: Bool { outputIsTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }

    /// Whether standard error is a terminal.
    static var errorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}

/// A `TextOutputStream` over a file handle.
struct FileHandleStream: TextOutputStream, Sendable {
    let handle: FileHandle

    func write(_ string: String) {
        handle.write(Data(string.utf8))
    }
}
