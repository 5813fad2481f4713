import Evaluation

/// Confident learning (Northcutt, Jiang and Chuang, 2021): finds examples whose given label is likely wrong from
/// out-of-fold predicted probabilities. Same results as cleanlab's `filter.find_label_issues` for the filters in
/// `LabelIssueFilter` (ties in probabilities aside, which cleanlab breaks by an unstable sort and this code by
/// the lower row index).
///
/// ```swift
/// let issues = try ConfidentLearning.findLabelIssues(labels: labels, probabilities: outOfFold)
/// for row in issues.rankedIndices.prefix(10) { print(row, issues.scores[row]) }
/// ```
public enum ConfidentLearning {
    /// Finds label issues.
    /// - Parameters:
    ///   - labels: the given class of each example, in `0..<probabilities.classCount`; at least two classes.
    ///   - probabilities: out-of-fold predicted probabilities, one row per example (see `OutOfFoldProbabilities`).
    ///   - options: filter, ranking, minimum examples per class and noise fraction (cleanlab's defaults).
    /// - Returns: the mask, the ranked indices, the scores, the thresholds and the calibrated confident joint.
    /// - Throws: `QualityError.invalidProbabilities` when the counts differ, a label is out of range or fewer
    ///   than two classes are present; `.invalidArgument` for a negative minimum or a fraction outside [0, 1].
    /// - Complexity: O(N·K + Σ_k n_k log n_k · K) for N examples and K classes.
    public static func findLabelIssues(
        labels: [Int], probabilities: ClassProbabilities, options: LabelIssueOptions = LabelIssueOptions()
    ) throws -> LabelIssues {
        let classCount = probabilities.classCount
        try check(labels: labels, probabilities: probabilities, options: options)
        let p = probabilities.values
        let rowsByClass = rows(byClass: labels, classCount: classCount)
        // One pass over the probabilities gathers p(given) (the self-confidence score) for every example.
        let scores = options.rankBy.scores(labels: labels, probabilities: p, classCount: classCount)
        let selfConfidence =
            options.rankBy == .selfConfidence
            ? scores : LabelQualityScore.selfConfidence.scores(labels: labels, probabilities: p, classCount: classCount)
        let blocks = rowsByClass.map { ClassBlock(rows: $0, selfConfidence: selfConfidence) }
        let thresholds = confidentThresholds(blocks)
        let (joint, offDiagonal) = confidentCounts(
            labels: labels, probabilities: p, classCount: classCount, thresholds: thresholds)
        let calibrated = calibrate(joint, classCounts: rowsByClass.map(\.count))
        var mask: [Bool]
        switch options.filter {
        case .pruneByNoiseRate, .pruneByClass, .both:
            let kept = keepAtLeast(
                transpose(calibrated), minimum: options.minimumExamplesPerClass, fraction: options.noiseFraction)
            mask = Array(repeating: false, count: labels.count)
            if options.filter != .pruneByClass {
                pruneByNoiseRate(
                    &mask, labels: labels, probabilities: p, blocks: blocks, kept: kept,
                    minimum: options.minimumExamplesPerClass)
            }
            if options.filter != .pruneByNoiseRate {
                var byClass = Array(repeating: false, count: labels.count)
                pruneByClass(&byClass, blocks: blocks, kept: kept, minimum: options.minimumExamplesPerClass)
                mask = options.filter == .both ? zip(mask, byClass).map { $0 && $1 } : byClass
            }
        case .confidentLearning:
            mask = Array(repeating: false, count: labels.count)
            for row in offDiagonal { mask[row] = true }
        case .predictedNotGiven:
            mask = p.withUnsafeBufferPointer { p in
                labels.indices.map { argmax(p, row: $0, classCount: classCount) != labels[$0] }
            }
        }
        // cleanlab never flags an example whose given label is (within 1e-6) the most probable one.
        var keys: [OrderKey] = []
        keys.reserveCapacity(labels.count / 4)
        p.withUnsafeBufferPointer { p in
            for row in labels.indices where mask[row] {
                if argmax(p, row: row, classCount: classCount, boost: labels[row]) == labels[row] {
                    mask[row] = false
                } else {
                    keys.append(OrderKey(scores[row], row))
                }
            }
        }
        let ranked = RadixSort.positions(keys)
        return LabelIssues(
            mask: mask, rankedIndices: ranked, scores: scores, thresholds: thresholds, confidentJoint: calibrated)
    }

    /// The per-class thresholds: the mean probability of class k over the examples labelled k (2 for an absent
    /// class), clipped below at 2·10⁻⁶ (cleanlab's `get_confident_thresholds`).
    static func confidentThresholds(_ blocks: [ClassBlock]) -> [Double] {
        blocks.indices.map { k in
            guard !blocks[k].rows.isEmpty else { return 2 }
            let sum = PairwiseSum.sum(blocks[k].confidences)
            return max(sum / Double(blocks[k].rows.count), 2e-6)
        }
    }

