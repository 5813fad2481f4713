@testable import Tensors

/// Simple, obviously correct implementations the optimised kernels are checked against.
enum NaiveReference {
    /// `alpha * op(a) * op(b) + beta * c`, summed in `Double`.
    static func gemm(
        _ a: Matrix, _ b: Matrix, c: Matrix?, transposeA: Bool, transposeB: Bool, alpha: Float, beta: Float
    ) -> Matrix {
        let opA = transposeA ? a.transposed() : a
        let opB = transposeB ? b.transposed() : b
        var out = Matrix(rows: opA.rows, columns: opB.columns)
        for i in 0..<opA.rows {
            for j in 0..<opB.columns {
                var acc: Double = 0
                for p in 0..<opA.columns { acc += Double(opA[i, p]) * Double(opB[p, j]) }
                let old = beta == 0 ? 0 : Double(beta) * Double(c?[i, j] ?? 0)
                out[i, j] = Float(Double(alpha) * acc + old)
            }
        }
        return out
    }

    /// Largest `|x - y| / (1 + |y|)` over all elements.
    static func maxRelativeError(_ x: Matrix, _ y: Matrix) -> Float {
        precondition(x.rows == y.rows && x.columns == y.columns)
        var worst: Float = 0
        for (u, v) in zip(x.values, y.values) { worst = Swift.max(worst, abs(u - v) / (1 + abs(v))) }
        return worst
    }

    /// A reproducible test matrix with values in [-1, 1).
    static func matrix(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
        var random = RandomSource(seed: seed)
        return Matrix.randomUniform(rows: rows, columns: columns, lower: -1, upper: 1, using: &random)
    }
}
