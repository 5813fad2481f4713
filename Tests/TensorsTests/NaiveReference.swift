@testable import Tensors

/// Simple, obviously correct implementations the optimised kernels are checked against.
enum NaiveReference {
    /// `alpha * op(a) * op(b) + beta * c`, summed in `Double`.
    static func gemm(
        _ a: Matrix, _ b: Matrix, c: Matrix?, transposeA: Bool, transposeB: Bool, alpha: Float, beta: Float
    ) -> Matrix {
        let opA = transposeA ? a.transposed() : a
        let opB = transposeB ? b.transposed() : b
        let (m, n, k) = (opA.rows, opB.columns, opA.columns)
        var out = [Float](repeating: 0, count: m * n)
        let (x, y, old) = (opA.values, opB.values, c?.values ?? [Float](repeating: 0, count: m * n))
        for i in 0..<m {
            for j in 0..<n {
                var acc: Double = 0
                for p in 0..<k { acc += Double(x[i * k + p]) * Double(y[p * n + j]) }
                let previous = beta == 0 ? 0 : Double(beta) * Double(old[i * n + j])
                out[i * n + j] = Float(Double(alpha) * acc + previous)
            }
        }
        return try! Matrix(rows: m, columns: n, values: out)
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
