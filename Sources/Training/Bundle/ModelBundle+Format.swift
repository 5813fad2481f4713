import Datasets
import Foundation
import Schedules

extension ModelBundle {
    /// The JSON header of a bundle file (weights live in the payload).
    struct Header: Codable, FramedHeader {
        var format = "anneal.model-bundle"
        var model: ModelHeader
        var encoder: FeatureEncoder?
        var target: TargetEncoder
        var schedule: ScheduleSpec?
        var optimizer: OptimizerSpec?
        var provenance: Provenance
        var calibration: CalibrationRecord?
        var tensors: [TensorTable.Shape]
    }

    /// The file's bytes (see the format in the type's documentation).
    /// - Throws: an `EncodingError` when a part cannot be encoded.
    public func encoded() throws -> Data {
        var table = TensorTable()
        let modelHeader = ModelHeader(model, table: &table)
        let header = Header(
            model: modelHeader, encoder: encoder, target: target, schedule: schedule, optimizer: optimizer,
            provenance: provenance, calibration: calibration, tensors: table.shapes)
        return FramedFile(kind: .bundle, header: try TensorTable.encoder().encode(header), payload: table.payload)
            .encoded()
    }

    /// Decodes and validates bundle bytes.
    /// - Parameter source: the name used in error messages (a path).
    /// - Throws: `TrainingError` `.foreignFile`, `.unsupportedVersion`, `.damagedFile` or `.shapeMismatch`.
    public init(decoding data: Data, source: String = "model bundle") throws {
        let file = try FramedFile.decode(data, kind: .bundle, source: source)
        let (header, table) = try file.decodeHeader(Header.self, source: source)
        self.model = try header.model.model(table: table, source: source)
        self.model.mode = .evaluation
        self.encoder = header.encoder
        self.target = header.target
        self.schedule = header.schedule
        self.optimizer = header.optimizer
        self.provenance = header.provenance
        self.calibration = header.calibration
        try validate(source: source)
    }

    /// Writes the bundle atomically (temporary file, fsync, rename), creating the folder when missing.
    /// - Throws: `TrainingError.Code.fileUnwritable`.
    public func write(to url: URL) throws {
        try AtomicFile.createFolder(for: url)
        try AtomicFile.write(try encoded(), to: url)
    }

    /// Reads and validates a bundle file.
    /// - Throws: `TrainingError` `.fileUnreadable`, `.foreignFile`, `.unsupportedVersion`, `.damagedFile` or
    ///   `.shapeMismatch`, naming the file.
    public static func read(from url: URL) throws -> ModelBundle {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw TrainingError(
                .fileUnreadable, "cannot read \(url.path) (\(error.localizedDescription)); check the path")
        }
        return try ModelBundle(decoding: data, source: url.path)
    }
}
