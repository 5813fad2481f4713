import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Measures the cost of a piece of work: wall-clock time (monotonic) and CPU time (user + system) since the meter
/// started, of the whole process (`getrusage`, all threads) or of the calling thread only (see ``CPUScope``).
///
/// ```swift
/// let meter = CostMeter()
/// train()
/// let cost = meter.read(samples: 60_000, flops: Cost.estimatedTrainingFLOPs(parameters: p, samples: 60_000))
/// ```
public struct CostMeter: Sendable {
    private let startWall: Double
    private let startCPU: Double
    /// Whose CPU time is counted.
    public let scope: CPUScope

    /// Starts measuring now.
    /// - Parameter scope: the whole process (default) or the calling thread.
    public init(scope: CPUScope = .process) {
        self.scope = scope
        startWall = Self.wallClock()
        startCPU = Self.cpuSeconds(scope)
    }

    /// The cost since the meter started, with the given samples and FLOPs.
    public func read(samples: Int = 0, flops: Double = 0) -> Cost {
        Cost(
            wallSeconds: Self.wallClock() - startWall, cpuSeconds: Self.cpuSeconds(scope) - startCPU,
            samples: samples, flops: flops)
    }

    /// Seconds on the monotonic clock.
    static func wallClock() -> Double {
        Double(DispatchTime.now().uptimeNanoseconds) / 1e9
    }

    /// CPU seconds of the scope so far.
    static func cpuSeconds(_ scope: CPUScope) -> Double {
        switch scope {
        case .process: processCPUSeconds()
        case .callingThread: threadCPUSeconds()
        }
    }

    /// CPU seconds of the calling thread so far.
    static func threadCPUSeconds() -> Double {
        var time = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time) == 0 else { return 0 }
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
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
