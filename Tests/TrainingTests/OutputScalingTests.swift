import Tensors
import Testing

@testable import Training

@Suite("Rescaling a model's output through its last dense layer (target scaling, temperature)")
struct OutputScalingTests {
    static let input = try! Matrix(rows: 3, columns: 4, values: (0..<12).map { Float($0) * 0.25 - 1.5 })

    @Test("factor · y + shift for every output, after a hidden layer")
    func scalesAndShifts() throws {
        var model = try Sequential(
            inputs: 4,
            layers: [
                .dense(inputs: 4, outputs: 5, bias: true), .activation(.relu),
                .dense(inputs: 5, outputs: 2, bias: true),
            ],
            seed: 7)
        let before = try model.predict(Self.input)
        try model.scaleOutput(by: 2.5, shift: -1)
        let after = try model.predict(Self.input)
        for (y, scaled) in zip(before.values, after.values) { #expect(abs(scaled - (2.5 * y - 1)) < 1e-5) }
        try model.scaleOutput(by: 0.4, shift: 0.4)
        let back = try model.predict(Self.input)
        for (y, restored) in zip(before.values, back.values) { #expect(abs(restored - y) < 1e-5) }
    }

    @Test("A factor alone works without a bias; a shift needs one; the last layer must be dense")
    func refusals() throws {
        var noBias = try Sequential(inputs: 4, layers: [.dense(inputs: 4, outputs: 2, bias: false)], seed: 1)
        let before = try noBias.predict(Self.input)
        try noBias.scaleOutput(by: -2)
        let after = try noBias.predict(Self.input)
        for (y, scaled) in zip(before.values, after.values) { #expect(scaled == -2 * y) }
        let shift = #expect(throws: TrainingError.self) { try noBias.scaleOutput(by: 1, shift: 3) }
        #expect(shift?.code == .invalidState && shift?.message.contains("no bias") == true)
        var endsInActivation = try Sequential(
            inputs: 4, layers: [.dense(inputs: 4, outputs: 2, bias: true), .activation(.tanh)], seed: 1)
        let notDense = #expect(throws: TrainingError.self) { try endsInActivation.scaleOutput(by: 2) }
        #expect(notDense?.message.contains("not a dense layer") == true)
    }
}
