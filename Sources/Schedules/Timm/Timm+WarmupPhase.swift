extension Timm {
    /// timm's linear warmup: `warmupLRInit + t · (target − warmupLRInit) / warmupT` for `t < warmupT`.
    ///
    /// With `prefix` the main schedule counts from the end of warmup (`t − warmupT`); without it the main schedule
    /// runs at `t` and warmup replaces its first steps.
    public struct WarmupPhase: Sendable, Equatable {
        /// Steps of warmup; 0 means none.
        public var warmupT: Int
        /// Rate at step 0.
        public var warmupLRInit: Double
        /// Whether the main schedule starts counting after warmup.
        public var prefix: Bool

        /// Creates a warmup phase with timm's defaults.
        public init(warmupT: Int = 0, warmupLRInit: Double = 0, prefix: Bool = false) {
            self.warmupT = max(warmupT, 0)
            self.warmupLRInit = warmupLRInit
            self.prefix = prefix
        }

        /// The warmup rate at `t`, or `nil` once warmup is over.
        func rate(at t: Int, target: Double) -> Double? {
            guard t < warmupT else { return nil }
            let increment = (target - warmupLRInit) / Double(warmupT)
            return warmupLRInit + Double(t) * increment
        }

        /// The step the main schedule sees.
        func mainStep(_ t: Int) -> Int { prefix ? t - warmupT : t }
    }
}
