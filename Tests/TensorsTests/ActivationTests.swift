import Foundation
import Testing

@testable import Tensors

@Suite("Activations and derivatives against PyTorch float32")
struct ActivationTests {
    static let cases: [(String, Activation)] = [
        ("relu", .relu), ("leakyReLU0.01", .leakyReLU), ("leakyReLU0.2", .leakyReLU(negativeSlope: 0.2)),
        ("gelu", .gelu), ("geluTanh", .geluTanh), ("tanh", .tanh), ("sigmoid", .sigmoid),
    ]

    // Tolerance: 2e-6 absolute + 2e-6 relative. Ours are vectorised Cephes/Numerical-Recipes approximations (a few
    // float32 ulps); torch uses Sleef and, for GELU, 1 + erf(x/√2), which cancels in the lower tail (torch returns 0
    // for gelu(-10), we return the true -7.6e-23), so the absolute part of the tolerance matters there.
    @Test("Scalar and matrix forward/backward match torch", arguments: cases)
    func matchesTorch(name: String, activation: Activation) throws {
        let fixture = try TorchFixture.load()
        let reference = try #require(fixture.activations[name])
        let x = fixture.x.map(\.value)
        let input = try Matrix(rows: 1, columns: x.count, values: x)
        var output = Matrix(rows: 0, columns: 0)
        activation.forward(input, into: &output)
        let ones = Matrix(rows: 1, columns: x.count, repeating: 1)
        var gradient = Matrix(rows: 0, columns: 0)
        try activation.backward(input: input, outputGradient: ones, into: &gradient)
        for i in x.indices {
            let (y, dy) = (reference.output[i].value, reference.derivative[i].value)
            #expect(close(activation(x[i]), y, absolute: 2e-6, relative: 2e-6), "\(name)(\(x[i]))")
            #expect(close(output.values[i], y, absolute: 2e-6, relative: 2e-6), "\(name)(\(x[i])) matrix")
            #expect(close(activation.derivative(x[i]), dy, absolute: 2e-6, relative: 2e-6), "\(name)'(\(x[i]))")
            #expect(close(gradient.values[i], dy, absolute: 2e-6, relative: 2e-6), "\(name)'(\(x[i])) matrix")
        }
    }

    @Test("In-place apply equals forward; backward scales the incoming gradient")
    func inPlaceAndChainRule() throws {
        let input = NaiveReference.matrix(3, 5, seed: 9)
        var inPlace = input
        inPlace.apply(.gelu)
        #expect(inPlace == input.applying(.gelu))
        let upstream = NaiveReference.matrix(3, 5, seed: 10)
        var gradient = Matrix(rows: 0, columns: 0)
        try Activation.tanh.backward(input: input, outputGradient: upstream, into: &gradient)
        for i in 0..<input.count {
            #expect(gradient.values[i] == upstream.values[i] * Activation.tanh.derivative(input.values[i]))
        }
    }

    @Test("Backward with mismatched shapes throws")
    func backwardShapeMismatch() {
        var gradient = Matrix(rows: 0, columns: 0)
        #expect(throws: TensorsError.self) {
            try Activation.relu.backward(
                input: Matrix(rows: 2, columns: 2), outputGradient: Matrix(rows: 2, columns: 3), into: &gradient)
        }
    }

    @Test("Sigmoid does not overflow at ±100 and NaN propagates")
    func extremes() {
        #expect(Activation.sigmoid(100) == 1)
        #expect(Activation.sigmoid(-100) >= 0 && Activation.sigmoid(-100) < 1e-30)
        #expect(Activation.sigmoid.derivative(-100).isFinite)
        #expect(Activation.gelu(.nan).isNaN && Activation.tanh(.nan).isNaN)
    }

    @Test("Activation round-trips through Codable")
    func codable() throws {
        for (_, activation) in Self.cases {
            let data = try JSONEncoder().encode(activation)
            #expect(try JSONDecoder().decode(Activation.self, from: data) == activation)
        }
    }
}
