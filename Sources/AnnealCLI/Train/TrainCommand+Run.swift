import Foundation
import Quality
import Schedules
import Tensors
import Tracking
import Training

extension TrainCommand {
    /// Reads the data, trains, writes the bundle and reports.
    func train() async throws {
        let started = DispatchTime.now().uptimeNanoseconds
        if let threads = options.threads { ComputeSettings.threadCount = threads }
        try requireOutputFolder()
        let setup = try TrainingSetup(
            options: options, validationPath: valid, validationFraction: valid == nil ? validFraction : 0)
        let schedule = try Self.scheduleSpec(schedule, rate: setup.optimizer.learningRate)
        let totalSteps =
            steps
            ?? TrainerConfiguration.steps(
                epochs: epochs ?? 1, samples: setup.training.count, batchSize: options.batchSize)
        var configuration = TrainerConfiguration(
            steps: totalSteps, batchSize: options.batchSize, seed: options.seed, schedule: schedule)
        configuration.learningRate = setup.optimizer.learningRate
        if setup.validation != nil { configuration.validationInterval = validEvery ?? max(1, totalSteps / 10) }
        if let checkpointEvery {
            configuration.checkpoints = CheckpointPolicy(directory: checkpointFolder, interval: checkpointEvery)
        }
        let stopFlag = StopFlag()
        var trainer = try CLIError.mappingLibraryErrors {
            try Trainer(
                model: setup.model, optimizer: setup.optimizer.spec.makeOptimizer(), loss: setup.loss,
                configuration: configuration, stopFlag: stopFlag)
        }
        if let resume { try Self.restore(&trainer, from: resume, samples: setup.training.count) }
        let recorder = try await startRecorder(setup: setup, schedule: schedule, steps: totalSteps)
        let style: ProgressObserver.Style =
            Terminal.errorIsTerminal ? .bar : .lines(every: logEvery ?? max(1, totalSteps / 10))
        trainer.observers.append(
            ProgressObserver(
                totalSteps: totalSteps, batchSize: options.batchSize, style: style, scaling: setup.scaling))
        if let recorder { trainer.observers.append(recorder) }

        let interrupt = InterruptHandler(stopFlag: stopFlag)
        let result: TrainingResult
        do {
            result = try trainer.fit(training: setup.training, validation: setup.validation)
            interrupt.cancel()
        } catch {
            interrupt.cancel()
            if let recorder {
                Self.warn(await recorder.finish(status: .failed, step: trainer.step, metrics: [:], model: nil))
            }
            throw CLIError.libraryError(error, context: "training stopped at step \(trainer.step)")
        }
        if result.ending == .interrupted {
            try await stopInterrupted(trainer: trainer, result: result, recorder: recorder)
        }
        let bundle = try writeBundle(trainer: trainer, setup: setup, schedule: schedule, steps: result.steps)
        let wall = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let summary = TrainSummary(
            result: result, setup: setup, batchSize: options.batchSize, wallSeconds: wall, model: out, runID: recorder?.runID)
        if let recorder {
            Self.warn(
                await recorder.finish(
                    status: .finished, step: result.steps, metrics: summary.finalMetrics,
                    model: (bundle, URL(fileURLWithPath: out).lastPathComponent)))
        }
        switch format {
        case .json: print(summary.json)
        case .text:
            print(summary.text)
            if let recorder { print("run \(recorder.runID) recorded in \(recorder.location)") }
        }
    }

