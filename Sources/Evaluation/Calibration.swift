/// Calibration measures: reliability bins, ECE, MCE, Brier score and scikit-learn's `calibration_curve`.
///
/// Bin convention (scikit-learn `calibration_curve`, Guo et al. 2017): a value v goes to bin i when
/// edgeᵢ < v ≤ edgeᵢ₊₁, with the first bin also taking v = edge₀
/// (`numpy.searchsorted(inner_edges, v)`).
public enum Calibration {
    /// The default number of bins for ECE and MCE (the common choice of Guo et al. 2017).
    public static let defaultBinCount = 15

    /// Reliability bins of arbitrary confidences and outcomes (the core of every other function here).
    /// - Parameters:
    ///   - confidences: a predicted probability per sample, in [0, 1].
    ///   - outcomes: whether each sample was correct (top-label) or positive (binary).
    ///   - binCount: the number of bins, at least 1.
    ///   - strategy: equal-width or equal-mass bins.
    /// - Throws: `EvaluationError` if empty, lengths differ, a confidence is outside [0, 1] or `binCount` < 1.
    public static func reliabilityDiagram(
        confidences: [Double], outcomes: [Bool], binCount: Int = defaultBinCount,
        strategy: BinningStrategy = .uniform
    ) throws -> ReliabilityDiagram {
        try EvaluationError.requireNonEmpty(confidences.count, "confidences")
        try EvaluationError.requireSameLength(confidences.count, "confidences", outcomes.count, "outcomes")
        try EvaluationError.requireProbabilities(confidences, "confidences")
        guard binCount >= 1 else {
            throw EvaluationError(.invalidArgument, "`binCount` is \(binCount); pass at least 1 bin.")
        }
        let edges = binEdges(confidences, binCount: binCount, strategy: strategy)
        var counts = Array(repeating: 0, count: binCount)
        var confidenceSums = Array(repeating: 0.0, count: binCount)
        var hits = Array(repeating: 0, count: binCount)
        let inner = edges[1..<binCount]
        for (value, outcome) in zip(confidences, outcomes) {
            let bin = inner.reduce(0) { $0 + ($1 < value ? 1 : 0) }
            counts[bin] += 1
            confidenceSums[bin] += value
            if outcome { hits[bin] += 1 }
        }
        let bins = (0..<binCount).filter { counts[$0] > 0 }.map { i in
            ReliabilityBin(
                lower: edges[i], upper: edges[i + 1], count: counts[i],
                meanConfidence: confidenceSums[i] / Double(counts[i]),
                accuracy: Double(hits[i]) / Double(counts[i]))
        }
        return ReliabilityDiagram(bins: bins, strategy: strategy, binCount: binCount, sampleCount: confidences.count)
    }

    /// Top-label reliability bins of a classifier: confidence = the largest probability, outcome = whether
    /// its class (the first on ties) is the label.
    /// - Throws: `EvaluationError` if the lengths differ, a label is out of range, or `binCount` < 1.
    public static func reliabilityDiagram(
        labels: [Int], probabilities: ClassProbabilities, binCount: Int = defaultBinCount,
        strategy: BinningStrategy = .uniform
    ) throws -> ReliabilityDiagram {
        try EvaluationError.requireSameLength(labels.count, "labels", probabilities.count, "probabilities rows")
        try EvaluationError.requireClasses(labels, "labels", classCount: probabilities.classCount)
        let correct = zip(probabilities.predictedClasses, labels).map { $0 == $1 }
        return try reliabilityDiagram(
            confidences: probabilities.confidences, outcomes: correct, binCount: binCount, strategy: strategy)
    }

    /// Top-label expected calibration error (15 equal-width bins by default).
    /// - Throws: see ``reliabilityDiagram(labels:probabilities:binCount:strategy:)``.
    public static func expectedCalibrationError(
        labels: [Int], probabilities: ClassProbabilities, binCount: Int = defaultBinCount,
        strategy: BinningStrategy = .uniform
    ) throws -> Double {
        try reliabilityDiagram(labels: labels, probabilities: probabilities, binCount: binCount, strategy: strategy)
            .expectedCalibrationError
    }

    /// Top-label maximum calibration error (15 equal-width bins by default).
    /// - Throws: see ``reliabilityDiagram(labels:probabilities:binCount:strategy:)``.
    public static func maximumCalibrationError(
        labels: [Int], probabilities: ClassProbabilities, binCount: Int = defaultBinCount,
        strategy: BinningStrategy = .uniform
    ) throws -> Double {
        try reliabilityDiagram(labels: labels, probabilities: probabilities, binCount: binCount, strategy: strategy)
            .maximumCalibrationError
    }

    /// scikit-learn's `calibration_curve(y_true, y_prob, n_bins=binCount, strategy=strategy)` for 0/1 labels.
    /// - Throws: `EvaluationError` if empty, lengths differ, labels are not 0/1, a probability is outside
    ///   [0, 1], or `binCount` < 1.
    public static func calibrationCurve(
        labels: [Int], positiveProbabilities: [Double], binCount: Int = 5, strategy: BinningStrategy = .uniform
    ) throws -> CalibrationCurve {
        try EvaluationError.requireBinary(labels, "labels")
        let diagram = try reliabilityDiagram(
            confidences: positiveProbabilities, outcomes: labels.map { $0 == 1 }, binCount: binCount,
            strategy: strategy)
        return CalibrationCurve(
            fractionOfPositives: diagram.bins.map(\.accuracy),
            meanPredictedProbability: diagram.bins.map(\.meanConfidence))
    }

    /// Bin edges: `binCount + 1` values from the lowest to the highest.
    static func binEdges(_ values: [Double], binCount: Int, strategy: BinningStrategy) -> [Double] {
        switch strategy {
        case .uniform:
            var edges = (0...binCount).map { Double($0) * (1.0 / Double(binCount)) }
            edges[binCount] = 1
            return edges
        case .quantile:
            let sorted = values.sorted()
            return (0...binCount).map { k in
                let q = k == binCount ? 1.0 : Double(k) * (1.0 / Double(binCount)) * 100 / 100
                return Percentile.linear(sorted, q)
            }
        }
    }
}
