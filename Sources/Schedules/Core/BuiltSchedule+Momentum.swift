extension BuiltSchedule {
    /// The momentum that PyTorch cycles beside the rate (`CyclicLR`, `OneCycleLR` with `cycle_momentum`), if any.
    ///
    /// Set an SGD optimizer's momentum (or Adam's beta1) to `momentum.rate(at: t)` at step `t`.
    public var momentum: (any Schedule)? {
        guard case .pure(let schedule) = self else { return nil }
        switch schedule {
        case let cycle as CyclicRate: return cycle.momentum
        case let cycle as OneCycle: return cycle.momentum
        default: return nil
        }
    }
}
