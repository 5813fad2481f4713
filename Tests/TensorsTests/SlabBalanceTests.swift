import Foundation
import Testing

@testable import Tensors

@Suite("Balanced slabs: a faster CPU takes a longer slab of a system-BLAS product, and the bits do not change")
struct SlabBalanceTests {
    @Test("A share is proportional to the CPU's speed, rounded to 32, clamped to leave the others their minimum")
    func shares() {
        #expect(SlabBalance.share(remaining: 2048, pieces: 2, own: 1, others: 1, minimum: 256) == 1024)
        // 2:1 → two thirds of 2048 is 1365.3, rounded to 1376 (43 × 32).
        #expect(SlabBalance.share(remaining: 2048, pieces: 2, own: 2, others: 1, minimum: 256) == 1376)
        #expect(SlabBalance.share(remaining: 2048, pieces: 2, own: 1, others: 2, minimum: 256) == 672)
        // Extremes stop at the minimum, for this piece or for the one after it.
        #expect(SlabBalance.share(remaining: 2048, pieces: 2, own: 0.25, others: 4, minimum: 256) == 256)
        #expect(SlabBalance.share(remaining: 2048, pieces: 2, own: 4, others: 0.25, minimum: 256) == 1792)
        // The last piece takes all that remains; with three left, each of the others counts.
        #expect(SlabBalance.share(remaining: 777, pieces: 1, own: 3, others: 1, minimum: 100) == 777)
        #expect(SlabBalance.share(remaining: 3072, pieces: 3, own: 1, others: 1, minimum: 256) == 1024)
        #expect(SlabBalance.share(remaining: 3072, pieces: 3, own: 2, others: 1, minimum: 256) == 1536)
        // A length too short for the minimum still splits without going negative.
        #expect(SlabBalance.share(remaining: 40, pieces: 2, own: 1, others: 1, minimum: 30) == 10)
    }

    @Test("Speeds move toward each CPU's measured speed relative to the call's mean, and stay within bounds")
    func smoothing() {
        let balance = SlabBalance()
        // CPU 1 runs twice as fast as CPU 0: relative speeds 2/3 and 4/3.
        balance.record([(cpu: 0, items: 1000, nanoseconds: 2000), (cpu: 1, items: 1000, nanoseconds: 1000)])
        #expect(abs(balance.speed(of: 0) - (0.7 + 0.3 * 2.0 / 3.0)) < 1e-12)
        #expect(abs(balance.speed(of: 1) - (0.7 + 0.3 * 4.0 / 3.0)) < 1e-12)
        for _ in 0..<40 {
            balance.record([(cpu: 0, items: 1000, nanoseconds: 2000), (cpu: 1, items: 1000, nanoseconds: 1000)])
        }
        #expect(abs(balance.speed(of: 0) - 2.0 / 3.0) < 1e-6 && abs(balance.speed(of: 1) - 4.0 / 3.0) < 1e-6)
        #expect(abs(balance.speedOfOthers(than: 0) - 4.0 / 3.0) < 1e-6)
        #expect(balance.speed(of: 7) == 1 && balance.speed(of: nil) == 1)
        // Calls that cannot compare CPUs teach nothing.
        let before = (balance.speed(of: 0), balance.speed(of: 1))
        balance.record([(cpu: 0, items: 1000, nanoseconds: 1), (cpu: 0, items: 1000, nanoseconds: 1)])
        balance.record([(cpu: nil, items: 1000, nanoseconds: 1), (cpu: 1, items: 1000, nanoseconds: 9000)])
        balance.record([(cpu: 0, items: 1000, nanoseconds: 0), (cpu: 1, items: 1000, nanoseconds: 9000)])
        #expect(balance.speed(of: 0) == before.0 && balance.speed(of: 1) == before.1)
        // A CPU a thousand times slower is held at the lower bound.
        for _ in 0..<60 {
            balance.record([(cpu: 0, items: 1, nanoseconds: 1_000_000), (cpu: 1, items: 1000, nanoseconds: 1000)])
        }
        #expect(balance.speed(of: 0) == SlabBalance.speedRange.lowerBound)
        balance.reset()
        #expect(balance.speed(of: 0) == 1)
    }

