/// Schedules from Keras 3 (`keras.optimizers.schedules`).
///
/// Step convention: Keras calls a schedule with the optimizer's `iterations`, which is 0 for the first update, so
/// `rate(at: t)` is `schedule(t)`, the rate used for update `t + 1`; this equals PyTorch's convention.
public enum Keras {
    /// `step / decaySteps`, floored when `staircase` (Keras's exponential and inverse-time decays).
    static func progress(_ step: Int, _ decaySteps: Int, staircase: Bool) -> Double {
        let p = Double(max(step, 0)) / Double(decaySteps)
        return staircase ? p.rounded(.down) : p
    }
}
