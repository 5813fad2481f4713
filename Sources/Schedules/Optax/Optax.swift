/// Schedules from optax (`optax.schedules`).
///
/// Step convention: `rate(at: t)` is optax's `schedule(count)` with `count = t`, the update count before update
/// `t + 1` (optax increments `count` after using the rate). This equals PyTorch's convention: step `t` is the rate
/// for update `t + 1`.
public enum Optax {}
