import Foundation
import Testing

@testable import Tensors

@Suite("Matrix storage, shapes and Codable")
struct MatrixTests {
    @Test("Initialisers validate counts and ragged rows instead of crashing")
    func initialisers() throws {
        #expect(throws: TensorsError.self) { try Matrix(rows: 2, columns: 3, values: [1, 2, 3]) }
        #expect(throws: TensorsError.self) { try Matrix(rows: -1, columns: 3, values: []) }
        #expect(throws: TensorsError.self) { try Matrix([[1, 2], [3]]) }
        let m = try Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(m.rows == 2 && m.columns == 3 && m[1, 0] == 4 && Array(m.row(1)) == [4, 5, 6])
        #expect(try Matrix([]).isEmpty)
        #expect(Matrix(rowVector: [1, 2]).rows == 1)
        #expect(Matrix.identity(2).values == [1, 0, 0, 1])
    }

    @Test("transposed, reshaped and resize keep row-major order")
    func shapes() throws {
        let m = try Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(m.transposed() == (try Matrix([[1, 4], [2, 5], [3, 6]])))
        #expect(try m.reshaped(rows: 3, columns: 2).values == m.values)
        #expect(throws: TensorsError.self) { try m.reshaped(rows: 4, columns: 2) }
        var r = m
        r.resize(rows: 1, columns: 2)
        #expect(r.count == 2 && r.rows == 1)
        r.resize(rows: 3, columns: 3)
        #expect(r.count == 9)
    }

    @Test("Codable round-trips; a value count that does not match the shape is rejected")
    func codable() throws {
        let m = NaiveReference.matrix(3, 4, seed: 1)
        let decoded = try JSONDecoder().decode(Matrix.self, from: JSONEncoder().encode(m))
        #expect(decoded == m)
        let bad = Data(#"{"rows":2,"columns":2,"values":[1,2,3]}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Matrix.self, from: bad) }
    }

    @Test("description shows the shape and at most six rows and columns")
    func description() throws {
        #expect(try Matrix([[1, 2], [3, 4]]).description == "Matrix 2×2 [[1.0, 2.0], [3.0, 4.0]]")
        let wide = Matrix(rows: 7, columns: 8, repeating: 0).description
        #expect(wide.hasPrefix("Matrix 7×8 [[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, …]") && wide.hasSuffix(", …]"))
        #expect(Matrix(rows: 0, columns: 3).description == "Matrix 0×3 []")
    }

    @Test("rows(_:) and gatherRows select mini-batches and reject out-of-range indices")
    func rowSelection() throws {
        let m = try Matrix([[0, 0], [1, 1], [2, 2], [3, 3]])
        #expect(try m.rows(1..<3) == (try Matrix([[1, 1], [2, 2]])))
        #expect(throws: TensorsError.self) { try m.rows(3..<5) }
        #expect(try m.gatheringRows([3, 0, 3]) == (try Matrix([[3, 3], [0, 0], [3, 3]])))
        #expect(throws: TensorsError.self) { try m.gatheringRows([4]) }
        #expect(try m.gatheringRows([Int]()).rows == 0)
        // A batch large enough to be split across threads: every row lands in its place.
        let source = try Matrix(rows: 400, columns: 512, values: (0..<(400 * 512)).map { Float($0 / 512) })
        let order = (0..<300).map { ($0 * 37) % 400 }
        var batch = Matrix(rows: 0, columns: 0)
        try batch.gatherRows(order, from: source)
        #expect(batch.rows == 300 && batch.values == order.flatMap { [Float](repeating: Float($0), count: 512) })
    }
}

@Suite("Elementwise arithmetic and reductions against naive loops")
struct ArithmeticTests {
    @Test("add (axpy), subtract, scale, multiplyElementwise, fill")
    func elementwise() throws {
        let x = NaiveReference.matrix(5, 7, seed: 2)
        let y = NaiveReference.matrix(5, 7, seed: 3)
        var z = y
        try z.add(x, scaledBy: -0.5)
        #expect(z.values == zip(x.values, y.values).map { $1 + -0.5 * $0 })
        z = y
        try z.subtract(x)
        #expect(z.values == zip(x.values, y.values).map { $1 - $0 })
        z = y
        z.scale(by: 3)
        #expect(z.values == y.values.map { $0 * 3 })
        z = y
        try z.multiplyElementwise(by: x)
        #expect(z.values == zip(x.values, y.values).map { $0 * $1 })
        z.fill(2)
        #expect(z.values.allSatisfy { $0 == 2 })
        #expect(throws: TensorsError.self) { try z.add(Matrix(rows: 7, columns: 5)) }
        #expect(throws: TensorsError.self) { try z.multiplyElementwise(by: Matrix(rows: 1, columns: 7)) }
    }

    @Test("assign copies shape and values into the storage it already owns, and leaves the source alone")
    func assignReusesStorage() {
        let source = NaiveReference.matrix(6, 5, seed: 11)
        var target = Matrix(rows: 6, columns: 5)
        let before = target.withUnsafeBufferPointer { $0.baseAddress }
        target.assign(source)
        #expect(target == source)
        #expect(target.withUnsafeBufferPointer { $0.baseAddress } == before)
        var changed = source
        changed[0, 0] = 99
        target.assign(changed)
        #expect(target[0, 0] == 99 && source[0, 0] != 99)
        #expect(target.withUnsafeBufferPointer { $0.baseAddress } == before)
        // A smaller shape fits in the same storage; a copy that shares storage with its source stays shared.
        target.assign(NaiveReference.matrix(2, 3, seed: 12))
        #expect(target == NaiveReference.matrix(2, 3, seed: 12))
        #expect(target.withUnsafeBufferPointer { $0.baseAddress } == before)
        var sharing = source
        sharing.assign(source)
        #expect(sharing == source)
        // Storage that is not uniquely referenced is copied first, so the other holder keeps its values.
        var holder = target
        let kept = holder
        holder.assign(source)
        #expect(holder == source && kept == NaiveReference.matrix(2, 3, seed: 12))
        var empty = Matrix(rows: 0, columns: 3)
        empty.assign(Matrix(rows: 0, columns: 4))
        #expect(empty.rows == 0 && empty.columns == 4)
    }

