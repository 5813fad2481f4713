/// Schedules from Hugging Face `transformers.optimization`.
///
/// Each is `lr · λ(t)` as in the `LambdaLR` that transformers returns, where `lr` is the optimizer's rate.
/// Step convention equals PyTorch's: `rate(at: t)` is `get_last_lr()` after `t` calls of `scheduler.step()`,
/// i.e. the rate used for update `t + 1`.
public enum HuggingFace {
    /// The linear warmup factor every transformers schedule starts with: `t / max(1, warmup)`.
    static func warmupFactor(_ step: Int, _ warmupSteps: Int) -> Double {
        Double(step) / Double(max(1, warmupSteps))
    }
}
