import Evaluation
import Foundation
import Schedules
import Sweeps
import Tensors
import Tracking
import Training

/// Runs one trial of `anneal compare` the way `anneal train` trains (same `TrainingSetup`, same recorder): the
/// data read and split with the trial's seed, the schedule, the trainer, the run recorded in the store.
struct CompareTrial: Sendable {
    /// The shared options; the seed is replaced by the trial's.
    let options: ModelOptions
    /// Each schedule's spec by name, with its base rate resolved.
    let schedules: [String: ScheduleSpec]
    /// Updates per trial, or `nil` to count `epochs`.
    let steps: Int?
    /// Passes per trial when `steps` is `nil`.
    let epochs: Int
    /// A validation file, or `nil` to hold out `validFraction`.
    let valid: String?
    /// The held-out share of `--data`.
    let validFraction: Double
    /// Validation interval, or `nil` for a twentieth of the run.
    let validEvery: Int?
    /// Where trials are recorded, or `nil`.
    let location: StoreLocation?
    /// The experiment trials are recorded in.
    let experiment: String

    /// Reads the data with the trial's seed and builds what it trains.
    func setup(seed: UInt64) throws -> TrainingSetup {
        var options = options
        options.seed = seed
        let setup = try TrainingSetup(
            options: options, validationPath: valid, validationFraction: valid == nil ? validFraction : 0)
        guard setup.validation?.count ?? 0 > 0 else {
            throw CLIError.data(
                "no validation rows: \(options.data) has \(setup.training.count) rows; give more rows, a larger "
                    + "--valid-fraction or --valid")
        }
        return setup
    }

    /// Trains the trial and returns its curves, final metrics and cost.
    /// - Throws: `CLIError` for data or store problems and when training fails.
    func run(_ trial: TrialSpec) async throws -> TrialOutcome {
        let setup = try setup(seed: trial.seed)
        guard let schedule = schedules[trial.schedule], let validation = setup.validation else {
            throw CLIError.data("no schedule named \(trial.schedule)")
        }
        let total =
            steps
            ?? TrainerConfiguration.steps(epochs: epochs, samples: setup.training.count, batchSize: options.batchSize)
        var configuration = TrainerConfiguration(
            steps: total, batchSize: options.batchSize, seed: trial.seed, schedule: schedule)
        configuration.learningRate = setup.optimizer.learningRate
        configuration.validationInterval = validEvery ?? max(1, total / 20)
        var trainer = try CLIError.mappingLibraryErrors("--schedule \(trial.schedule)") {
            try Trainer(
                model: setup.model, optimizer: setup.optimizer.spec.makeOptimizer(), loss: setup.loss,
                configuration: configuration)
        }
        let curves = CurveRecorder(
            batchSize: options.batchSize, lossScale: setup.scaling.map { $0.scale * $0.scale } ?? 1)
        trainer.observers.append(curves)
        let recorder = try await startRecorder(trial, setup: setup, schedule: schedule, steps: total)
        if let recorder { trainer.observers.append(recorder) }
        // Trials share the process, so its CPU time mixes theirs; a single-threaded trial (kernels inline, the
        // default when --jobs fills the cores) is measured on its own thread. `fit` is synchronous: no thread hop.
        let threadMeter = ComputeSettings.threadCount == 1 ? CostMeter(scope: .callingThread) : nil
        var result: TrainingResult
        do {
            result = try trainer.fit(training: setup.training, validation: validation)
            if let threadMeter { result.cost.cpuSeconds = threadMeter.read().cpuSeconds }
        } catch {
            if let recorder {
                TrainCommand.warn(await recorder.finish(status: .failed, step: trainer.step, metrics: [:], model: nil))
            }
            throw CLIError.libraryError(
                error, context: "\(trial.schedule) seed \(trial.seed) stopped at step \(trainer.step)")
        }
        let diagram = try? ValidationCalibration.diagram(of: trainer, on: validation)
        let outcome = curves.outcome(result: result, calibrationError: diagram?.expectedCalibrationError)
        guard let recorder else { return outcome }
        var metrics: [String: Double] = [:]
        metrics["final_train_loss"] = outcome.finalMetrics["train_loss"]
        metrics["final_valid_loss"] = outcome.finalMetrics[TrialOutcome.Key.validationLoss]
        metrics["valid_accuracy"] = outcome.finalMetrics[TrialOutcome.Key.validationAccuracy]
        metrics["ece"] = outcome.finalMetrics[TrialOutcome.Key.calibrationError]
        TrainCommand.warn(await recorder.finish(status: .finished, step: result.steps, metrics: metrics, model: nil))
        if let diagram { await RunReliability.log(diagram, runID: recorder.runID, location: recorder.location) }
        var recorded = outcome
        recorded.runID = recorder.runID
        return recorded
    }

    /// Starts the trial's run in the store, when recording.
    private func startRecorder(_ trial: TrialSpec, setup: TrainingSetup, schedule: ScheduleSpec, steps: Int)
        async throws -> RunRecorder?
    {
        guard let location else { return nil }
        let params: [String: String] = [
            "data": options.data, "target": options.target, "task": setup.target.task.rawValue,
            "model": setup.modelSpec.description, "optimizer": setup.optimizer.spec.description,
            "lr": "\(setup.optimizer.learningRate)", "batch_size": "\(options.batchSize)", "steps": "\(steps)",
            "seed": "\(trial.seed)", "loss": setup.loss.name, "schedule_name": trial.schedule,
            "training_rows": "\(setup.training.count)", "validation_rows": "\(setup.validation?.count ?? 0)",
        ]
        let start = RunStart(
            experiment: experiment, name: "\(trial.schedule) seed \(trial.seed)", params: params,
            tags: ["compare.schedule": trial.schedule, "compare.seed": "\(trial.seed)"], scheduleSpec: schedule.json,
            datasetCards: [DatasetCard(role: "train", json: TrainCommand.card(setup.dataFile))])
        return try await RunRecorder.start(location: location, run: start, scaling: setup.scaling)
    }
}
