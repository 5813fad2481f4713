import Testing

@testable import Datasets

@Suite("Splits")
struct DataSplitTests {
    private func isPartition(_ split: DataSplit, rowCount: Int) -> Bool {
        Set(split.train).isDisjoint(with: split.test) && split.train.count + split.test.count == rowCount
            && Set(split.train + split.test) == Set(0..<rowCount)
    }

    @Test(
        "random: ceil(fraction × n) test rows, no overlap, deterministic per seed",
        arguments: [(10, 0.25, 3), (101, 0.2, 21), (2, 0.5, 1)])
    func random(rowCount: Int, fraction: Double, testCount: Int) throws {
        let split = try DataSplit.random(rowCount: rowCount, testFraction: fraction, seed: 9)
        #expect(split.test.count == testCount)
        #expect(isPartition(split, rowCount: rowCount))
        #expect(try DataSplit.random(rowCount: rowCount, testFraction: fraction, seed: 9) == split)
    }

    @Test("random: different seeds give different splits")
    func seedsDiffer() throws {
        let a = try DataSplit.random(rowCount: 100, testFraction: 0.3, seed: 1)
        let b = try DataSplit.random(rowCount: 100, testFraction: 0.3, seed: 2)
        #expect(a != b)
    }

    @Test("bad fractions and too few rows are errors", arguments: [(10, 0.0), (10, 1.0), (1, 0.5), (10, -0.1)])
    func badArguments(rowCount: Int, fraction: Double) {
        #expect(throws: DatasetError.self) { try DataSplit.random(rowCount: rowCount, testFraction: fraction, seed: 0) }
    }

    @Test("stratified: each class keeps its share within one row")
    func stratified() throws {
        let labels =
            Array(repeating: "a", count: 70) + Array(repeating: "b", count: 25) + Array(repeating: "c", count: 5)
        let split = try DataSplit.stratified(labels: labels, testFraction: 0.2, seed: 4)
        #expect(split.test.count == 20)
        #expect(isPartition(split, rowCount: 100))
        for (label, total) in [("a", 70), ("b", 25), ("c", 5)] {
            let inTest = split.test.filter { labels[$0] == label }.count
            #expect(abs(Double(inTest) - Double(total) * 0.2) < 1, "\(label)")
        }
        #expect(try DataSplit.stratified(labels: labels, testFraction: 0.2, seed: 4) == split)
        // Uneven shares: 7 and 3 rows, 30% test = 3 rows → 2.1 and 0.9 → 2 and 1.
        let uneven = try DataSplit.stratified(labels: [0, 0, 0, 0, 0, 0, 0, 1, 1, 1], testFraction: 0.3, seed: 1)
        #expect(uneven.test.filter { $0 < 7 }.count == 2)
        #expect(uneven.test.filter { $0 >= 7 }.count == 1)
    }

    @Test("time-ordered: the latest rows are the test set, ties by row order")
    func timeOrdered() throws {
        let table = try Table(columns: [
            Column(name: "t", numbers: [5, 1, 3, 3, 9, 0]),
            Column(
                name: "day",
                categories: ["2024-03-01", "2024-01-15", "2023-12-31", "2024-02-29", "2024-01-15", "2024-01-01"]),
        ])
        let split = try DataSplit.timeOrdered(table, by: "t", testFraction: 0.33)
        #expect(split.train == [5, 1, 2, 3])
        #expect(split.test == [0, 4])
        let byText = try DataSplit.timeOrdered(table, by: "day", testFraction: 0.5)
        #expect(byText.train == [2, 5, 1])
        #expect(byText.test == [4, 3, 0])
        let gap = try Table(columns: [Column(name: "t", numbers: [1, .nan, 2])])
        #expect(throws: DatasetError.self) { try DataSplit.timeOrdered(gap, by: "t", testFraction: 0.5) }
    }

    @Test("k-fold: test sets partition the rows with sklearn's fold sizes", arguments: [nil, 5] as [UInt64?])
    func kFold(seed: UInt64?) throws {
        let folds = try DataSplit.kFold(rowCount: 23, folds: 5, seed: seed)
        #expect(folds.map(\.test.count) == [5, 5, 5, 4, 4])
        #expect(folds.flatMap(\.test).sorted() == Array(0..<23))
        for fold in folds { #expect(isPartition(fold, rowCount: 23)) }
        if seed == nil { #expect(folds[0].test == [0, 1, 2, 3, 4]) }
        #expect(try DataSplit.kFold(rowCount: 23, folds: 5, seed: seed) == folds)
        #expect(throws: DatasetError.self) { try DataSplit.kFold(rowCount: 3, folds: 4) }
        #expect(throws: DatasetError.self) { try DataSplit.kFold(rowCount: 3, folds: 1) }
    }

    @Test("stratified k-fold: every fold has each class's share within one row")
    func stratifiedKFold() throws {
        let labels = (0..<50).map { $0 % 10 < 7 ? 0 : ($0 % 10 < 9 ? 1 : 2) }
        let folds = try DataSplit.stratifiedKFold(labels: labels, folds: 4, seed: 11)
        #expect(folds.flatMap(\.test).sorted() == Array(0..<50))
        let sizes = folds.map(\.test.count)
        #expect(sizes.max()! - sizes.min()! <= 1)
        for label in 0..<3 {
            let counts = folds.map { fold in fold.test.filter { labels[$0] == label }.count }
            #expect(counts.max()! - counts.min()! <= 1, "class \(label): \(counts)")
        }
        for fold in folds { #expect(isPartition(fold, rowCount: 50)) }
        #expect(try DataSplit.stratifiedKFold(labels: labels, folds: 4, seed: 11) == folds)
    }
}
