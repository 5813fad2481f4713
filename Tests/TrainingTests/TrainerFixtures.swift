import Foundation
import Schedules
import Tensors

@testable import Training

/// Small synthetic data and recipes shared by the trainer, guard and resume tests.
enum TrainerFixtures {
    /// `rows` samples of `features` standard-normal features drawn from `seed`; the class is the argmax of
    /// `classes` linear scores whose weights are fixed (seed 99), so every sample set follows the same rule.
    static func classification(rows: Int, features: Int = 6, classes: Int = 3, seed: UInt64 = 11) throws
        -> TrainingData
    {
        var random = RandomSource(seed: seed)
        let x = Matrix.randomNormal(rows: rows, columns: features, using: &random)
        var ruleRandom = RandomSource(seed: 99)
        let w = Matrix.randomNormal(rows: classes, columns: features, using: &ruleRandom)
        var labels: [Float] = []
        for r in 0..<rows {
            var best = 0
            var bestScore = -Float.infinity
            for c in 0..<classes {
                var score: Float = 0
                for f in 0..<features { score += x[r, f] * w[c, f] }
                if score > bestScore {
                    bestScore = score
                    best = c
                }
            }
            labels.append(Float(best))
        }
        return try TrainingData(features: x, targets: Matrix(rows: rows, columns: 1, values: labels))
    }

    /// A temporary folder removed by the caller.
    static func temporaryDirectory() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("anneal-loop-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The exact bits of every weight, for bitwise comparisons.
    static func weightBits(_ model: Sequential) -> [[UInt32]] {
        model.parameters.map { $0.value.values.map(\.bitPattern) }
    }

    /// Stops the run (through the stop flag) once `step` updates are done, as a Ctrl-C handler would.
    final class StopAt: TrainingObserver {
        let step: Int
        let flag: StopFlag
        init(step: Int, flag: StopFlag) {
            self.step = step
            self.flag = flag
        }
        func trainerDidStep(_ report: StepReport) { if report.step == step { flag.requestStop() } }
    }

    /// Records everything it is told.
    final class Recorder: TrainingObserver {
        var steps: [StepReport] = []
        var validations: [ValidationReport] = []
        var events: [TrainingEvent] = []
        var ended: TrainingResult?
        func trainerDidStep(_ report: StepReport) { steps.append(report) }
        func trainerDidValidate(_ report: ValidationReport) { validations.append(report) }
        func trainerDidRecord(_ event: TrainingEvent) { events.append(event) }
        func trainerDidEnd(_ result: TrainingResult) { ended = result }
    }
}
