#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A window on a file read in chunks into one buffer, for the CSV and JSON Lines readers.
///
/// Readers consume bytes from `position` to `end`; `fill()` moves the unread bytes to the front, reads more, and
/// doubles the buffer when one record fills it. A leading UTF-8 byte-order mark is skipped.
final class FileBuffer {
    private let descriptor: Int32
    /// The file path, for error messages.
    let path: String
    /// The buffer; valid bytes are `bytes[0..<end]`.
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    /// The next unread byte.
    var position = 0
    /// The end of valid data.
    private(set) var end = 0
    /// Whether the file has no more bytes to read.
    private(set) var reachedEOF = false
    /// The file offset of `bytes[0]`.
    private var bufferOffset = 0
    /// The size of the file in bytes (0 when unknown).
    let fileSize: Int

    init(path: String, bufferBytes: Int) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw DatasetError(.io, "cannot open '\(path)': \(String(cString: strerror(errno))); check the path")
        }
        self.descriptor = descriptor
        self.path = path
        var status = stat()
        fileSize = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
        capacity = max(bufferBytes, 4)
        bytes = .allocate(capacity: capacity)
        try fill()
        while end < 3 && !reachedEOF { try fill() }
        if end >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { position = 3 }
    }

    deinit {
        bytes.deallocate()
        close(descriptor)
    }

    /// The file offset of the next unread byte.
    var offset: Int { bufferOffset + position }

    /// Moves the unread bytes to the front of the buffer (growing it when they fill it) and reads more.
    func fill() throws {
        guard !reachedEOF else { return }
        let kept = end - position
        if position == 0 && kept == capacity {
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
            grown.update(from: bytes, count: kept)
            bytes.deallocate()
            bytes = grown
            capacity *= 2
        } else if position > 0 {
            memmove(bytes, bytes + position, kept)
        }
        bufferOffset += position
        position = 0
        end = kept
        while true {
            let count = read(descriptor, bytes + end, capacity - end)
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
