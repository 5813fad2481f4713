import ArgumentParser
import Foundation
import Schedules
import Training

extension TrainCommand {
    /// Writes the model bundle: the trained weights (the averaged point for schedule-free optimizers, the target
    /// scaling folded back in for regression), the encoders, the recipe and the provenance.
    /// - Returns: the bundle's bytes.
    func writeBundle(trainer: Trainer, setup: TrainingSetup, schedule: ScheduleSpec, steps: Int) throws -> Data {
        var model = trainer.model
        var optimizer = trainer.optimizer
        optimizer.setMode(.evaluation, parameters: &model.parameters)
        model.mode = .evaluation
        if let scaling = setup.scaling { model = try scaling.unscaled(model) }
        let provenance = Provenance(
            dataSHA256: Training.SHA256.hex(setup.dataFile.bytes), rows: setup.training.count,
            createdAt: Self.creationTime(), annealVersion: AnnealCommand.configuration.version, seed: options.seed,
            dataSource: options.data, steps: steps)
        let bytes = try CLIError.mappingLibraryErrors("the model bundle") {
            try ModelBundle(
                model: model, encoder: setup.encoder, target: setup.target, schedule: schedule,
                optimizer: setup.optimizer.spec, provenance: provenance
            ).encoded()
        }
        try AtomicFile.write(bytes, to: out)
        return bytes
    }

    /// Ends an interrupted run: makes sure a checkpoint of the last step exists, says where, exits with 130.
    func stopInterrupted(trainer: Trainer, result: TrainingResult, recorder: RunRecorder?) async throws -> Never {
        let url = CheckpointPolicy(directory: checkpointFolder, interval: 1).url(step: trainer.step)
        if result.lastCheckpointPath != url.path {
            try CLIError.mappingLibraryErrors("checkpoint") { try trainer.checkpoint().write(to: url) }
        }
        if let recorder {
            Self.warn(await recorder.finish(status: .killed, step: trainer.step, metrics: [:], model: nil))
        }
        Terminal.standardError.write(
            "interrupted at step \(trainer.step) of \(trainer.configuration.steps); checkpoint written to \(url.path)\n"
                + "continue with the same options and --resume \(url.path)\n")
        throw ExitCode(130)
    }

    /// When the bundle says it was made: `SOURCE_DATE_EPOCH` when set (reproducible bundles), else now.
    static func creationTime() -> Date {
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Double(text) {
            return Date(timeIntervalSince1970: seconds)
        }
        return Date()
    }
}
