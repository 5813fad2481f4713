import Testing

@testable import Tensors

@Suite("Row softmax and log-softmax against PyTorch, including extreme values")
struct SoftmaxTests {
    // Tolerance: 1e-6 absolute + 2e-6 relative; NaN and ±infinity must match exactly.
    @Test("Each fixture row (±1000, ±3e38, -inf masks, +inf, NaN, one column) matches torch")
    func matchesTorch() throws {
        let fixture = try TorchFixture.load()
        for row in fixture.softmaxRows {
            let input = Matrix(rowVector: row.input.map(\.value))
            let softmax = input.softmaxRows()
            let logSoftmax = input.logSoftmaxRows()
            for j in 0..<input.columns {
                #expect(
                    close(softmax.values[j], row.softmax[j].value, absolute: 1e-6, relative: 2e-6),
                    "softmax \(input.values) at \(j)")
                #expect(
                    close(logSoftmax.values[j], row.logSoftmax[j].value, absolute: 1e-6, relative: 2e-6),
                    "logSoftmax \(input.values) at \(j)")
            }
        }
    }

    @Test("Rows are independent and each finite row sums to 1")
    func rowsSumToOne() {
        var logits = NaiveReference.matrix(7, 11, seed: 4)
        logits.scale(by: 50)
        let probabilities = logits.softmaxRows()
        for s in probabilities.rowSums() { #expect(abs(s - 1) < 1e-5) }
        let firstRowAlone = Matrix(rowVector: Array(logits.row(0))).softmaxRows()
        #expect(Array(probabilities.row(0)) == firstRowAlone.values)
    }

    @Test("Zero columns and zero rows are left empty")
    func empty() {
        #expect(Matrix(rows: 3, columns: 0).softmaxRows() == Matrix(rows: 3, columns: 0))
        #expect(Matrix(rows: 0, columns: 4).logSoftmaxRows() == Matrix(rows: 0, columns: 4))
    }
}
