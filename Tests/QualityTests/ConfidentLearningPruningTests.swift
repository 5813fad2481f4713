import Datasets
import Foundation
import Testing

@testable import Quality

/// The pruning passes (sampled pivots, candidate buffers, quickselect) against the plain definition: for each
/// cell, the first `kept[j][k]` examples of a stable argsort by −margin; for each class, of a stable argsort by
/// `p(k)`. Classes of 3000 examples take the sampled-pivot path.
struct ConfidentLearningPruningTests {
    /// Noisy softmax probabilities with many exact ties (values rounded to 1/64 before normalising).
    static func data(rows: Int, classes: Int, seed: UInt64) -> (labels: [Int], p: [Double]) {
        var generator = SeededGenerator(seed: seed)
        var labels: [Int] = []
        var p: [Double] = []
        for _ in 0..<rows {
            let truth = generator.integer(in: 0...(classes - 1))
            let given = generator.uniform() < 0.2 ? generator.integer(in: 0...(classes - 1)) : truth
            let scores = (0..<classes).map { (($0 == truth ? 2.0 : 0) + generator.normal()).rounded(toPlaces: 6) }
            let exps = scores.map { exp($0) }
            let total = exps.reduce(0, +)
            labels.append(given)
            p += exps.map { ($0 / total * 64).rounded() / 64 }.normalised
        }
        return (labels, p)
    }

    static func reference(labels: [Int], p: [Double], classes: Int, kept: [[Int]], byClass: Bool) -> [Bool] {
        var mask = [Bool](repeating: false, count: labels.count)
        for k in 0..<classes {
            let rows = labels.indices.filter { labels[$0] == k }
            let cells = byClass ? [k] : (0..<classes).filter { $0 != k && kept[$0][k] > 0 }
            for j in cells {
                let key = { (row: Int) in
                    byClass ? p[row * classes + k] : -(p[row * classes + j] - p[row * classes + k])
                }
                let count = byClass ? rows.count - kept[k][k] : kept[j][k]
                let order = rows.sorted { key($0) < key($1) || (key($0) == key($1) && $0 < $1) }
                for row in order.prefix(max(count, 0)) { mask[row] = true }
            }
        }
        return mask
    }

    /// 3 and 4 classes of 3000 examples (sampled pivots, bit-mask pass); 66 classes of 40 (the pass for more than
    /// 64 classes, every cell keeping its whole class).
    @Test(arguments: [(3, 3000, UInt64(1)), (4, 3000, UInt64(2)), (66, 40, UInt64(3))])
    func pruningMatchesStableArgsortDefinition(classes: Int, perClass: Int, seed: UInt64) {
        let (labels, p) = Self.data(rows: perClass * classes, classes: classes, seed: seed)
        let rowsByClass = ConfidentLearning.rows(byClass: labels, classCount: classes)
        let blocks = rowsByClass.indices.map {
            ClassBlock(rows: rowsByClass[$0], label: $0, probabilities: p, classCount: classes)
        }
        let thresholds = ConfidentLearning.confidentThresholds(blocks)
        let (joint, _) = ConfidentLearning.confidentCounts(
            labels: labels, probabilities: p, classCount: classes, thresholds: thresholds)
        let calibrated = ConfidentLearning.calibrate(joint, classCounts: rowsByClass.map(\.count))
        let kept = ConfidentLearning.keepAtLeast(ConfidentLearning.transpose(calibrated), minimum: 1, fraction: 1)
        #expect(kept.indices.contains { j in kept.indices.contains { k in j != k && kept[j][k] > 0 } })
        var byNoise = [Bool](repeating: false, count: labels.count)
        ConfidentLearning.pruneByNoiseRate(
            &byNoise, labels: labels, probabilities: p, blocks: blocks, kept: kept, minimum: 1)
        #expect(byNoise == Self.reference(labels: labels, p: p, classes: classes, kept: kept, byClass: false))
        var byClass = [Bool](repeating: false, count: labels.count)
        ConfidentLearning.pruneByClass(&byClass, blocks: blocks, kept: kept, minimum: 1)
        #expect(byClass == Self.reference(labels: labels, p: p, classes: classes, kept: kept, byClass: true))
    }
}

extension Double {
    fileprivate func rounded(toPlaces places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (self * scale).rounded() / scale
    }
}

extension Array where Element == Double {
    /// Divided by the sum, so each row sums to 1.
    fileprivate var normalised: [Double] {
        let total = reduce(0, +)
        return map { $0 / total }
    }
}
