import Foundation
import Testing

@testable import Tensors

@Suite(
    "Subnormal flushing: scoped per thread, restored after, inherited by parallel pieces and products",
    .enabled(if: FloatingPointMode.isSupported))
struct FloatingPointModeTests {
    /// A subnormal (2⁻¹³⁰) from its bits (arithmetic would give zero if first run in a flushing scope), stored so
    /// the compiler cannot fold arithmetic on it.
    static let tiny: [Float] = [Float(bitPattern: 0x0008_0000)]

    /// `x · 2` (a subnormal operand; 2⁻¹²⁹ when kept) and `2⁻¹²⁶ · 2⁻²⁰` (a normal operand, a subnormal result),
    /// with the factors as arguments so that nothing is folded at compile time.
    @inline(never)
    static func probe(_ x: Float, _ two: Float = 2, _ normal: Float = Float.leastNormalMagnitude)
        -> (operand: Float, result: Float)
    {
        (x * two, normal * 0x1p-20)
    }

    /// Records whether every piece ran flushed (and computed zeros) or every piece kept subnormals.
    final class Modes: @unchecked Sendable {
        private let lock = NSLock()
        private var seen: [Bool] = []
        func add(_ flushed: Bool) { lock.withLock { seen.append(flushed) } }
        var values: [Bool] { lock.withLock { seen } }
    }

    @Test("Inside the scope subnormal operands and results are zero; after it (also after a throw) they are kept")
    func scopeFlushesAndRestores() throws {
        let outside = FloatingPointMode.flushesSubnormals
        let flushed = FloatingPointMode.with(flushingSubnormals: true) {
            (FloatingPointMode.flushesSubnormals, Self.probe(Self.tiny[0]))
        }
        #expect(flushed.0)
        #expect(flushed.1.operand == 0 && flushed.1.result == 0)
        let kept = FloatingPointMode.with(flushingSubnormals: false) { Self.probe(Self.tiny[0]) }
        #expect(kept.operand == 2 * Self.tiny[0] && kept.result.isSubnormal)
        // Nested scopes restore the outer one's mode; a throw restores too.
        let nested = FloatingPointMode.with(flushingSubnormals: true) {
            _ = FloatingPointMode.with(flushingSubnormals: false) { Self.probe(Self.tiny[0]) }
            return Self.probe(Self.tiny[0])
        }
        #expect(nested.operand == 0)
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try FloatingPointMode.with(flushingSubnormals: true) { throw Stop() }
        }
        #expect(FloatingPointMode.flushesSubnormals == outside)
    }

    @Test("Pieces on worker threads and on Dispatch (nested call) run in the caller's mode, either way round")
    func piecesRunInCallersMode() {
        for flush in [true, false, true] {
            let modes = Modes()
            FloatingPointMode.with(flushingSubnormals: flush) {
                ParallelLoop.perform(pieces: 2) { _ in
                    modes.add(Self.probe(Self.tiny[0]).operand == 0)
                    ParallelLoop.perform(pieces: 3) { _ in modes.add(Self.probe(Self.tiny[0]).operand == 0) }
                }
            }
            #expect(modes.values == [Bool](repeating: flush, count: 8), "flush \(flush)")
        }
        #expect(!FloatingPointMode.flushesSubnormals)
    }

    @Test("A product split across threads (pure Swift, system BLAS) follows the caller: flushed zero, kept 512·x")
    func parallelProductFollowsTheCaller() throws {
        let a = Matrix(rows: 128, columns: 512, repeating: Self.tiny[0])
        let b = Matrix(rows: 512, columns: 64, repeating: 1)
        let backends: [GEMM.Backend] = SystemBLAS.shared == nil ? [.pureSwift] : [.pureSwift, .systemBLAS]
        for backend in backends {
            for flush in [true, false] {
                var c = Matrix(rows: 128, columns: 64)
                try FloatingPointMode.with(flushingSubnormals: flush) {
                    try Matrix.multiply(a, b, into: &c, backend: backend, threadCount: 2)
                }
                let expected: Float = flush ? 0 : 512 * Self.tiny[0]
                c.withUnsafeBufferPointer { values in
                    #expect(values.allSatisfy { $0 == expected }, "\(backend), flush \(flush)")
                }
            }
        }
    }

    @Test("ANNEAL_SUBNORMALS: keep and off values keep subnormals; unset or anything else flushes")
    func environmentSetting() {
        #expect(ComputeSettings.subnormalsFlushed(fromEnvironment: [:]))
        #expect(ComputeSettings.subnormalsFlushed(fromEnvironment: ["ANNEAL_SUBNORMALS": "flush"]))
        for off in ["keep", " KEEP ", "off", "0", "false", "no"] {
            #expect(!ComputeSettings.subnormalsFlushed(fromEnvironment: ["ANNEAL_SUBNORMALS": off]), "\(off)")
        }
    }
}
