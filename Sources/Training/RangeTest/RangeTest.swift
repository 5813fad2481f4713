import Schedules
import Tensors

/// The learning-rate range test (Leslie Smith; fastai's `lr_find`): train a copy of the model for a few steps
/// while the rate grows exponentially, record the smoothed loss, and suggest rates from the curve.
///
/// The caller's model and optimizer are untouched (both are values; the test runs on copies). Defaults are fastai's:
/// 100 steps from 1e-7 to 10, β = 0.98, stop when the smoothed loss exceeds 4× the best.
public struct RangeTest: Sendable, Codable {
    /// The first rate.
    public var minRate: Double = 1e-7
    /// The rate the sweep reaches at `steps`.
    public var maxRate: Double = 10
    /// Steps of the full sweep.
    public var steps: Int = 100
    /// Samples per batch.
    public var batchSize: Int = 32
    /// Seeds the batch order.
    public var seed: UInt64 = 0
    /// Weight of the past in the smoothed loss.
    public var beta: Double = 0.98
    /// Stop when the smoothed loss exceeds this multiple of the best.
    public var divergenceFactor: Double = 4

    /// fastai's defaults.
    public init() {}

    /// Runs the sweep.
    /// - Parameters:
    ///   - model: the model to probe (not modified).
    ///   - optimizer: the optimizer to probe with, e.g. the one the run will use (not modified).
    ///   - loss: the objective.
    ///   - data: training samples (visited in seeded random order, reshuffled each epoch).
    /// - Returns: the rates, the smoothed losses and the suggestions.
    /// - Throws: `TrainingError` for invalid settings or data that does not fit the model.
    ///
    /// Like `Trainer`, the sweep flushes subnormal floats unless `ComputeSettings.flushesSubnormals` is false.
    public func run(
        model: Sequential, optimizer: any Optimizer, loss: any Loss, data: TrainingData
    ) throws -> RangeTestResult {
        try FloatingPointMode.with(flushingSubnormals: ComputeSettings.flushesSubnormals) {
            try sweep(model: model, optimizer: optimizer, loss: loss, data: data)
        }
    }

    func sweep(model: Sequential, optimizer: any Optimizer, loss: any Loss, data: TrainingData) throws
        -> RangeTestResult
    {
        var recorder = try RangeTestRecorder(
            minRate: minRate, maxRate: maxRate, numSteps: steps, beta: beta, divergenceFactor: divergenceFactor)
        guard data.features.columns == model.inputColumns else {
            throw TrainingError(
                .shapeMismatch,
                "the data has \(data.features.columns) feature columns but the model takes "
                    + "\(model.inputColumns); encode it with the model's encoder")
        }
        var model = model
        var optimizer = optimizer
        var sampler = try BatchSampler(sampleCount: data.count, batchSize: batchSize, seed: seed)
        var features = Matrix(rows: 0, columns: 0)
        var targets = Matrix(rows: 0, columns: 0)
        var gradient = Matrix(rows: 0, columns: 0)
        while !recorder.isFinished {
            try data.gather(sampler.nextBatch(), features: &features, targets: &targets)
            let output = try model.forward(features)
            let value = try loss.evaluate(output: output, targets: targets, gradient: &gradient)
            if value.isFinite {
                try model.backward(gradient)
                try optimizer.step(&model.parameters, learningRate: recorder.nextRate)
            }
            recorder.record(loss: value)
        }
        return RangeTestResult(recorder: recorder)
    }
}
