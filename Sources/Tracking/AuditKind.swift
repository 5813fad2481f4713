/// The audit event kinds Anneal writes, so producers and readers spell them the same way.
public enum AuditKind {
    /// A model version was registered (written by the store).
    public static let registryVersion = "registry.version"
    /// An alias was pointed at a version (written by the store).
    public static let aliasSet = "alias.set"
    /// An alias was moved back to its previous version (written by the store).
    public static let aliasRollback = "alias.rollback"
    /// The divergence guard cut or reset the learning rate.
    public static let divergenceGuard = "lr.divergence_guard"
    /// A reactive schedule cut the learning rate on a plateau.
    public static let plateauCut = "lr.plateau_cut"
    /// Population-based training perturbed or copied a member's schedule.
    public static let pbtPerturbation = "lr.pbt_perturbation"
    /// A retraining run was started with a warm-restart schedule.
    public static let retrainSchedule = "lr.retrain_schedule"
}
