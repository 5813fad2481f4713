import Foundation

extension SystemBLAS {
    /// Whether this library computes every element of C to the same bits however C is split into row or column
    /// slabs, checked once (on the first balanced product) on all four transpose combinations of a product whose
    /// slabs take the library's regular, blocked path. OpenBLAS does: an element's sum over K runs in blocks that
    /// depend only on K. Where this is false, `sgemmInSlabs` keeps equal slabs, so results stay deterministic.
    var splitIndependent: Bool { splitCheck.result { checkSplitIndependence() } }

    /// Multiplies a 160 × 288 by a 288 × 192 matrix whole, in two row slabs and in two column slabs (at boundaries
    /// that are not multiples of any vector width), and compares the bits.
    func checkSplitIndependence() -> Bool {
        SystemBLASThreads.ensure(1, on: self)
        let (m, n, k) = (160, 192, 288)
        var state: UInt32 = 12345
        func next() -> Float {
            state = state &* 1_664_525 &+ 1_013_904_223
            return Float(state >> 8) / Float(1 << 24) - 0.5
        }
        let a = (0..<(m * k)).map { _ in next() }
        let b = (0..<(k * n)).map { _ in next() }
        for (transposeA, transposeB) in [(false, false), (true, false), (false, true), (true, true)] {
            let (lda, ldb) = (transposeA ? m : k, transposeB ? k : n)
            func product(rows: Range<Int>, cols: Range<Int>, into c: inout [Float]) {
                a.withUnsafeBufferPointer { a in
                    b.withUnsafeBufferPointer { b in
                        c.withUnsafeMutableBufferPointer { c in
                            let (a, b, c) = (a.baseAddress!, b.baseAddress!, c.baseAddress!)
                            sgemm(
                                transposeA: transposeA, transposeB: transposeB, m: rows.count, n: cols.count, k: k,
                                alpha: 1, a: transposeA ? a + rows.lowerBound : a + rows.lowerBound * lda, lda: lda,
                                b: transposeB ? b + cols.lowerBound * ldb : b + cols.lowerBound, ldb: ldb,
                                beta: 0, c: c + rows.lowerBound * n + cols.lowerBound, ldc: n)
                        }
                    }
                }
            }
            var whole = [Float](repeating: 0, count: m * n)
            product(rows: 0..<m, cols: 0..<n, into: &whole)
            var byRows = [Float](repeating: 0, count: m * n)
            product(rows: 0..<61, cols: 0..<n, into: &byRows)
            product(rows: 61..<m, cols: 0..<n, into: &byRows)
            var byColumns = [Float](repeating: 0, count: m * n)
            product(rows: 0..<m, cols: 0..<83, into: &byColumns)
            product(rows: 0..<m, cols: 83..<n, into: &byColumns)
            let bits = whole.map(\.bitPattern)
            guard byRows.map(\.bitPattern) == bits, byColumns.map(\.bitPattern) == bits else { return false }
        }
        return true
    }
}

/// A result computed once, on first use (`SystemBLAS.splitIndependent`).
final class SplitCheck: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Bool?

    func result(_ compute: () -> Bool) -> Bool {
        lock.withLock {
            if let value { return value }
            let computed = compute()
            value = computed
            return computed
        }
    }
}
