import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Measures the cost of a piece of work: wall-clock time (monotonic) and the process's CPU time (`getrusage`,
/// user + system, all threads) since the meter started.
///
/// ```swift
/// let meter = CostMeter()
/// train()
/// let cost = meter.read(samples: 60_000, flops: Cost.estimatedTrainingFLOPs(parameters: p, samples: 60_000))
/// ```
public struct CostMeter: Sendable {
    private let startWall: Double
    private let startCPU: Double

    /// Starts measuring now.
    public init() {
        startWall = Self.wallClock()
        startCPU = Self.processCPUSeconds()
    }

    /// The cost since the meter started, with the given samples and FLOPs.
    public func read(samples: Int = 0, flops: Double = 0) -> Cost {
        Cost(
            wallSeconds: Self.wallClock() - startWall, cpuSeconds: Self.processCPUSeconds() - startCPU,
            samples: samples, flops: flops)
    }

    /// Seconds on the monotonic clock.
    static func wallClock() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    /// User + system CPU seconds of this process so far.
    static func processCPUSeconds() -> Double {
        var usage = rusage()
        #if canImport(Glibc)
            let who = RUSAGE_SELF.rawValue
        #else
            let who = RUSAGE_SELF
        #endif
        guard getrusage(who, &usage) == 0 else { return 0 }
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
