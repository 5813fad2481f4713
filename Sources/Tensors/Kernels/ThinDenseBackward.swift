// Compiled with the micro-kernels (see MicroKernelTiles.swift).

/// The backward of a thin Dense layer (a classifier's output layer, at most a dozen outputs) whose input `X` came
/// out of a ReLU, in one pass over `X`:
///
/// - the weight gradient `dW = dYᵀ · X` (or `dW + dYᵀ · X`), each element one chain of fused multiply-adds over
///   the rows in order, from +0, as `OuterSums`;
/// - the input gradient `dX = dY · W`, each element one chain over the outputs in order, from +0, as
///   `RowCombinations`, then set to +0 where `X` is 0 or below (the ReLU's backward, as `Matrix.keepWherePositive`);
/// - optionally the column sums of `dX` (the bias gradient of the layer below the ReLU), added row by row in order
///   onto +0 or onto the old sums, as `Matrix.columnSums`.
///
/// So every bit equals the three separate passes, which read `X` twice and `dX` once more.
package enum ThinDenseBackward {
    /// The matrices (row-major, with their row strides) and sizes of one backward: `dY` is rows × outputs, `W`
    /// outputs × n, `X` and `dX` rows × n, `dW` outputs × n, `columnSums` n values.
    package typealias Operands = (
        outputGradient: UnsafePointer<Float>, outputGradientStride: Int,
        weights: UnsafePointer<Float>, weightsStride: Int,
        input: UnsafePointer<Float>, inputStride: Int,
        weightGradient: UnsafeMutablePointer<Float>, weightGradientStride: Int,
        inputGradient: UnsafeMutablePointer<Float>, inputGradientStride: Int,
        columnSums: UnsafeMutablePointer<Float>?,
        rows: Int, outputs: Int, accumulates: Bool
    )

    /// Computes `columns` of `dW`, `dX` and the column sums; `accumulates` adds `dW` and the sums onto the old ones.
    package typealias Run = @Sendable (_ operands: Operands, _ columns: Range<Int>) -> Void

    typealias Vector = OuterSums.Vector

    /// Vectors of columns per block (1024 columns): the block's weight-gradient chains (outputs × 64 vectors) and
    /// column sums stay in L1 and L2 while the rows of `X` and `dX` stream through, 4 KiB of each row at a time.
    /// Narrower blocks read and write a short piece of every row per pass, which the hardware prefetcher does not
    /// follow: 256 columns took 5.6% of the 1024→2048→10 model's step, more than the three separate passes.
    static let blockVectors = 64

    package static let run: Run = { operands, columns in
        let outputs = operands.outputs
        withUnsafeTemporaryAllocation(of: Vector.self, capacity: (outputs &+ 1) &* blockVectors) { scratch in
            let chains = scratch.baseAddress!
            let sums = chains + outputs &* blockVectors
            var j = columns.lowerBound
            let vectorEnd = j &+ (columns.count / 16) &* 16
            while j < vectorEnd {
                let vectors = min(blockVectors, (vectorEnd &- j) / 16)
                block(operands, from: j, vectors: vectors, chains: chains, sums: sums)
                j &+= vectors &* 16
            }
            while j < columns.upperBound {
                column(operands, j)
                j &+= 1
            }
        }
    }

    /// Columns `from ..< from + 16 · vectors`, the rows in order, four at a time.
    @inline(__always)
    static func block(
        _ operands: Operands, from j: Int, vectors: Int, chains: UnsafeMutablePointer<Vector>,
        sums: UnsafeMutablePointer<Vector>
    ) {
        chains.update(repeating: .zero, count: operands.outputs &* vectors)
        for v in 0..<vectors {
            if operands.accumulates, let old = operands.columnSums {
                sums[v] = OuterSums.load(old + (j &+ v &* 16))
            } else {
                sums[v] = .zero
            }
        }
        var p = 0
        while p &+ 4 <= operands.rows {
            fourRows(operands, p, from: j, vectors: vectors, chains: chains, sums: sums)
            p &+= 4
        }
        while p < operands.rows {
            oneRow(operands, p, from: j, vectors: vectors, chains: chains, sums: sums)
            p &+= 1
        }
        for i in 0..<operands.outputs {
            let row = UnsafeMutableRawPointer(operands.weightGradient + (i &* operands.weightGradientStride &+ j))
            for v in 0..<vectors {
                var value = chains[i &* vectors &+ v]
                if operands.accumulates { value = value + row.loadUnaligned(fromByteOffset: v &* 64, as: Vector.self) }
                row.storeBytes(of: value, toByteOffset: v &* 64, as: Vector.self)
            }
        }
        if let target = operands.columnSums {
            let raw = UnsafeMutableRawPointer(target + j)
            for v in 0..<vectors { raw.storeBytes(of: sums[v], toByteOffset: v &* 64, as: Vector.self) }
        }
    }

    /// Rows `p ..< p + 4` of the block: each weight-gradient chain is read and written once for four rows, whose
    /// products it takes in row order.
    @inline(__always)
    static func fourRows(
        _ operands: Operands, _ p: Int, from j: Int, vectors: Int, chains: UnsafeMutablePointer<Vector>,
        sums: UnsafeMutablePointer<Vector>
    ) {
        let ldy = operands.outputGradientStride
        let dy = operands.outputGradient + p &* ldy
        let (ldx, lddx) = (operands.inputStride, operands.inputGradientStride)
        let x = operands.input + (p &* ldx &+ j)
        let dx = operands.inputGradient + (p &* lddx &+ j)
        for v in 0..<vectors {
            let offset = v &* 16
            let h0 = OuterSums.load(x + offset)
            let h1 = OuterSums.load(x + (ldx &+ offset))
            let h2 = OuterSums.load(x + (2 &* ldx &+ offset))
            let h3 = OuterSums.load(x + (3 &* ldx &+ offset))
            var (g0, g1, g2, g3) = (Vector.zero, Vector.zero, Vector.zero, Vector.zero)
            var w = operands.weights + (j &+ offset)
            var chain = chains + v
            for i in 0..<operands.outputs {
                let (f0, f1) = (Vector(repeating: dy[i]), Vector(repeating: dy[ldy &+ i]))
                let (f2, f3) = (Vector(repeating: dy[2 &* ldy &+ i]), Vector(repeating: dy[3 &* ldy &+ i]))
                var sum = chain.pointee
                sum.addProduct(f0, h0)
                sum.addProduct(f1, h1)
                sum.addProduct(f2, h2)
                sum.addProduct(f3, h3)
                chain.pointee = sum
                let weight = OuterSums.load(w)
                g0.addProduct(f0, weight)
                g1.addProduct(f1, weight)
                g2.addProduct(f2, weight)
                g3.addProduct(f3, weight)
                w += operands.weightsStride
                chain += vectors
            }
            g0 = g0.replacing(with: 0, where: h0 .<= 0)
            g1 = g1.replacing(with: 0, where: h1 .<= 0)
            g2 = g2.replacing(with: 0, where: h2 .<= 0)
            g3 = g3.replacing(with: 0, where: h3 .<= 0)
            store(g0, dx + offset)
            store(g1, dx + (lddx &+ offset))
            store(g2, dx + (2 &* lddx &+ offset))
            store(g3, dx + (3 &* lddx &+ offset))
            sums[v] = sums[v] + g0 + g1 + g2 + g3
        }
    }

    /// Row `p` of the block.
    @inline(__always)
    static func oneRow(
        _ operands: Operands, _ p: Int, from j: Int, vectors: Int, chains: UnsafeMutablePointer<Vector>,
        sums: UnsafeMutablePointer<Vector>
    ) {
        let dy = operands.outputGradient + p &* operands.outputGradientStride
        let x = operands.input + (p &* operands.inputStride &+ j)
        let dx = operands.inputGradient + (p &* operands.inputGradientStride &+ j)
        for v in 0..<vectors {
            let h = OuterSums.load(x + v &* 16)
            var gradient = Vector.zero
            var w = operands.weights + (j &+ v &* 16)
            var chain = chains + v
            for i in 0..<operands.outputs {
                let factor = Vector(repeating: dy[i])
                chain.pointee.addProduct(factor, h)
                gradient.addProduct(factor, OuterSums.load(w))
                w += operands.weightsStride
                chain += vectors
            }
            gradient = gradient.replacing(with: 0, where: h .<= 0)
            store(gradient, dx + v &* 16)
            sums[v] = sums[v] + gradient
        }
    }

    @inline(__always)
    static func store(_ vector: Vector, _ target: UnsafeMutablePointer<Float>) {
        UnsafeMutableRawPointer(target).storeBytes(of: vector, as: Vector.self)
    }

    /// One column (past the last whole vector), in the same order per element.
    static func column(_ operands: Operands, _ j: Int) {
        let (rows, outputs) = (operands.rows, operands.outputs)
        let (dy, ldy) = (operands.outputGradient, operands.outputGradientStride)
        let (x, ldx) = (operands.input, operands.inputStride)
        for i in 0..<outputs {
            var chain: Float = 0
            for p in 0..<rows { chain = chain.addingProduct(dy[p &* ldy &+ i], x[p &* ldx &+ j]) }
            let target = operands.weightGradient + (i &* operands.weightGradientStride &+ j)
            target.pointee = operands.accumulates ? chain + target.pointee : chain
        }
        var sum: Float = 0
        if operands.accumulates, let old = operands.columnSums { sum = old[j] }
        for p in 0..<rows {
            var gradient: Float = 0
            for i in 0..<outputs {
                gradient = gradient.addingProduct(dy[p &* ldy &+ i], operands.weights[i &* operands.weightsStride &+ j])
            }
            if x[p &* ldx &+ j] <= 0 { gradient = 0 }
            operands.inputGradient[p &* operands.inputGradientStride &+ j] = gradient
            sum = sum + gradient
        }
        operands.columnSums?[j] = sum
    }
}