    @Test("Claims cover the length with disjoint ranges in arrival order; without a balance, equal slabs by piece")
    func claims() {
        let balance = SlabBalance()
        for _ in 0..<40 {
            balance.record([(cpu: 0, items: 1000, nanoseconds: 2000), (cpu: 1, items: 1000, nanoseconds: 1000)])
        }
        let claims = SlabClaims(length: 2048, pieces: 2, balance: balance)
        let fast = claims.claim(piece: 1, cpu: 1)
        let slow = claims.claim(piece: 0, cpu: 0)
        #expect(fast == 0..<1376 && slow == 1376..<2048)
        let three = SlabClaims(length: 1000, pieces: 3, balance: balance)
        let ranges = [three.claim(piece: 0, cpu: 0), three.claim(piece: 1, cpu: 1), three.claim(piece: 2, cpu: 2)]
        #expect(ranges[0].lowerBound == 0 && ranges[2].upperBound == 1000)
        #expect(ranges[0].upperBound == ranges[1].lowerBound && ranges[1].upperBound == ranges[2].lowerBound)
        #expect(ranges.allSatisfy { $0.count >= 1000 / 12 })
        let equal = SlabClaims(length: 1000, pieces: 3, balance: nil)
        #expect([2, 0, 1].map { equal.claim(piece: $0, cpu: 5) } == [668..<1000, 0..<334, 334..<668])
    }

    @Test(
        "OpenBLAS gives every element the same bits whatever the split, so balanced slabs are deterministic",
        .enabled(if: SystemBLAS.shared?.coreName != nil, "OpenBLAS not found; skipped"))
    func openBLASIsSplitIndependent() throws {
        let blas = try #require(SystemBLAS.shared)
        #expect(blas.checkSplitIndependence())
        #expect(blas.splitIndependent)
    }

    @Test(
        "A balanced product: the same bits as equal slabs and as one call, whatever the speeds; the call is measured",
        .enabled(if: SystemBLAS.shared?.coreName != nil, "OpenBLAS not found; skipped"))
    func balancedProductKeepsTheBits() throws {
        let blas = try #require(SystemBLAS.shared)
        let (m, n, k) = (256, 1024, 192)  // wide C: slabs of columns, 2^25 multiply-adds each on 2 workers
        let a = NaiveReference.matrix(m, k, seed: 51)
        let b = NaiveReference.matrix(n, k, seed: 52)
        func product(threads: Int, balance: SlabBalance?, enabled: Bool = true) -> [UInt32] {
            let saved = ComputeSettings.balancesSlabs
            ComputeSettings.balancesSlabs = enabled
            defer { ComputeSettings.balancesSlabs = saved }
            var c = [Float](repeating: .nan, count: m * n)
            a.withUnsafeBufferPointer { a in
                b.withUnsafeBufferPointer { b in
                    c.withUnsafeMutableBufferPointer { c in
                        blas.sgemmInSlabs(
                            transposeA: false, transposeB: true, m: m, n: n, k: k, alpha: 1, a: a.baseAddress!,
                            lda: k, b: b.baseAddress!, ldb: k, beta: 0, c: c.baseAddress!, ldc: n, threads: threads,
                            balance: balance)
                    }
                }
            }
            return c.map(\.bitPattern)
        }
        let single = product(threads: 1, balance: nil)
        // How many elements differ in their bits from the single call (a count keeps a failure's message short).
        func differing(_ bits: [UInt32]) -> Int { zip(bits, single).filter { $0 != $1 }.count }
        #expect(differing(product(threads: 2, balance: nil, enabled: false)) == 0)
        // Skewed speeds for every CPU this machine has, so whichever CPUs the workers run on, the split is uneven.
        let skewed = SlabBalance()
        let cpus = max(2, ProcessInfo.processInfo.activeProcessorCount)
        for _ in 0..<30 {
            skewed.record(
                (0..<cpus).map { (cpu: $0, items: 1000, nanoseconds: UInt64(1000 * (1 + 2 * ($0 % 2)))) })
        }
        #expect(differing(product(threads: 2, balance: skewed)) == 0)
        #expect(differing(product(threads: 3, balance: skewed)) == 0)
        // Both balanced calls were timed and reported.
        #expect(skewed.recordedCalls == 32)
        // Turned off, the balance is not consulted or taught.
        let untouched = SlabBalance()
        #expect(differing(product(threads: 2, balance: untouched, enabled: false)) == 0)
        #expect(untouched.recordedCalls == 0 && untouched.speed(of: 0) == 1)
    }

    @Test("On Linux the current CPU is known and is one of the machine's processors")
    func currentCPU() {
        #if os(Linux)
            let cpu = CurrentCPU.index
            #expect(cpu != nil)
            #expect((0..<max(1, ProcessInfo.processInfo.processorCount)).contains(cpu ?? -1))
        #else
            #expect(CurrentCPU.index == nil)
        #endif
    }

    @Test("ANNEAL_SLAB_BALANCE=off (and 0/false/no) gives equal slabs; anything else balances")
    func environmentSwitch() {
        for off in ["off", "0", "false", "No"] { #expect(ComputeSettings.isOff(off)) }
        for on in ["on", "1", "yes"] { #expect(!ComputeSettings.isOff(on)) }
        #expect(!ComputeSettings.isOff(nil))
    }
}
