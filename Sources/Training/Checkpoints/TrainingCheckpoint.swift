import Foundation
import Schedules
import Tensors

/// Everything needed to continue a run exactly where it stopped: the model, the optimizer state, the schedule
/// state, the random streams and the position in the data.
///
/// Resuming from a checkpoint gives bitwise the same final weights as a run that never stopped. On disk it is a
/// `FramedFile` of kind `ANNEALCK`, format version 1: the JSON header holds the step, the run's fingerprint (seed,
/// batch size, schedule), the architecture, the optimizer hyperparameters and groups, the reactive schedule state
/// (base64), the divergence guard (multiplier, retries, running average), early stopping, the data position
/// (epoch, index, shuffling stream) and a table of tensor shapes; the payload holds the weights, the optimizer
/// buffers and the guard's rollback snapshot as little-endian Float32; a SHA-256 of the whole file ends it.
public struct TrainingCheckpoint: Sendable {
    /// Updates completed.
    public var step: Int
    /// The seed, batch size and schedule of the run, checked on resume.
    public var fingerprint: Fingerprint
    /// The model (weights, architecture, dropout stream, mode).
    public var model: Sequential
    /// The optimizer's state.
    public var optimizer: OptimizerState
    /// The data position and shuffling stream.
    public var sampler: BatchSampler
    /// A reactive schedule's `encodedState()`, if the schedule is reactive.
    public var reactiveScheduleState: Data?
    /// The divergence guard, with its persistent rate multiplier.
    public var divergenceGuard: DivergenceGuard?
    /// The guard's rollback point.
    public var snapshot: TrainingSnapshot?
    /// Early stopping's best value and patience count.
    public var earlyStopping: EarlyStopping?
    /// The smoothed training loss.
    public var smoothedLoss: SmoothedLoss
    /// Events recorded so far.
    public var events: [TrainingEvent]
    /// The last validation.
    public var lastValidation: ValidationReport?

    /// What must match between the run that wrote a checkpoint and the run that resumes it.
    public struct Fingerprint: Sendable, Equatable, Codable {
        /// The shuffling seed.
        public var seed: UInt64
        /// The batch size.
        public var batchSize: Int
        /// The learning-rate schedule.
        public var schedule: ScheduleSpec
        /// Training samples.
        public var samples: Int
    }

    /// Writes the checkpoint atomically (temporary file, fsync, rename).
    /// - Throws: `TrainingError.Code.fileUnwritable`, or an encoding failure.
    public func write(to url: URL) throws {
        try AtomicFile.createFolder(for: url)
        try AtomicFile.write(try encoded(), to: url)
    }

    /// Reads and validates a checkpoint.
    /// - Throws: `TrainingError` `.fileUnreadable`, `.foreignFile`, `.unsupportedVersion`, `.damagedFile` or
    ///   `.invalidState`, naming the file.
    public static func read(from url: URL) throws -> TrainingCheckpoint {
        let file = try FramedFile.read(from: url, kind: .checkpoint)
        return try TrainingCheckpoint(file: file, source: url.path)
    }

    /// The file's bytes.
    public func encoded() throws -> Data {
        try framedFile().encoded()
    }

    /// Decodes bytes written by `encoded()`.
    public init(decoding data: Data, source: String = "checkpoint") throws {
        try self.init(file: FramedFile.decode(data, kind: .checkpoint, source: source), source: source)
    }

    init(
        step: Int, fingerprint: Fingerprint, model: Sequential, optimizer: OptimizerState, sampler: BatchSampler,
        reactiveScheduleState: Data?, divergenceGuard: DivergenceGuard?, snapshot: TrainingSnapshot?,
        earlyStopping: EarlyStopping?, smoothedLoss: SmoothedLoss, events: [TrainingEvent],
        lastValidation: ValidationReport?
    ) {
        self.step = step
        self.fingerprint = fingerprint
        self.model = model
        self.optimizer = optimizer
        self.sampler = sampler
        self.reactiveScheduleState = reactiveScheduleState
        self.divergenceGuard = divergenceGuard
        self.snapshot = snapshot
        self.earlyStopping = earlyStopping
        self.smoothedLoss = smoothedLoss
        self.events = events
        self.lastValidation = lastValidation
    }
}
