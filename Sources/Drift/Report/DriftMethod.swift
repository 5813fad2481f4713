/// The statistical test or distance used to decide whether one column drifted.
public enum DriftMethod: String, Codable, Sendable, CaseIterable {
    /// Choose per column as Evidently does (see `DriftMethod.choose`).
    case auto
    /// Two-sample Kolmogorov–Smirnov (p-value; numeric).
    case kolmogorovSmirnov = "ks"
    /// Chi-square test of homogeneity on category counts (p-value).
    case chiSquare = "chi_square"
    /// Two-proportion Z-test (p-value; binary categories).
    case zTest = "z_test"
    /// Population stability index (distance).
    case psi
    /// Jensen–Shannon distance (distance).
    case jensenShannon = "jensen_shannon"
    /// Wasserstein-1 distance normalised by the reference standard deviation (distance; numeric).
    case wasserstein

    /// Whether the method produces a p-value (drift when p < threshold) rather than a distance
    /// (drift when distance >= threshold).
    public var hasPValue: Bool { self == .kolmogorovSmirnov || self == .chiSquare || self == .zTest }

    /// Evidently's default thresholds: 0.05 for p-values, 0.1 for distances.
    public var defaultThreshold: Double { hasPValue ? 0.05 : 0.1 }

    /// Whether the method can run on a numeric column treated as numbers.
    public var acceptsNumbers: Bool { self != .chiSquare && self != .zTest }

    /// Whether the method can run on categories.
    public var acceptsCategories: Bool { self != .kolmogorovSmirnov && self != .wasserstein }

    /// Reference sizes up to this use the small-data tests.
    public static let smallSampleLimit = 1000
    /// Numeric columns with at most this many distinct reference values are treated as categorical.
    public static let categoricalDistinctLimit = 5

    /// Evidently's default choice. Numeric columns with more than 5 distinct values use KS when the reference
    /// has at most 1000 values and Wasserstein otherwise. Categorical columns (and numeric ones with at most 5
    /// distinct values) use the Z-test when there are at most 2 categories and chi-square otherwise for
    /// references of at most 1000 values, and Jensen–Shannon for larger references.
    /// - Parameters:
    ///   - numeric: whether the column holds numbers.
    ///   - distinctValues: distinct values (numeric: in the reference; categorical: in reference ∪ current).
    ///   - referenceCount: number of non-missing reference values.
    public static func choose(numeric: Bool, distinctValues: Int, referenceCount: Int) -> DriftMethod {
        let categorical = !numeric || distinctValues <= categoricalDistinctLimit
        if referenceCount <= smallSampleLimit {
            if !categorical { return .kolmogorovSmirnov }
            return distinctValues <= 2 ? .zTest : .chiSquare
        }
        return categorical ? .jensenShannon : .wasserstein
    }
}
