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
}
