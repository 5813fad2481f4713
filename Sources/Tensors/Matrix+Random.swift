extension Matrix {
    /// A `rows × columns` matrix of values drawn uniformly from `[lower, upper)`, in row-major order.
    public static func randomUniform(
        rows: Int, columns: Int, lower: Float, upper: Float, using random: inout RandomSource
    ) -> Matrix {
        var m = Matrix(rows: rows, columns: columns)
        m.withUnsafeMutableBufferPointer { v in
            for i in 0..<v.count { v[i] = random.uniform(lower, upper) }
        }
        return m
    }

    /// A `rows × columns` matrix of normal values with the given mean and standard deviation.
    public static func randomNormal(
        rows: Int, columns: Int, mean: Float = 0, standardDeviation: Float = 1, using random: inout RandomSource
    ) -> Matrix {
        var m = Matrix(rows: rows, columns: columns)
        m.withUnsafeMutableBufferPointer { v in
            for i in 0..<v.count { v[i] = random.normal(mean: mean, standardDeviation: standardDeviation) }
        }
        return m
    }
}
