import Foundation
import Tensors

/// The binary container of checkpoints and model bundles: a JSON header, raw little-endian Float32 tensors, and a
/// SHA-256 checksum over everything.
///
/// Layout (all integers little-endian):
/// ```
/// offset 0   8 bytes   magic: "ANNEALCK" (checkpoint) or "ANNEALMB" (model bundle)
///        8   UInt32    format version (1)
///        12  UInt32    flags (0, reserved)
///        16  UInt64    header length H
///        24  UInt64    payload length P
///        32  H bytes   header: UTF-8 JSON
///        32+H P bytes  payload: tensors as IEEE-754 Float32, little-endian, row-major, in header order
///        32+H+P 32 bytes  SHA-256 of bytes [0, 32+H+P)
/// ```
struct FramedFile {
    enum Kind: String {
        case checkpoint = "ANNEALCK"
        case bundle = "ANNEALMB"

        var noun: String { self == .checkpoint ? "an Anneal checkpoint" : "an Anneal model bundle" }
        /// The `format` field of the JSON header.
        var headerFormat: String { self == .checkpoint ? "anneal.checkpoint" : "anneal.model-bundle" }
    }

    static let version: UInt32 = 1
    static let prefixLength = 32
    static let checksumLength = 32

    var kind: Kind
    var header: Data
    var payload: Data

    /// The file's bytes.
    func encoded() -> Data {
        var out = Data(kind.rawValue.utf8)
        out.appendLittleEndian(Self.version)
        out.appendLittleEndian(UInt32(0))
        out.appendLittleEndian(UInt64(header.count))
        out.appendLittleEndian(UInt64(payload.count))
        out.append(header)
        out.append(payload)
        out.append(contentsOf: SHA256.digest(out))
        return out
    }

    /// Reads and validates a file of `kind`: magic, version, lengths, checksum.
    /// - Throws: `TrainingError` `.foreignFile`, `.unsupportedVersion` or `.damagedFile` naming `source`.
    static func decode(_ data: Data, kind: Kind, source: String) throws -> FramedFile {
        let bytes = [UInt8](data)
        guard bytes.count >= 8, let magic = String(bytes: bytes[0..<8], encoding: .ascii),
            magic.hasPrefix("ANNEAL")
        else {
            throw TrainingError(
                .foreignFile,
                "\(source) is not \(kind.noun) (no ANNEAL magic number); pass a file "
                    + "written by Anneal")
        }
        guard magic == kind.rawValue else {
            let other = Kind(rawValue: magic)?.noun ?? "an unknown Anneal file (\(magic))"
            throw TrainingError(.foreignFile, "\(source) is \(other), not \(kind.noun); pass the right file")
        }
        guard bytes.count >= prefixLength + checksumLength else {
            throw TrainingError(.damagedFile, "\(source) is truncated (\(bytes.count) bytes); write it again")
        }
        let version = UInt32(littleEndianBytes: bytes, at: 8)
        guard version == Self.version else {
            throw TrainingError(
                .unsupportedVersion,
                "\(source) has format version \(version); this Anneal reads "
                    + "version \(Self.version): use the Anneal release that wrote it or export it again")
        }
        let headerLength = UInt64(littleEndianBytes: bytes, at: 16)
        let payloadLength = UInt64(littleEndianBytes: bytes, at: 24)
        let expected = UInt64(prefixLength + checksumLength).addingReportingOverflow(headerLength)
        let total = expected.partialValue.addingReportingOverflow(payloadLength)
        guard !expected.overflow, !total.overflow, total.partialValue == UInt64(bytes.count) else {
            throw TrainingError(
                .damagedFile,
                "\(source) is \(bytes.count) bytes but its lengths say "
                    + "\(total.overflow ? "more" : String(total.partialValue)); the file is truncated or damaged")
        }
        let bodyEnd = bytes.count - checksumLength
        guard SHA256.digest(data.prefix(bodyEnd)) == Array(bytes[bodyEnd...]) else {
            throw TrainingError(
                .damagedFile,
                "\(source) fails its SHA-256 checksum (damaged bytes); restore it "
                    + "from a copy or write it again")
        }
        let headerEnd = prefixLength + Int(headerLength)
        return FramedFile(
            kind: kind, header: Data(bytes[prefixLength..<headerEnd]), payload: Data(bytes[headerEnd..<bodyEnd]))
    }

