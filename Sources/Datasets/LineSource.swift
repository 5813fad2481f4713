#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a file line by line through one reusable buffer (for JSON Lines), skipping a UTF-8 byte-order mark and
/// removing `\r` before `\n`.
final class LineSource {
    private let descriptor: Int32
    private let path: String
    private var buffer: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private var position = 0
    private var end = 0
    private var reachedEOF = false
    /// The 1-based number of the line returned last.
    private(set) var line = 0

    init(path: String, bufferBytes: Int) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw DatasetError(.io, "cannot open '\(path)': \(String(cString: strerror(errno))); check the path")
        }
        self.descriptor = descriptor
        self.path = path
        capacity = max(bufferBytes, 4)
        buffer = .allocate(capacity: capacity)
        try fill()
        if end >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF { position = 3 }
    }

    deinit {
        buffer.deallocate()
        close(descriptor)
    }

    /// The next line without its line break (valid until the next call), or `nil` at the end of the file.
    func nextLine() throws -> UnsafeBufferPointer<UInt8>? {
        while true {
            var p = position
            while p < end && buffer[p] != 0x0A { p += 1 }
            if p < end || (reachedEOF && position < end) {
                let start = position
                position = p < end ? p + 1 : p
                line += 1
                var stop = p
                if stop > start && buffer[stop - 1] == 0x0D { stop -= 1 }
                return UnsafeBufferPointer(start: buffer + start, count: stop - start)
            }
            if reachedEOF { return nil }
            try fill()
        }
    }

    private func fill() throws {
        let kept = end - position
        if position == 0 && kept == capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            grown.update(from: buffer, count: kept)
            buffer.deallocate()
            buffer = grown
            capacity *= 2
        } else if position > 0 {
            memmove(buffer, buffer + position, kept)
        }
        position = 0
        end = kept
        while true {
            let count = read(descriptor, buffer + end, capacity - end)
            if count < 0 {
                if errno == EINTR { continue }
                throw DatasetError(.io, "cannot read '\(path)': \(String(cString: strerror(errno)))")
            }
            if count == 0 { reachedEOF = true }
            end += count
            return
        }
    }
}
