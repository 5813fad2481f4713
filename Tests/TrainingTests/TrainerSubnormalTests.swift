import Schedules
import Tensors
import Testing

@testable import Training

/// `Trainer` flushes subnormal floats by default (`FloatingPointMode`), and keeps them when told to.
@Suite(.enabled(if: FloatingPointMode.isSupported))
struct TrainerSubnormalTests {
    /// One SGD step (rate 1) on `y = w·x` from `w = 0`, with x = 1e-20 and target 1e-19: the MSE weight gradient
    /// is 2·(0 − 1e-19)·1e-20 = −2e-39, a subnormal. Returns the weight after the step.
    func weightAfterOneStep(flushing: Bool) throws -> Float {
        var model = try Sequential(inputs: 1, layers: [.dense(inputs: 1, outputs: 1, bias: false)])
        model.parameters[0].value = Matrix(rows: 1, columns: 1, repeating: 0)
        let data = try TrainingData(
            features: Matrix(rows: 1, columns: 1, repeating: 1e-20),
            targets: Matrix(rows: 1, columns: 1, repeating: 1e-19))
        let schedule = ScheduleSpec(type: "constant", parameters: ["lr": 1, "factor": 1])
        var trainer = try Trainer(
            model: model, optimizer: SGD(), loss: MeanSquaredErrorLoss(),
            configuration: TrainerConfiguration(steps: 1, batchSize: 1, schedule: schedule))
        #expect(trainer.flushesSubnormals == ComputeSettings.flushesSubnormals)
        trainer.flushesSubnormals = flushing
        _ = try trainer.fit(training: data)
        #expect(!FloatingPointMode.flushesSubnormals, "fit restores the caller's mode")
        return trainer.model.parameters[0].value[0, 0]
    }

    @Test("Flushed, the subnormal gradient is zero and the weight stays 0; kept, the weight moves by 2e-39")
    func subnormalGradient() throws {
        #expect(try weightAfterOneStep(flushing: true) == 0)
        let kept = try weightAfterOneStep(flushing: false)
        #expect(kept.isSubnormal)
        #expect(abs(Double(kept) - 2e-39) < 1e-41)
    }
}
