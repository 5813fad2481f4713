import Foundation

extension Timm {
    /// The restart cycles shared by timm's cosine, poly and tanh schedulers: cycle `i` lasts
    /// `tInitial · cycleMul^i` steps and peaks at `lr · cycleDecay^i`; after `cycleLimit` cycles the rate is `lr_min`.
    public struct CycleLayout: Sendable, Equatable {
        /// Length of the first cycle.
        public var tInitial: Int
        /// Growth of each cycle's length.
        public var cycleMul: Double
        /// Factor on each cycle's peak.
        public var cycleDecay: Double
        /// Number of cycles before the rate settles at the minimum.
        public var cycleLimit: Int

        /// Creates a layout with timm's defaults (one cycle).
        public init(tInitial: Int, cycleMul: Double = 1, cycleDecay: Double = 1, cycleLimit: Int = 1) {
            self.tInitial = max(tInitial, 1)
            self.cycleMul = cycleMul
            self.cycleDecay = cycleDecay
            self.cycleLimit = cycleLimit
        }

        /// Where step `t` falls: the cycle index, the cycle's length and the position inside it (timm's formulas).
        func locate(_ t: Int) -> (index: Int, length: Double, position: Double) {
            let initial = Double(tInitial)
            if cycleMul != 1 {
                let index = Int((log(1 - Double(t) / initial * (1 - cycleMul)) / log(cycleMul)).rounded(.down))
                let grown = pow(cycleMul, Double(index))
                return (index, grown * initial, Double(t) - (1 - grown) / (1 - cycleMul) * initial)
            }
            let index = t / tInitial
            return (index, initial, Double(t - tInitial * index))
        }

        /// The peak of cycle `index` for base rate `lr`, or `nil` past the cycle limit.
        func peak(_ lr: Double, cycle index: Int) -> Double? {
            index < cycleLimit ? lr * pow(cycleDecay, Double(index)) : nil
        }

        /// timm's `get_cycle_length()`: steps until the last cycle ends, warmup included when it is a prefix.
        func totalSteps(warmup: WarmupPhase) -> Int {
            let cycles = Double(max(1, cycleLimit))
            let steps =
                cycleMul == 1
                ? tInitial * Int(cycles)
                : Int((-Double(tInitial) * (pow(cycleMul, cycles) - 1) / (1 - cycleMul)).rounded(.down))
            return warmup.prefix ? steps + warmup.warmupT : steps
        }
    }
}
