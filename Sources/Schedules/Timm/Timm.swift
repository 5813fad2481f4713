/// Schedules from timm (`timm.scheduler`), stepped per update.
///
/// Step convention: timm is used here with `t_in_epochs=False`, calling `scheduler.step_update(num_updates)` after
/// each update; `rate(at: t)` is timm's `_get_lr(t)`, the rate set after `t` updates and so used for update `t + 1`
/// (PyTorch's convention). To schedule per epoch as timm does by default, give counts in epochs and step once per
/// epoch. Before the first `step_update` timm's optimizer holds the base `lr` (or `warmup_lr_init`), which equals
/// `_get_lr(0)` for every type except `tanh` without warmup.
public enum Timm {}
