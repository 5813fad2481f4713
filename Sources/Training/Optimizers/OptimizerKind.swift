/// The optimizer algorithms, named as the CLI spells them.
public enum OptimizerKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// `torch.optim.SGD` (momentum, dampening, Nesterov, weight decay).
    case sgd
    /// `torch.optim.Adam` (L2 weight decay added to the gradient, optional AMSGrad).
    case adam
    /// `torch.optim.AdamW` (decoupled weight decay `p ← p·(1 − lr·wd)`).
    case adamw
    /// `torch.optim.RMSprop` (alpha, momentum, centered).
    case rmsprop
    /// `torch.optim.Adagrad` (lr decay, initial accumulator).
    case adagrad
    /// Schedule-free SGD (`schedulefree.SGDScheduleFree`, Defazio et al. 2024).
    case sgdScheduleFree = "sgd_schedule_free"
    /// Schedule-free AdamW (`schedulefree.AdamWScheduleFree`, Defazio et al. 2024).
    case adamwScheduleFree = "adamw_schedule_free"
}
