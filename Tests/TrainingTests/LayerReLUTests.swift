import Tensors
import Testing

@testable import Training

/// The vectorised ReLU forward of `ActivationLayer` against the scalar definition it replaced (torch's relu: NaN
/// kept, −0 → +0), bit for bit.
@Suite struct LayerReLUTests {
    /// The scalar reference: `x > 0 || x.isNaN ? x : 0`.
    static func reference(_ x: [Float]) -> [UInt32] {
        x.map { ($0 > 0 || $0.isNaN ? $0 : 0).bitPattern }
    }

    /// Values with every special case, repeated to fill whole vectors and leave a tail (37 = 2·16 + 5).
    static let inputs: [Float] = (0..<37).map { i in
        let specials: [Float] = [.nan, -0.0, 0, -1.5, 2.25, .infinity, -.infinity, .leastNonzeroMagnitude, -.leastNonzeroMagnitude]
        return specials[i % specials.count]
    }

    @Test func nanKeptNegativeZeroAndTailMatchTheScalarDefinition() throws {
        var model = try Sequential(inputs: Self.inputs.count, layers: [.activation(.relu)])
        let output = try model.forward(Matrix(rows: 1, columns: Self.inputs.count, values: Self.inputs))
        #expect(output.values.map(\.bitPattern) == Self.reference(Self.inputs))
    }

    @Test func emptyAndOneElementInputs() {
        for values in [[Float](), [-0.0], [Float.nan]] {
            var out = [Float](repeating: 7, count: values.count)
            values.withUnsafeBufferPointer { x in
                out.withUnsafeMutableBufferPointer { y in ActivationLayer.relu(x, into: y) }
            }
            #expect(out.map(\.bitPattern) == Self.reference(values))
        }
    }

    @Test func rangesSplitAtSixteenGiveTheSameBitsAsOnePass() {
        let x: [Float] = (0..<100).map { i in i % 5 == 0 ? -0.0 : Float(i % 7) - 3.5 }
        var whole = [Float](repeating: 0, count: x.count)
        var split = [Float](repeating: 0, count: x.count)
        x.withUnsafeBufferPointer { x in
            whole.withUnsafeMutableBufferPointer { y in ActivationLayer.relu(x, into: y) }
            split.withUnsafeMutableBufferPointer { y in
                for range in [0..<48, 48..<100] {
                    ActivationLayer.relu(
                        UnsafeBufferPointer(rebasing: x[range]), into: UnsafeMutableBufferPointer(rebasing: y[range]))
                }
            }
        }
        #expect(whole.map(\.bitPattern) == split.map(\.bitPattern))
        #expect(whole.map(\.bitPattern) == Self.reference(x))
    }
}
