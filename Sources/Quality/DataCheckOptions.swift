import Evaluation

/// Thresholds and switches of `DataCheck.run`. The defaults are documented on each property.
public struct DataCheckOptions: Sendable {
    /// Share of missing values in a column above which it is a warning (default 0.05).
    public var missingWarningShare = 0.05
    /// Share of missing values in a column above which it is an error (default 0.5). An all-missing column is
    /// always an error, and so is any missing target.
    public var missingErrorShare = 0.5
    /// Share of test rows found in the training data from which `train-test-overlap` is an error rather than a
    /// warning (default 0.01: a few coincidental repeats are common in low-cardinality data).
    public var overlapErrorShare = 0.01
    /// ROC AUC at or above this (or at or below `1 −` it) makes a numeric feature leak a binary target
    /// (default 0.99).
    public var leakageAUC = 0.99
    /// |Pearson correlation| at or above this makes a numeric feature leak a regression target (default 0.99).
    public var leakageCorrelation = 0.99
    /// Share of rows whose label is the majority label of their category at or above which a categorical
    /// feature leaks a class target (default 0.99).
    public var leakagePurity = 0.99
    /// Rows a category needs to count towards purity (default 5), so identifier-like columns are not flagged.
    public var leakageMinimumSupport = 5
    /// Share of rows the supported categories must cover for a purity finding (default 0.5).
    public var leakageMinimumCoverage = 0.5
    /// Majority/minority class ratio at or above which `class-imbalance` is a warning (default 3; an info
    /// finding with the shares and weights is always given for classification).
    public var imbalanceWarningRatio = 3.0
    /// Robust z-score above which a value is an outlier (default 3.5, Iglewicz and Hoaglin).
    public var outlierThreshold = 3.5
    /// Share of outlying values in a column from which `outliers` is a warning rather than info (default 0.01).
    public var outlierWarningShare = 0.01
    /// How many example rows or values a finding lists (default 5).
    public var examples = 5
    /// Out-of-fold predicted probabilities of the training rows for the `label-issues` check (classes in the
    /// order of `TargetEncoder`'s sorted labels), or `nil` to skip it. See ``OutOfFoldProbabilities``.
    public var outOfFoldProbabilities: ClassProbabilities?
    /// How confident learning flags label issues (default: cleanlab's defaults).
    public var labelIssues = LabelIssueOptions()
    /// Columns left out of every check except the schema (identifiers, timestamps).
    public var ignoredColumns: Set<String> = []

    /// Default options.
    public init() {}
}
