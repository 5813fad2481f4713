extension Keras {
    /// `PiecewiseConstantDecay`: `values[0]` while `t <= boundaries[0]`, `values[i]` while
    /// `boundaries[i-1] < t <= boundaries[i]`, and the last value after the last boundary.
    ///
    /// Note Keras's convention: a value still applies at its boundary step (`<=`), unlike optax and PyTorch.
    public struct PiecewiseConstantDecay: Schedule, Equatable {
        /// Increasing steps; one fewer than `values`.
        public var boundaries: [Int]
        /// The rates.
        public var values: [Double]

        /// Creates the schedule; `values.count` must be `boundaries.count + 1` (checked when built from a spec).
        public init(boundaries: [Int], values: [Double]) {
            self.boundaries = boundaries
            self.values = values
        }

        public func rate(at step: Int) -> Double {
            guard !values.isEmpty else { return 0 }
            let index = boundaries.firstIndex { step <= $0 } ?? boundaries.count
            return values[min(index, values.count - 1)]
        }
    }
}