    @Test("addBias broadcasts over rows; columnSums is its gradient; shape errors throw")
    func biasAndColumnSums() throws {
        var x = NaiveReference.matrix(4, 3, seed: 4)
        let original = x
        try x.addBias([1, 2, 3])
        for i in 0..<4 {
            for j in 0..<3 { #expect(x[i, j] == original[i, j] + Float(j + 1)) }
        }
        #expect(throws: TensorsError.self) { try x.addBias([1, 2]) }
        let sums = original.columnSums()
        for j in 0..<3 { #expect(sums[j] == (0..<4).reduce(Float(0)) { $0 + original[$1, j] }) }
        var accumulated = sums
        original.columnSums(into: &accumulated, accumulate: true)
        #expect(accumulated == sums.map { $0 + $0 })
        original.columnSums(into: &accumulated)
        #expect(accumulated == sums)
        #expect(Matrix(rows: 0, columns: 3).columnSums() == [0, 0, 0])
        var asMatrix = Matrix(rows: 3, columns: 1, repeating: 9)
        original.columnSums(into: &asMatrix)
        #expect(asMatrix.rows == 1 && asMatrix.values == sums)
        original.columnSums(into: &asMatrix, accumulate: true)
        #expect(asMatrix.values == sums.map { $0 + $0 })
        var biased = original
        try biased.addBias(Matrix(rowVector: [1, 2, 3]))
        #expect(biased == x)
        #expect(throws: TensorsError.self) { try biased.addBias(Matrix(rowVector: [1])) }
    }

    @Test("sum, mean, maximum, rowSums, rowMeans, rowMaxima; empty and NaN cases follow torch")
    func reductions() throws {
        let m = try Matrix([[1, -2, 3], [4, 5, -6]])
        #expect(m.sum() == 5)
        #expect(m.mean() == Float(5) / 6)
        #expect(m.maximum() == 5)
        #expect(m.rowSums() == [2, 3])
        #expect(m.rowMeans() == [Float(2) / 3, 1])
        #expect(m.rowMaxima() == [3, 5])
        #expect(Matrix(rows: 0, columns: 0).sum() == 0)
        #expect(Matrix(rows: 0, columns: 0).mean().isNaN)
        #expect(Matrix(rows: 0, columns: 0).maximum() == -.infinity)
        #expect(try Matrix([[1, .nan, 3]]).maximum().isNaN)
        #expect(try Matrix([[1, .nan, 3]]).rowMaxima()[0].isNaN)
    }

    @Test("rowArgmax: first maximum on ties, first NaN wins, -1 for zero columns")
    func argmax() throws {
        #expect(try Matrix([[1, 3, 3], [-5, -7, -6], [0, .nan, 9]]).rowArgmax() == [1, 0, 1])
        #expect(try Matrix([[-.infinity, -.infinity]]).rowArgmax() == [0])
        #expect(Matrix(rows: 2, columns: 0).rowArgmax() == [-1, -1])
    }

    @Test("Random matrices are reproducible from the seed and in range")
    func randomMatrices() {
        var r1 = RandomSource(seed: 8)
        var r2 = RandomSource(seed: 8)
        let u = Matrix.randomUniform(rows: 10, columns: 10, lower: -2, upper: 3, using: &r1)
        #expect(u == Matrix.randomUniform(rows: 10, columns: 10, lower: -2, upper: 3, using: &r2))
        #expect(u.values.allSatisfy { $0 >= -2 && $0 < 3 })
        let n = Matrix.randomNormal(rows: 50, columns: 40, mean: 1, standardDeviation: 0.1, using: &r1)
        #expect(abs(n.mean() - 1) < 0.01)
    }

    @Test("squaredNorm, dot, isFinite and transform")
    func normsAndTransform() throws {
        let m = try Matrix([[3, -4], [0, 12]])
        #expect(m.squaredNorm() == 169)
        #expect(try m.dot(m) == 169)
        #expect(try m.dot(Matrix(rows: 2, columns: 2, repeating: 1)) == 11)
        #expect(throws: TensorsError.self) { try m.dot(Matrix(rows: 1, columns: 4)) }
        #expect(m.isFinite)
        #expect(try !Matrix([[1, .infinity]]).isFinite && !Matrix([[.nan]]).isFinite)
        var t = m
        t.transform { $0 * 2 + 1 }
        #expect(t.values == [7, -7, 1, 25])
    }

    @Test("setRows resizes and copies the bias into every row (one row, many rows split across threads, none)")
    func setRowsToBias() throws {
        let bias = try Matrix([[1, -2, 3]])
        var x = Matrix(rows: 5, columns: 7, repeating: 9)
        x.setRows(2, to: bias)
        #expect(x.rows == 2 && x.columns == 3 && x.values == [1, -2, 3, 1, -2, 3])
        let wide = Matrix(rowVector: (0..<512).map(Float.init))
        var many = Matrix(rows: 0, columns: 0)
        many.setRows(300, to: wide)
        #expect(
            many.rows == 300
                && (0..<300).allSatisfy { i in Array(many.values[(i * 512)..<(i * 512 + 512)]) == wide.values })
        x.setRows(0, to: bias)
        #expect(x.rows == 0 && x.columns == 3)
    }
}
