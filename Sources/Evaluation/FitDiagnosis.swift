/// A verdict on a training run from its train and validation curves; see ``GeneralizationGap``.
public enum FitDiagnosis: String, Sendable, Codable, CaseIterable {
    /// Validation got worse while training improved, or validation trails training by a wide margin.
    case overfit
    /// Training had not converged (still improving fast at the end) or missed the target.
    case underfit
    /// Neither.
    case goodFit
}