    /// Fails before training when `--out` cannot be written, so a typo does not cost a run.
    func requireOutputFolder() throws {
        let folder = URL(fileURLWithPath: out).deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIError.missingFile("the folder of --out '\(out)' does not exist; create it or choose another --out")
        }
    }

    /// The schedule spec to train with; the base rate is written into it when it takes one and has none, so the
    /// stored spec (and the checkpoint's fingerprint) says which rate was used.
    /// - Throws: `CLIError` (66 for a missing spec file, 65 for an invalid spec).
    static func scheduleSpec(_ argument: String?, rate: Double) throws -> ScheduleSpec {
        var spec =
            try argument.map(SpecLoader.load)
            ?? ScheduleSpec(type: "constant", parameters: ["factor": .number(1), "total_iters": .number(0)])
        let takesRate = ScheduleCatalog.standard.definition(for: spec.type)?.parameters.contains {
            $0.name == "lr" && $0.inherited
        }
        if takesRate == true, spec.parameters["lr"] == nil || spec.parameters["lr"] == .null {
            spec.parameters["lr"] = .number(rate)
        }
        do {
            _ = try ScheduleCatalog.standard.build(spec, inheritedRate: rate)
        } catch let error as ScheduleError {
            throw CLIError.data("--schedule: \(error)")
        }
        return spec
    }

    /// Restores a checkpoint (a file, or the newest in a folder) into the trainer.
    /// - Throws: `CLIError.missingFile` when there is none; `.data` when it does not belong to this run.
    static func restore(_ trainer: inout Trainer, from path: String, samples: Int) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw CLIError.missingFile("--resume '\(path)' does not exist; give a .annealck file or its folder")
        }
        var url = URL(fileURLWithPath: path)
        if isFolder.boolValue {
            guard let latest = CheckpointPolicy(directory: path, interval: 1).latestCheckpoint else {
                throw CLIError.missingFile("--resume folder '\(path)' holds no checkpoint-*.annealck file")
            }
            url = latest
        }
        let checkpoint = try CLIError.mappingLibraryErrors("--resume") { try TrainingCheckpoint.read(from: url) }
        guard checkpoint.fingerprint.samples == samples else {
            throw CLIError.data(
                "--resume \(url.path) was written for \(checkpoint.fingerprint.samples) training rows but this run has "
                    + "\(samples); resume with the same --data, --valid and --valid-fraction")
        }
        try CLIError.mappingLibraryErrors("--resume \(url.path)") { try trainer.restore(from: checkpoint) }
    }

    /// Opens the store and starts the run, unless `--no-store`.
    func startRecorder(setup: TrainingSetup, schedule: ScheduleSpec, steps: Int) async throws -> RunRecorder? {
        guard !noStore else { return nil }
        let location = try CLIError.mappingLibraryErrors("--store") { try StoreLocation.resolve(store) }
        var params: [String: String] = [
            "data": options.data, "target": options.target, "task": setup.target.task.rawValue,
            "model": setup.modelSpec.description, "optimizer": setup.optimizer.spec.description,
            "lr": "\(setup.optimizer.learningRate)", "batch_size": "\(options.batchSize)", "steps": "\(steps)",
            "seed": "\(options.seed)", "loss": setup.loss.name, "features": "\(setup.encoder.outputColumns.count)",
            "training_rows": "\(setup.training.count)", "validation_rows": "\(setup.validation?.count ?? 0)",
        ]
        params["valid"] = valid
        if valid == nil { params["valid_fraction"] = "\(validFraction)" }
        params["classes"] = setup.target.task.isClassification ? setup.target.classes.joined(separator: ",") : nil
        params["checkpoint_every"] = checkpointEvery.map { "\($0)" }
        params["resumed_from"] = resume
        var cards = [DatasetCard(role: "train", json: Self.card(setup.dataFile))]
        if let file = setup.validationFile { cards.append(DatasetCard(role: "validation", json: Self.card(file))) }
        let start = RunStart(
            experiment: experiment, name: "train \(URL(fileURLWithPath: options.data).lastPathComponent)",
            params: params, scheduleSpec: schedule.json, datasetCards: cards)
        let recorder = try await RunRecorder.start(location: location, run: start, scaling: setup.scaling)
        Terminal.standardError.write("recording run \(recorder.runID) in \(recorder.location)\n")
        return recorder
    }

    /// The file's provenance card as JSON text.
    static func card(_ file: DataFile) -> String {
        let card = ProvenanceCard(table: file.table, bytes: file.bytes, source: file.path)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(card)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Prints what the store could not record.
    static func warn(_ problems: [String]) {
        for problem in problems { Terminal.standardError.write("warning: the store did not record everything: \(problem)\n") }
    }
}
