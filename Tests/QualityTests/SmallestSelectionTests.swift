import Datasets
import Testing

@testable import Quality

/// Quickselect against the simple reference: the prefix of a stable argsort.
struct SmallestSelectionTests {
    static func reference(_ count: Int, of values: [Double]) -> Set<Int> {
        let order = values.indices.sorted { values[$0] < values[$1] || (values[$0] == values[$1] && $0 < $1) }
        return Set(order.prefix(count))
    }

    @Test(arguments: [0, 1, 7, 50, 199, 200, 250])
    func matchesAStableArgsortPrefixWithTies(count: Int) {
        var generator = SeededGenerator(seed: UInt64(count) + 1)
        // Few distinct values (many ties), negative and positive, and both zeros.
        let values = (0..<200).map { _ in Double(generator.integer(in: -5...5)) / 4 } + [-0.0, 0.0]
        #expect(Set(SmallestSelection.positions(count, of: values)) == Self.reference(count, of: values))
    }

    @Test func matchesOnDistinctValues() {
        var generator = SeededGenerator(seed: 99)
        let values = (0..<1000).map { _ in generator.normal() }
        #expect(Set(SmallestSelection.positions(123, of: values)) == Self.reference(123, of: values))
        #expect(SmallestSelection.positions(5, of: []) == [])
    }
}

/// The sampled-pivot path of `positions(_:among:value:)` (≥ 2048 values, count ≤ 1/8 of them).
struct SmallestSelectionPivotTests {
    @Test func sampledPivotMatchesAStableArgsortPrefixWithTies() {
        var generator = SeededGenerator(seed: 7)
        let values = (0..<5000).map { _ in Double(generator.integer(in: -300...300)) / 8 }
        for count in [1, 37, 100, 625] {
            let found = SmallestSelection.positions(count, among: values.count) { values[$0] }
            #expect(found.count == count)
            #expect(Set(found) == SmallestSelectionTests.reference(count, of: values))
        }
    }

    @Test func unluckySampleFallsBackToAllValues() {
        // The strided sample sees only the −1s at every 10th position: its pivot lets 256 values through, fewer
        // than the 300 asked for.
        let values = (0..<2560).map { $0 % 10 == 0 ? -1.0 : Double($0 % 7) }
        let found = SmallestSelection.positions(300, among: values.count) { values[$0] }
        #expect(Set(found) == SmallestSelectionTests.reference(300, of: values))
    }
}
