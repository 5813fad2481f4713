import Tensors
import Testing

@testable import Training

/// `Sequential.forward(taking:)`: the batch's storage becomes the cached input instead of being copied.
@Suite struct LayerForwardTakingTests {
    @Test("The same output and gradients as forward, and the caller gets the previous cached input to refill")
    func sameResultsAndSwappedBuffers() throws {
        var copying = try Sequential.mlp(inputs: 4, hidden: [8], outputs: 3, activation: .relu, seed: 2)
        var taking = copying
        var random = RandomSource(seed: 3)
        let first = Matrix.randomUniform(rows: 5, columns: 4, lower: -1, upper: 1, using: &random)
        let second = Matrix.randomUniform(rows: 5, columns: 4, lower: -1, upper: 1, using: &random)
        let dY = Matrix.randomUniform(rows: 5, columns: 3, lower: -1, upper: 1, using: &random)
        var batch = first
        try taking.forward(taking: &batch)
        #expect(batch.values == [])  // the model's empty initial input
        batch = second
        let output = try taking.forward(taking: &batch)
        #expect(batch == first)  // the previous batch, now the caller's buffer
        #expect(taking.activations[0] == second)
        #expect(try output == copying.forward(second))
        try taking.backward(dY)
        try copying.backward(dY)
        #expect(taking.parameters == copying.parameters)
    }

    @Test("A batch of the wrong width is refused before anything is swapped")
    func wrongWidthKeepsTheBatch() throws {
        var model = try Sequential.linear(inputs: 4, outputs: 2, seed: 1)
        var batch = Matrix(rows: 2, columns: 3, repeating: 1)
        #expect(throws: TrainingError.self) { try model.forward(taking: &batch) }
        #expect(batch == Matrix(rows: 2, columns: 3, repeating: 1))
    }
}
