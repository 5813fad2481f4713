/// KSWIN (Raab et al. 2020): a Kolmogorov–Smirnov test inside a sliding window, following River 0.26's
/// `drift.KSWIN` semantics. Once the window holds `windowSize` values, `statSize` values drawn at random
/// (without replacement) from the older part are compared with the `statSize` most recent ones; drift when
/// the p-value is <= `alpha` and the statistic exceeds 0.1.
///
/// Sampling uses a SplitMix64 generator seeded with `seed`, so runs are reproducible, but the draws differ
/// from River's Python `random.Random`; detection indexes are therefore not expected to equal River's.
public struct KSWIN: StreamingDetector, Equatable {
    /// Significance level (default 0.005).
    public let alpha: Double
    /// Sliding window length (default 100).
    public let windowSize: Int
    /// Length of each compared sample (default 30).
    public let statSize: Int
    /// Seed of the sampling generator.
    public let seed: UInt64

    var window: [Double] = []
    var generator: SplitMix64
    /// The p-value of the last test (0 before the first).
    public private(set) var pValue = 0.0
    public private(set) var driftDetected = false

    /// Creates a detector.
    /// - Throws: `DriftError` when alpha is outside [0, 1] or `statSize` is not smaller than `windowSize`.
    public init(alpha: Double = 0.005, windowSize: Int = 100, statSize: Int = 30, seed: UInt64 = 42) throws {
        guard alpha >= 0, alpha <= 1 else { throw DriftError.invalid("alpha", alpha, "use a value in [0, 1]") }
        guard statSize >= 1, windowSize > statSize else {
            throw DriftError.invalid("statSize", statSize, "use 1 <= statSize < windowSize (\(windowSize))")
        }
        guard 2 * statSize <= windowSize else {
            throw DriftError.invalid(
                "statSize", statSize, "the older part must hold statSize values; use <= windowSize/2")
        }
        self.alpha = alpha
        self.windowSize = windowSize
        self.statSize = statSize
        self.seed = seed
        generator = SplitMix64(seed: seed)
    }

    public mutating func update(_ value: Double) -> DetectorSignal {
        if driftDetected {
            window = []
            generator = SplitMix64(seed: seed)
            pValue = 0
            driftDetected = false
        }
        window.append(value)
        if window.count > windowSize { window.removeFirst(window.count - windowSize) }
        guard window.count >= windowSize else { return .stable }
        // Partial Fisher–Yates: statSize distinct indexes from the older part of the window.
        var indexes = Array(0..<(windowSize - statSize))
        for i in 0..<statSize {
            let j = i + Int(generator.next() % UInt64(indexes.count - i))
            indexes.swapAt(i, j)
        }
        let sampled = indexes[0..<statSize].map { window[$0] }
        let recent = Array(window[(windowSize - statSize)...])
        guard let result = try? KolmogorovSmirnov.test(reference: sampled, current: recent) else { return .stable }
        pValue = result.pValue ?? 1
        if pValue <= alpha && result.statistic > 0.1 {
            driftDetected = true
            window = recent
        }
        return driftDetected ? .drift : .stable
    }
}
