/// Whether a model (and a schedule-free optimizer) is training or evaluating, as torch's `train()` / `eval()`.
///
/// Dropout is active only in `.training`; schedule-free optimizers hold the evaluation point `x` in the
/// parameters during `.evaluation` and the gradient point `y` during `.training`.
public enum ModelMode: String, Sendable, Hashable, Codable {
    /// Dropout active; gradients are taken here.
    case training
    /// Deterministic inference: dropout is the identity.
    case evaluation
}