    /// The uncalibrated confident joint `[given][true]` and the rows counted off its diagonal.
    ///
    /// An example counts when some class reaches its threshold (minus 10⁻⁶); its true class is the most probable
    /// class if several reach theirs, else the one that does. Diagonal cells are at least 1.
    static func confidentCounts(
        labels: [Int], probabilities p: [Double], classCount: Int, thresholds: [Double]
    ) -> (joint: [[Int]], offDiagonal: [Int]) {
        var flat = [Int](repeating: 0, count: classCount * classCount)
        var offDiagonal: [Int] = []
        let lowered = thresholds.map { $0 - 1e-6 }
        p.withUnsafeBufferPointer { p in
            lowered.withUnsafeBufferPointer { lowered in
                flat.withUnsafeMutableBufferPointer { flat in
                    for (row, label) in labels.enumerated() {
                        let base = row * classCount
                        // Counted with selects, not branches: which classes pass is unpredictable.
                        var confident = 0
                        var firstConfident = classCount
                        for k in (0..<classCount).reversed() {
                            let passes = p[base &+ k] >= lowered[k]
                            confident &+= passes ? 1 : 0
                            firstConfident = passes ? k : firstConfident
                        }
                        guard confident > 0 else { continue }
                        let guess = confident > 1 ? argmax(p, row: row, classCount: classCount) : firstConfident
                        flat[label * classCount + guess] += 1
                        if guess != label { offDiagonal.append(row) }
                    }
                }
            }
        }
        var joint = (0..<classCount).map { Array(flat[($0 * classCount)..<(($0 + 1) * classCount)]) }
        for k in 0..<classCount { joint[k][k] = max(joint[k][k], 1) }
        return (joint, offDiagonal)
    }

    /// Calibrates a confident joint so each row sums to its class count and the whole to the number of examples,
    /// rounding each row while preserving its total (cleanlab's `calibrate_confident_joint`).
    static func calibrate(_ joint: [[Int]], classCounts: [Int]) -> [[Int]] {
        let classCount = joint.count
        var scaled: [Double] = []
        scaled.reserveCapacity(classCount * classCount)
        for i in 0..<classCount {
            let total = max(Double(joint[i].reduce(0, +)), 1e-100)
            for j in 0..<classCount { scaled.append(Double(joint[i][j]) / total * Double(classCounts[i])) }
        }
        let sum = max(PairwiseSum.sum(scaled), 1e-100)
        let examples = Double(classCounts.reduce(0, +))
        for index in scaled.indices { scaled[index] = scaled[index] / sum * examples }
        return (0..<classCount).map { i in
            RoundPreservingSum.round(Array(scaled[(i * classCount)..<((i + 1) * classCount)]))
        }
    }

    /// The row indices of each class, ascending.
    static func rows(byClass labels: [Int], classCount: Int) -> [[Int]] {
        var rows = Array(repeating: [Int](), count: classCount)
        for (row, label) in labels.enumerated() { rows[label].append(row) }
        return rows
    }

    /// The first index of the largest probability of `row`; `boost` adds 10⁻⁶ to one class first (cleanlab's
    /// `_reduce_issues`).
    @inline(__always)
    static func argmax(_ p: UnsafeBufferPointer<Double>, row: Int, classCount: Int, boost: Int = -1) -> Int {
        let base = row * classCount
        var best = 0
        var bestValue = -Double.infinity
        for k in 0..<classCount {
            let value = k == boost ? p[base + k] + 1e-6 : p[base + k]
            if value > bestValue {
                best = k
                bestValue = value
            }
        }
        return best
    }

    static func transpose(_ matrix: [[Int]]) -> [[Int]] {
        matrix.indices.map { j in matrix.indices.map { i in matrix[i][j] } }
    }

    private static func check(labels: [Int], probabilities: ClassProbabilities, options: LabelIssueOptions) throws {
        guard labels.count == probabilities.count else {
            throw QualityError(
                .invalidProbabilities,
                "\(labels.count) labels but \(probabilities.count) rows of probabilities; pass one row per example")
        }
        if let bad = labels.first(where: { !(0..<probabilities.classCount).contains($0) }) {
            throw QualityError(
                .invalidProbabilities,
                "label \(bad) is outside 0..<\(probabilities.classCount) (the probabilities' classes); "
                    + "encode labels as class indices in the probabilities' column order")
        }
        var present = [Bool](repeating: false, count: probabilities.classCount)
        for label in labels { present[label] = true }
        guard present.filter({ $0 }).count >= 2 else {
            throw QualityError(
                .invalidProbabilities, "the labels hold fewer than two classes; label issues need at least two")
        }
        guard options.minimumExamplesPerClass >= 0, (0...1).contains(options.noiseFraction) else {
            throw QualityError(
                .invalidArgument,
                "minimumExamplesPerClass (\(options.minimumExamplesPerClass)) must be ≥ 0 and noiseFraction "
                    + "(\(options.noiseFraction)) in [0, 1]")
        }
    }
}
