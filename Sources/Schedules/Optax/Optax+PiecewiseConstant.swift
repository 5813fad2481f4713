extension Optax {
    /// `optax.piecewise_constant_schedule`: `initValue`, multiplied by `scales[i]` from step `boundaries[i]` on.
    public struct PiecewiseConstant: Schedule, Equatable {
        /// Rate before the first boundary.
        public var initValue: Double
        /// Steps at which a scale applies, increasing.
        public var boundaries: [Int]
        /// Multipliers, one per boundary (cumulative).
        public var scales: [Double]

        /// Creates the schedule; `boundaries` and `scales` are paired and sorted by boundary.
        public init(initValue: Double, boundaries: [Int], scales: [Double]) {
            let pairs = zip(boundaries, scales).sorted { $0.0 < $1.0 }
            self.initValue = initValue
            self.boundaries = pairs.map(\.0)
            self.scales = pairs.map(\.1)
        }

        public func rate(at step: Int) -> Double {
            let step = max(step, 0)
            var value = initValue
            for (boundary, scale) in zip(boundaries, scales) where step >= boundary { value = scale * value }
            return value
        }
    }
}
