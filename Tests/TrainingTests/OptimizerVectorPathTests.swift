import Foundation
import Tensors
import Testing

@testable import Training

/// Optimizers with eight-lane kernels give bit-identical results to their scalar tail (the torch fixtures use
/// parameters shorter than eight elements, so they exercise the scalar path).
@Suite struct OptimizerVectorPathTests {
    @Test(arguments: ["adam", "adamw", "adam:amsgrad=true,weight_decay=0.1", "adamw:betas=0.3/0.9,amsgrad=true"])
    func wideParameterEqualsOneElementParameters(spec: String) throws {
        var random = RandomSource(seed: 17)
        let count = 21
        let initial = Matrix.randomNormal(rows: 1, columns: count, using: &random)
        var wide = [Parameter(name: "w", value: initial)]
        var narrow = (0..<count).map {
            Parameter(name: "w\($0)", value: Matrix(rows: 1, columns: 1, repeating: initial[0, $0]))
        }
        var a = try OptimizerSpec(parsing: spec).makeOptimizer()
        var b = try OptimizerSpec(parsing: spec).makeOptimizer()
        for step in 0..<4 {
            let gradient = Matrix.randomNormal(rows: 1, columns: count, using: &random)
            wide[0].gradient = gradient
            for j in 0..<count { narrow[j].gradient.fill(gradient[0, j]) }
            try a.step(&wide, learningRate: 0.01 * Double(step + 1))
            try b.step(&narrow, learningRate: 0.01 * Double(step + 1))
        }
        #expect(wide[0].value.values == narrow.map { $0.value[0, 0] })
    }

    /// A parameter large enough to be updated by several threads equals the same values as two parameters small
    /// enough for one thread each (elementwise updates do not depend on how the work is split).
    @Test(arguments: ["adam", "adamw:weight_decay=0.1", "adam:amsgrad=true"])
    func largeParameterSplitAcrossThreadsEqualsTwoHalves(spec: String) throws {
        var random = RandomSource(seed: 23)
        let (count, half) = (70_001, 35_000)
        let initial = Matrix.randomNormal(rows: 1, columns: count, using: &random)
        var whole = [Parameter(name: "w", value: initial)]
        var halves = [
            Parameter(name: "a", value: try Matrix(rows: 1, columns: half, values: Array(initial.values[..<half]))),
            Parameter(
                name: "b", value: try Matrix(rows: 1, columns: count - half, values: Array(initial.values[half...]))),
        ]
        var a = try OptimizerSpec(parsing: spec).makeOptimizer()
        var b = try OptimizerSpec(parsing: spec).makeOptimizer()
        for step in 0..<3 {
            let gradient = Matrix.randomNormal(rows: 1, columns: count, using: &random)
            whole[0].gradient = gradient
            halves[0].gradient = try Matrix(rows: 1, columns: half, values: Array(gradient.values[..<half]))
            halves[1].gradient = try Matrix(rows: 1, columns: count - half, values: Array(gradient.values[half...]))
            try a.step(&whole, learningRate: 0.01 * Double(step + 1))
            try b.step(&halves, learningRate: 0.01 * Double(step + 1))
        }
        #expect(whole[0].value.values == halves[0].value.values + halves[1].value.values)
    }
}
