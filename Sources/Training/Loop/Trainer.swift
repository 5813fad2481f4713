import Evaluation
import Foundation
import Schedules
import Tensors

/// Trains a `Sequential` model: a step-based loop with seeded shuffling, a schedule stepped every update, companion
/// schedules, periodic validation, early stopping, a divergence guard, checkpoints and cooperative cancellation.
///
/// ```swift
/// var config = TrainerConfiguration(steps: 300, batchSize: 32, schedule: spec)
/// config.validationInterval = 50
/// var trainer = try Trainer(model: model, optimizer: Adam(), loss: CrossEntropyLoss(), configuration: config)
/// trainer.observers.append(progressBar)
/// let result = try trainer.fit(training: train, validation: test)
/// ```
/// Resume with a fresh trainer built the same way: `try trainer.restore(from: TrainingCheckpoint.read(from: url))`,
/// then `fit` again; the final weights are bitwise those of a run that never stopped.
public struct Trainer {
    /// The model being trained.
    public internal(set) var model: Sequential
    /// The optimizer (its parameter groups carry the per-group rate multipliers).
    public internal(set) var optimizer: any Optimizer
    /// The training objective.
    public let loss: any Loss
    /// The recipe.
    public let configuration: TrainerConfiguration
    /// Receivers of progress, events and the end of the run.
    public var observers: [any TrainingObserver] = []
    /// Set it (e.g. from a Ctrl-C handler) to stop after the current step.
    public let stopFlag: StopFlag
    /// Whether `fit` runs with subnormal floats flushed to zero (see `FloatingPointMode`; observers run in that
    /// mode too). Taken from `ComputeSettings.flushesSubnormals` when the trainer is made.
    public var flushesSubnormals = ComputeSettings.flushesSubnormals

    /// Updates completed.
    public internal(set) var step = 0
    var sampler: BatchSampler?
    let pureSchedule: (any Schedule)?
    var reactiveSchedule: (any ReactiveSchedule)?
    let companions: [(TrainerConfiguration.Hyperparameter, any Schedule)]
    var divergenceGuard: DivergenceGuard?
    var snapshot: TrainingSnapshot?
    var earlyStopping: EarlyStopping?
    var smoothedLoss = SmoothedLoss()
    var events: [TrainingEvent] = []
    var lastValidation: ValidationReport?
    var lastCheckpointPath: String?
    var batchFeatures = Matrix(rows: 0, columns: 0)
    var batchTargets = Matrix(rows: 0, columns: 0)
    var outputGradient = Matrix(rows: 0, columns: 0)

