/// How confidence bins are laid out (scikit-learn `calibration_curve(strategy=...)`).
public enum BinningStrategy: String, Sendable, Codable, CaseIterable {
    /// Equal-width bins over [0, 1].
    case uniform
    /// Equal-mass bins: edges at the 0, 1/n, …, 1 quantiles of the values (`numpy.percentile`, linear).
    case quantile
}
