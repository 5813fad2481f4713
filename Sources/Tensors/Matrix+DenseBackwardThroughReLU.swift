extension Matrix {
    /// Most outputs a Dense layer may have for `denseBackwardThroughReLU` to take its backward in one pass (the most
    /// for which the separate products run row by row).
    public static let thinDenseMaximumOutputs = min(
        GEMMKernel.outerSumsMaximumRows, GEMMKernel.rowCombinationsMaximumDepth)

    /// The backward of a Dense layer with few outputs whose `input` came out of a ReLU, in one pass over `input`:
    /// `weightGradient = outputGradientᵀ · input` (added on with `accumulate`), `inputGradient = outputGradient ·
    /// weights` kept where `input > 0`, and, when `inputColumnSums` is given, the column sums of that input gradient
    /// (the bias gradient of the layer below the ReLU; added on with `accumulate`).
    ///
    /// Every bit equals the separate `multiply(_:_:into:transposeA:beta:)`,
    /// `multiply(_:_:into:keepingWherePositive:)` and `columnSums(into:accumulate:)`, which read `input` twice and
    /// the input gradient once more. When they would not take the row-wise paths this pass reproduces (more than
    /// `thinDenseMaximumOutputs` outputs, a system BLAS, no fused multiply-add, an empty batch, or a gradient or sum
    /// of another shape), nothing is written and the result is `false`: run the separate calls then.
    /// - Returns: whether the pass ran.
    /// - Throws: `TensorsError.Code.shapeMismatch` when the shapes do not form a Dense layer's backward.
    public static func denseBackwardThroughReLU(
        outputGradient: Matrix, weights: Matrix, input: Matrix, weightGradient: inout Matrix,
        inputGradient: inout Matrix, inputColumnSums: inout Matrix?, accumulate: Bool, threadCount: Int? = nil
    ) throws -> Bool {
        let (rows, outputs, n) = (input.rows, weights.rows, input.columns)
        guard outputGradient.rows == rows, outputGradient.columns == outputs, weights.columns == n else {
            throw TensorsError.shape(
                "denseBackwardThroughReLU",
                "outputGradient is \(outputGradient.rows)×\(outputGradient.columns), weights \(weights.rows)×"
                    + "\(weights.columns) and input \(rows)×\(n); pass dY (batch × outputs), W (outputs × inputs) "
                    + "and the layer's input (batch × inputs)")
        }
        guard rows > 0, outputs > 0, n > 0, outputs <= thinDenseMaximumOutputs,
            GEMMMicroKernel.calibrated.kernels[0].fused,
            !GEMM.useBLAS(.automatic, m: outputs, n: n, k: rows), !GEMM.useBLAS(.automatic, m: rows, n: n, k: outputs),
            weightGradient.rows == outputs, weightGradient.columns == n,
            inputColumnSums.map({ $0.rows == 1 && $0.columns == n }) ?? true
        else { return false }
        inputGradient.resize(rows: rows, columns: n)
        let run = GEMMMicroKernel.calibrated.kernels[0].build.kernels.thinDenseBackward
        // Columns in blocks of 64 per worker, as `OuterSums`; each element is computed by one worker alone. Two
        // products' multiply-adds decide the workers, as for one product.
        let threads = max(1, threadCount ?? ComputeSettings.threadCount)
        let workers = max(1, min(threads, 2 * rows * outputs * n / GEMMKernel.parallelMinimumWork, n / 64))
        let block = (n + 64 * workers - 1) / (64 * workers) * 64
        var sums = inputColumnSums ?? Matrix(rows: 0, columns: 0)
        let hasSums = inputColumnSums != nil
        inputColumnSums = nil  // `sums` is the only reference while it is written
        defer { if hasSums { inputColumnSums = sums } }
        outputGradient.withUnsafeBufferPointer { dy in
            weights.withUnsafeBufferPointer { w in
                input.withUnsafeBufferPointer { x in
                    weightGradient.withUnsafeMutableBufferPointer { dw in
                        inputGradient.withUnsafeMutableBufferPointer { dx in
                            sums.withUnsafeMutableBufferPointer { s in
                                let operands = UncheckedSendable(
                                    ThinDenseBackward.Operands(
                                        dy.baseAddress!, outputs, w.baseAddress!, n, x.baseAddress!, n,
                                        dw.baseAddress!, n, dx.baseAddress!, n, hasSums ? s.baseAddress : nil, rows,
                                        outputs, accumulate))
                                ParallelLoop.run(workers: min(workers, (n + block - 1) / block)) { worker in
                                    let j0 = worker * block
                                    guard j0 < n else { return }
                                    run(operands.value, j0..<min(n, j0 + block))
                                }
                            }
                        }
                    }
                }
            }
        }
        return true
    }
}
