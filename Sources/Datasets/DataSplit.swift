/// Row indices of a train/test split. Every function that makes one is seeded and deterministic.
public struct DataSplit: Equatable, Sendable {
    /// Training rows.
    public let train: [Int]
    /// Held-out rows.
    public let test: [Int]

    /// Creates a split from row indices.
    public init(train: [Int], test: [Int]) {
        self.train = train
        self.test = test
    }

    /// A random split; `ceil(testFraction × rowCount)` rows go to test (as sklearn's `ShuffleSplit`).
    /// Indices are returned in ascending order.
    /// - Throws: `DatasetError.invalidArgument` when the fraction is not in (0, 1) or a side would be empty.
    public static func random(rowCount: Int, testFraction: Double, seed: UInt64) throws -> DataSplit {
        let testCount = try testSize(rowCount: rowCount, testFraction: testFraction)
        var rows = Array(0..<rowCount)
        var generator = SeededGenerator(seed: seed)
        generator.shuffle(&rows)
        return DataSplit(train: rows[testCount...].sorted(), test: rows[..<testCount].sorted())
    }

    /// A split that keeps each label's share in train and test (within one row per label).
    ///
    /// The test size is `ceil(testFraction × n)`; each label gets its proportional share of it, rounded down,
    /// and the remaining rows go to the labels with the largest remainders (first-seen label first on ties).
    /// - Parameters:
    ///   - labels: one label per row (class indices, strings...).
    /// - Throws: `DatasetError.invalidArgument` for a bad fraction or an empty side.
    public static func stratified<Label: Hashable>(labels: [Label], testFraction: Double, seed: UInt64) throws
        -> DataSplit
    {
        let testCount = try testSize(rowCount: labels.count, testFraction: testFraction)
        var generator = SeededGenerator(seed: seed)
        let groups = groupRows(labels, generator: &generator)
        let exact = groups.map { Double($0.count) * Double(testCount) / Double(labels.count) }
        var quotas = exact.map { Int($0.rounded(.down)) }
        let order = groups.indices.sorted { exact[$0] - Double(quotas[$0]) > exact[$1] - Double(quotas[$1]) }
        for group in order.prefix(testCount - quotas.reduce(0, +)) { quotas[group] += 1 }
        var train: [Int] = []
        var test: [Int] = []
        for (group, rows) in groups.enumerated() {
            test += rows[..<quotas[group]]
            train += rows[quotas[group]...]
        }
        return DataSplit(train: train.sorted(), test: test.sorted())
    }

    /// A time-ordered split: rows sorted by `column` (numbers ascending, text by code points, ties by row),
    /// the last `ceil(testFraction × n)` rows are the test set. Indices are returned in time order.
    /// - Throws: `DatasetError` `.missingColumn`, `.badValue` when the column has a missing value,
    ///   `.invalidArgument` for a bad fraction.
    public static func timeOrdered(_ table: Table, by column: String, testFraction: Double) throws -> DataSplit {
        let time = try table.column(named: column)
        let testCount = try testSize(rowCount: table.rowCount, testFraction: testFraction)
        if let row = (0..<time.count).first(where: { time.isMissing($0) }) {
            throw DatasetError(
                .badValue, "the time column '\(column)' is missing in row \(row + 1); fill or drop those rows first")
        }
        let rows: [Int]
        if time.type == .categorical {
            let rank = time.levels.indices.sorted { FeatureEncoder.codePointOrder(time.levels[$0], time.levels[$1]) }
            var position = Array(repeating: 0, count: rank.count)
            for (order, level) in rank.enumerated() { position[level] = order }
            rows = (0..<time.count).sorted { left, right in
                let (a, b) = (position[Int(time.codes[left])], position[Int(time.codes[right])])
                return a != b ? a < b : left < right
            }
        } else {
            rows = (0..<time.count).sorted { left, right in
                let (a, b) = (time.numbers[left], time.numbers[right])
                return a != b ? a < b : left < right
            }
        }
        let cut = rows.count - testCount
        return DataSplit(train: Array(rows[..<cut]), test: Array(rows[cut...]))
    }

    /// The number of test rows for a fraction, checked.
    static func testSize(rowCount: Int, testFraction: Double) throws -> Int {
        guard testFraction > 0, testFraction < 1 else {
            throw DatasetError(.invalidArgument, "testFraction is \(testFraction); use a value between 0 and 1")
        }
        let testCount = Int((testFraction * Double(rowCount)).rounded(.up))
        guard testCount >= 1, testCount < rowCount else {
            throw DatasetError(
                .invalidArgument,
                "a test fraction of \(testFraction) of \(rowCount) rows leaves an empty train or "
                    + "test set; use more rows or another fraction")
        }
        return testCount
    }

    /// The rows of each label (labels in first-seen order), each group shuffled.
    static func groupRows<Label: Hashable>(_ labels: [Label], generator: inout SeededGenerator) -> [[Int]] {
        var index: [Label: Int] = [:]
        var groups: [[Int]] = []
        for (row, label) in labels.enumerated() {
            if let group = index[label] {
                groups[group].append(row)
            } else {
                index[label] = groups.count
                groups.append([row])
            }
        }
        for group in groups.indices { generator.shuffle(&groups[group]) }
        return groups
    }
}
