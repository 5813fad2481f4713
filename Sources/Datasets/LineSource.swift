/// Reads a file line by line through one reusable buffer (for JSON Lines), skipping a UTF-8 byte-order mark and
/// removing `\r` before `\n`.
final class LineSource {
    private let file: FileBuffer
    /// The 1-based number of the line returned last.
    private(set) var line = 0

    init(path: String, bufferBytes: Int) throws {
        file = try FileBuffer(path: path, bufferBytes: bufferBytes)
    }

    /// The next line without its line break (valid until the next call), or `nil` at the end of the file.
    func nextLine() throws -> UnsafeBufferPointer<UInt8>? {
        while true {
            let (buffer, start, end) = (file.bytes, file.position, file.end)
            var p = start
            while p < end && buffer[p] != 0x0A { p += 1 }
            if p < end || (file.reachedEOF && start < end) {
                file.position = p < end ? p + 1 : p
                line += 1
                var stop = p
                if stop > start && buffer[stop - 1] == 0x0D { stop -= 1 }
                return UnsafeBufferPointer(start: buffer + start, count: stop - start)
            }
            if file.reachedEOF { return nil }
            try file.fill()
        }
    }
}