    /// Creates a trainer.
    /// - Parameters:
    ///   - model: the model to train (a value: the trainer owns its copy; read it back from `model`).
    ///   - optimizer: the optimizer, with its parameter groups.
    ///   - loss: the objective.
    ///   - configuration: the recipe.
    ///   - stopFlag: a flag another thread may set to stop the run.
    /// - Throws: `TrainingError.Code.invalidValue` for a bad configuration or a companion that is not a pure
    ///   schedule; a `ScheduleError` for an invalid schedule spec.
    public init(
        model: Sequential, optimizer: any Optimizer, loss: any Loss, configuration: TrainerConfiguration,
        stopFlag: StopFlag = StopFlag()
    ) throws {
        try configuration.validate()
        self.model = model
        self.optimizer = optimizer
        self.loss = loss
        self.configuration = configuration
        self.stopFlag = stopFlag
        let catalog = ScheduleCatalog.standard
        let built = try catalog.build(configuration.schedule, inheritedRate: configuration.learningRate)
        var companions: [(TrainerConfiguration.Hyperparameter, any Schedule)] = []
        switch built {
        case .pure(let schedule):
            pureSchedule = schedule
            reactiveSchedule = nil
            if configuration.cycleMomentum, let momentum = built.momentum,
                let target = Self.momentumTarget(optimizer.kind)
            {
                companions.append((target, momentum))
            }
        case .reactive(let schedule):
            pureSchedule = nil
            reactiveSchedule = schedule
        }
        for (name, spec) in configuration.companions.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            guard case .pure(let schedule) = try catalog.build(spec) else {
                throw TrainingError(
                    .invalidValue,
                    "companions.\(name.rawValue) is a reactive schedule (\(spec.type)); companions "
                        + "must be pure functions of the step, e.g. cosine_annealing")
            }
            companions.removeAll { $0.0 == name }
            companions.append((name, schedule))
        }
        self.companions = companions
        self.divergenceGuard = try configuration.divergenceGuard.map { try DivergenceGuard(settings: $0) }
        self.earlyStopping = configuration.earlyStopping
    }

    /// Which hyperparameter a schedule's own momentum drives for an optimizer (torch's `cycle_momentum`).
    static func momentumTarget(_ kind: OptimizerKind) -> TrainerConfiguration.Hyperparameter? {
        switch kind {
        case .sgd, .rmsprop, .sgdScheduleFree: .momentum
        case .adam, .adamw, .adamwScheduleFree: .beta1
        case .adagrad: nil
        }
    }

    /// The schedule's rate for the next update, before the divergence guard's multiplier.
    public var scheduledRate: Double {
        if let pureSchedule { return pureSchedule.rate(at: step) }
        return reactiveSchedule?.rate(at: step) ?? 0
    }

    /// The rate the next update uses: the schedule's rate times the guard's multiplier.
    public var currentRate: Double { scheduledRate * (divergenceGuard?.rateMultiplier ?? 1) }

    /// Completed epochs.
    public var epoch: Int { sampler?.epoch ?? 0 }

    /// Trains until `configuration.steps` updates are done (counting steps restored from a checkpoint), early
    /// stopping fires, or a stop is requested.
    /// - Parameters:
    ///   - training: the training samples.
    ///   - validation: samples for validation, or `nil`.
    /// - Returns: how the run ended, with the last metrics and events.
    /// - Throws: `TrainingError` for data that does not fit the model, `.diverged` when the guard gives up (or a
    ///   NaN loss without a guard), file errors when a checkpoint cannot be written.
    public mutating func fit(training: TrainingData, validation: TrainingData? = nil) throws -> TrainingResult {
        try FloatingPointMode.with(flushingSubnormals: flushesSubnormals) {
            try fitInCurrentMode(training: training, validation: validation)
        }
    }

    mutating func fitInCurrentMode(training: TrainingData, validation: TrainingData?) throws -> TrainingResult {
        try prepare(training: training, validation: validation)
        let meter = CostMeter()
        let startStep = step
        var ending = TrainingResult.Ending.completed
        while step < configuration.steps {
            if stopFlag.isStopRequested {
                ending = .interrupted
                break
            }
            try runStep(on: training)
            if let validation, let interval = configuration.validationInterval, step % interval == 0 {
                if try validate(on: validation) {
                    ending = .earlyStopped
                    break
                }
            }
            if let policy = configuration.checkpoints, step % policy.interval == 0 { try writeCheckpoint(policy) }
        }
        if ending == .completed, let validation, lastValidation?.step != step { _ = try validate(on: validation) }
        if ending == .interrupted {
            record(TrainingEvent(kind: .interrupted, step: step, reason: "stop requested"))
        }
        if let policy = configuration.checkpoints, lastCheckpointStep != step { try writeCheckpoint(policy) }
        let samples = (step - startStep) * configuration.batchSize
        let result = TrainingResult(
            ending: ending, steps: step, epochs: epoch, trainingLoss: smoothedLoss.value,
            lastValidation: lastValidation,
            bestValidation: earlyStopping?.best ?? bestMonitored.value,
            bestStep: earlyStopping?.bestStep ?? bestMonitored.step,
            events: events, rateMultiplier: divergenceGuard?.rateMultiplier ?? 1,
            cost: meter.read(samples: samples), lastCheckpointPath: lastCheckpointPath)
        for observer in observers { observer.trainerDidEnd(result) }
        return result
    }

    var bestMonitored: (value: Double?, step: Int?) = (nil, nil)
    var lastCheckpointStep: Int?

    /// Sends an event to the observers and keeps it for the result and checkpoints.
    mutating func record(_ event: TrainingEvent) {
        events.append(event)
        for observer in observers { observer.trainerDidRecord(event) }
    }
}