    /// Reads a file from disk and validates it.
    static func read(from url: URL, kind: Kind) throws -> FramedFile {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TrainingError(
                .fileUnreadable,
                "cannot read \(url.path) (\(error.localizedDescription)); check the "
                    + "path")
        }
        return try decode(data, kind: kind, source: url.path)
    }
}

/// A JSON header of a `FramedFile`: names its format and lists the payload's tensor shapes.
protocol FramedHeader: Decodable {
    var format: String { get }
    var tensors: [TensorTable.Shape] { get }
}

extension FramedFile {
    /// Decodes the JSON header, checks its format name and splits the payload into its tensors.
    /// - Throws: `.damagedFile` for an unreadable header or payload, `.foreignFile` for another format.
    func decodeHeader<Header: FramedHeader>(_: Header.Type, source: String) throws -> (Header, TensorTable) {
        let header: Header
        do {
            header = try TensorTable.decoder().decode(Header.self, from: self.header)
        } catch let error as TrainingError {
            throw error
        } catch {
            throw TrainingError(.damagedFile, "\(source) has an unreadable header (\(error)); the file is damaged")
        }
        guard header.format == kind.headerFormat else {
            throw TrainingError(.foreignFile, "\(source) holds '\(header.format)', not \(kind.noun)")
        }
        return (header, try TensorTable(payload: payload, shapes: header.tensors, source: source))
    }

    /// Concatenates tensors as little-endian Float32.
    static func payload(_ tensors: [Matrix]) -> Data {
        var out = Data(capacity: tensors.reduce(0) { $0 + $1.count } * 4)
        for tensor in tensors {
            tensor.withUnsafeBufferPointer { values in
                #if _endian(little)
                    out.append(UnsafeBufferPointer(start: values.baseAddress, count: values.count))
                #else
                    for value in values { out.appendLittleEndian(value.bitPattern) }
                #endif
            }
        }
        return out
    }

    /// Splits a payload into tensors of the given shapes.
    /// - Throws: `.damagedFile` when the payload size differs from the shapes' total.
    static func tensors(_ payload: Data, shapes: [(rows: Int, columns: Int)], source: String) throws -> [Matrix] {
        let needed = shapes.reduce(0) { $0 + $1.rows * $1.columns } * 4
        guard shapes.allSatisfy({ $0.rows >= 0 && $0.columns >= 0 }), needed == payload.count else {
            throw TrainingError(
                .damagedFile,
                "\(source) holds \(payload.count) bytes of weights but its header "
                    + "describes \(needed); the file is damaged or was edited")
        }
        var offset = 0
        var out: [Matrix] = []
        payload.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            for shape in shapes {
                var matrix = Matrix(rows: shape.rows, columns: shape.columns)
                matrix.withUnsafeMutableBufferPointer { values in
                    for i in 0..<values.count {
                        let bits = raw.loadUnaligned(fromByteOffset: offset, as: UInt32.self)
                        values[i] = Float(bitPattern: UInt32(littleEndian: bits))
                        offset += 4
                    }
                }
                out.append(matrix)
            }
        }
        return out
    }
}

extension Data {
    mutating func appendLittleEndian<T: FixedWidthInteger>(_ value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}

extension FixedWidthInteger {
    init(littleEndianBytes bytes: [UInt8], at offset: Int) {
        var value: Self = 0
        for i in 0..<(Self.bitWidth / 8) { value |= Self(truncatingIfNeeded: bytes[offset + i]) << (8 * i) }
        self = value
    }
}
