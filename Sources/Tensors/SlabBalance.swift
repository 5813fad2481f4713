import Foundation

/// Sizes the slabs of a system-BLAS product (`SystemBLAS.sgemmInSlabs`) by how fast each CPU ran recent ones.
///
/// On a shared VM one vCPU is often slowed for seconds at a time: on a 2-vCPU machine, timing both slabs of every
/// large product in training showed one taking 1.5–2× as long as the other for dozens of calls in a row, so equal
/// slabs left the faster core idle for a sixth of the product's time. Each CPU's speed relative to the others in
/// the same call is smoothed over calls, and a piece arriving on a CPU takes a share of the remaining length in
/// proportion to it, rounded to a multiple of `quantum`. No slab is shorter than a quarter of an equal share, so one
/// odd measurement cannot starve a worker.
///
/// Slab boundaries never change the bits where the library computes every element of C the same way whatever the
/// split (`SystemBLAS.splitIndependent`, checked once); elsewhere `sgemmInSlabs` keeps equal slabs.
final class SlabBalance: @unchecked Sendable {
    /// The balance every system-BLAS product uses.
    static let shared = SlabBalance()
    /// Weight of the newest call in a CPU's smoothed speed (about the last five calls count).
    static let smoothing = 0.3
    /// Shares are rounded to multiples of this (whole vectors of OpenBLAS's kernels).
    static let quantum = 32
    /// Relative speeds are kept within these bounds.
    static let speedRange = 0.25...4.0

    private let lock = NSLock()
    /// Smoothed speed per CPU index relative to the other CPUs that ran the same products (1 = average).
    private var speeds: [Int: Double] = [:]
    private var calls = 0

    /// How many products have reported their slab timings.
    var recordedCalls: Int { lock.withLock { calls } }

    /// The smoothed relative speed of `cpu` (1 when unknown).
    func speed(of cpu: Int?) -> Double {
        guard let cpu else { return 1 }
        return lock.withLock { speeds[cpu] ?? 1 }
    }

    /// The mean smoothed speed of the known CPUs other than `cpu` (1 when there are none).
    func speedOfOthers(than cpu: Int?) -> Double {
        lock.withLock {
            let others = speeds.filter { $0.key != cpu }.map(\.value)
            return others.isEmpty ? 1 : others.reduce(0, +) / Double(others.count)
        }
    }

    /// The length a piece claims from `remaining` items when `pieces` pieces (itself included) still have to claim
    /// theirs: in proportion to its speed `own` against `others` for each of the rest, rounded to `quantum`, and
    /// between `minimum` and what leaves every later piece `minimum`. The last piece takes all that remains.
    static func share(remaining: Int, pieces: Int, own: Double, others: Double, minimum: Int) -> Int {
        guard pieces > 1 else { return remaining }
        let proportional = Double(remaining) * own / (own + Double(pieces - 1) * others)
        let rounded = Int((proportional / Double(quantum)).rounded()) * quantum
        let most = remaining - minimum * (pieces - 1)
        return max(min(rounded, most), min(minimum, most))
    }

    /// Folds one call's slab timings into the smoothed speeds: each CPU's items per nanosecond, relative to the
    /// mean over the CPUs of that call. Calls with fewer than two CPUs, or a slab without a CPU or a time, teach
    /// nothing.
    func record(_ slabs: [(cpu: Int?, items: Int, nanoseconds: UInt64)]) {
        lock.withLock { calls += 1 }
        var rates: [Int: (items: Double, nanoseconds: Double)] = [:]
        for slab in slabs {
            guard let cpu = slab.cpu, slab.nanoseconds > 0, slab.items > 0 else { return }
            let sum = rates[cpu] ?? (0, 0)
            rates[cpu] = (sum.items + Double(slab.items), sum.nanoseconds + Double(slab.nanoseconds))
        }
        guard rates.count >= 2 else { return }
        let speedByCPU = rates.mapValues { $0.items / $0.nanoseconds }
        let mean = speedByCPU.values.reduce(0, +) / Double(speedByCPU.count)
        lock.withLock {
            for (cpu, speed) in speedByCPU {
                let relative = speed / mean
                let smoothed = (1 - Self.smoothing) * (speeds[cpu] ?? 1) + Self.smoothing * relative
                speeds[cpu] = min(max(smoothed, Self.speedRange.lowerBound), Self.speedRange.upperBound)
            }
        }
    }

    /// Forgets every measurement (tests).
    func reset() {
        lock.withLock { speeds = [:] }
    }
}

/// The claims of one sliced product: pieces arrive in any order and each takes the next range of C's rows or
/// columns, sized by `SlabBalance`, then reports how long it took.
final class SlabClaims: @unchecked Sendable {
    private let lock = NSLock()
    private let length: Int
    private let pieces: Int
    private let minimum: Int
    private let balance: SlabBalance?
    private var claimed = 0
    private var offset = 0
    private(set) var slabs: [(cpu: Int?, items: Int, nanoseconds: UInt64)] = []

    /// - Parameter balance: `nil` for equal slabs (in piece order).
    init(length: Int, pieces: Int, balance: SlabBalance?) {
        self.length = length
        self.pieces = pieces
        self.balance = balance
        minimum = max(1, length / (4 * pieces))
    }

    /// The range for piece `piece`, arriving on `cpu`: with a balance, the next range in arrival order; without,
    /// the piece's equal slab.
    func claim(piece: Int, cpu: Int?) -> Range<Int> {
        guard let balance else {
            let width = (length + pieces - 1) / pieces
            return min(length, piece * width)..<min(length, (piece + 1) * width)
        }
        let (own, others) = (balance.speed(of: cpu), balance.speedOfOthers(than: cpu))
        return lock.withLock {
            let size = SlabBalance.share(
                remaining: length - offset, pieces: pieces - claimed, own: own, others: others, minimum: minimum)
            defer {
                offset += size
                claimed += 1
            }
            return offset..<(offset + size)
        }
    }

    /// Records how long a slab took.
    func finished(cpu: Int?, items: Int, nanoseconds: UInt64) {
        lock.withLock { slabs.append((cpu, items, nanoseconds)) }
    }
}
