import Foundation
import Tensors
import Testing

@testable import Training

/// Inverted dropout: torch's scaling, identity in evaluation, seeded and resumable masks.
@Suite struct LayerDropoutTests {
    func model(_ p: Double, seed: UInt64 = 3) throws -> Sequential {
        try Sequential(inputs: 50, layers: [.dropout(probability: p)], seed: seed)
    }

    @Test func trainingZeroesAboutPAndScalesSurvivors() throws {
        var m = try model(0.25)
        let x = Matrix(rows: 40, columns: 50, repeating: 2)
        let y = try m.forward(x)
        let zeros = y.values.filter { $0 == 0 }.count
        let kept = y.values.filter { $0 != 0 }
        // 2000 Bernoulli(0.25) draws: mean 500, sd ≈ 19.4; ±5 sd.
        #expect(abs(zeros - 500) < 100)
        #expect(kept.allSatisfy { $0 == Float(2 / 0.75) })
    }

    @Test func evaluationIsTheIdentity() throws {
        var m = try model(0.5)
        m.mode = .evaluation
        var random = RandomSource(seed: 1)
        let x = Matrix.randomNormal(rows: 3, columns: 50, using: &random)
        let before = m.random
        #expect(try m.forward(x) == x)
        #expect(m.random == before)
        try m.backward(x, computeInputGradient: true)
        #expect(m.inputGradient == x)
    }

    @Test func backwardUsesTheForwardMask() throws {
        var m = try model(0.5)
        let x = Matrix(rows: 2, columns: 50, repeating: 1)
        let y = try m.forward(x)
        try m.backward(Matrix(rows: 2, columns: 50, repeating: 1), computeInputGradient: true)
        #expect(m.inputGradient == y)
    }

    @Test func probabilityOneDropsEverythingAndZeroKeepsEverything() throws {
        var all = try model(1)
        #expect(try all.forward(Matrix(rows: 2, columns: 50, repeating: 3)).values.allSatisfy { $0 == 0 })
        var none = try model(0)
        let x = Matrix(rows: 2, columns: 50, repeating: 3)
        #expect(try none.forward(x) == x)
    }

    @Test func masksAreSeededAndResumeFromTheSavedStream() throws {
        var a = try model(0.5, seed: 9)
        var b = try model(0.5, seed: 9)
        let x = Matrix(rows: 2, columns: 50, repeating: 1)
        #expect(try a.forward(x) == b.forward(x))
        let saved = try JSONDecoder().decode(Sequential.self, from: JSONEncoder().encode(a))
        var resumed = saved
        #expect(try a.forward(x) == resumed.forward(x))
        var other = try model(0.5, seed: 10)
        #expect(try other.forward(x) != b.forward(x))
    }

    @Test func invalidProbabilityIsAnError() {
        #expect(throws: TrainingError.self) { try model(1.5) }
        #expect(throws: TrainingError.self) { try model(-0.1) }
        #expect(throws: TrainingError.self) { try model(.nan) }
    }
}
