import Foundation
import Testing

@testable import Datasets

@Suite("Synthetic generators")
struct SyntheticGeneratorTests {
    private func rows(_ table: Table) -> [[Double]] {
        (0..<table.rowCount).map { row in table.columns.map { $0.numbers[row] } }
    }

    @Test("SEA labels follow x1 + x2 > threshold for each concept", arguments: 1...4)
    func sea(concept: Int) throws {
        let table = try SEAGenerator(concept: concept).table(rows: 2_000, seed: UInt64(concept))
        let threshold = [8, 9, 7, 9.5][concept - 1]
        #expect(table.columnNames == ["x1", "x2", "x3", "label"])
        for x in rows(table) {
            #expect(x[3] == (x[0] + x[1] > threshold ? 1 : 0))
            #expect(x[0] >= 0 && x[0] < 10 && x[2] >= 0 && x[2] < 10)
        }
    }

    @Test("SEA noise flips about that share of labels")
    func seaNoise() throws {
        let table = try SEAGenerator(concept: 1, noise: 0.1).table(rows: 10_000, seed: 5)
        let flipped = rows(table).filter { $0[3] != ($0[0] + $0[1] > 8 ? 1 : 0) }.count
        // Binomial(10000, 0.1): sd = 30; bound at 5 sd.
        #expect(abs(flipped - 1_000) < 150)
    }

    @Test("abrupt drift: before the drift labels follow concept 1 (threshold 8), from it concept 3 (threshold 7)")
    func abruptDrift() throws {
        let stream = try ConceptDriftStream(
            before: SEAGenerator(concept: 1), after: SEAGenerator(concept: 3), shape: .abrupt(at: 700))
        let data = rows(stream.table(rows: 1_500, seed: 8))
        var distinguishing = 0
        for (index, x) in data.enumerated() {
            let threshold = index < 700 ? 8.0 : 7.0
            #expect(x[3] == (x[0] + x[1] > threshold ? 1 : 0), "row \(index)")
            if index >= 700 && x[0] + x[1] > 7 && x[0] + x[1] <= 8 { distinguishing += 1 }
        }
        #expect(distinguishing > 20)  // rows where concept 1 would have said 0: the check above can fail
    }

    @Test("gradual drift: the new concept's share follows the sigmoid around the centre")
    func gradualDrift() throws {
        let stream = try ConceptDriftStream(
            before: SEAGenerator(concept: 1), after: SEAGenerator(concept: 3),
            shape: .gradual(center: 4_000, width: 1_000))
        #expect(stream.probabilityOfNewConcept(atRow: 4_000) == 0.5)
        #expect(abs(stream.probabilityOfNewConcept(atRow: 5_000) - 1 / (1 + exp(-4))) < 1e-15)
        let data = rows(stream.table(rows: 8_000, seed: 2))
        func newShare(_ range: Range<Int>) -> Double {
            let ambiguous = range.filter { data[$0][0] + data[$0][1] > 7 && data[$0][0] + data[$0][1] <= 8 }
            return Double(ambiguous.filter { data[$0][3] == 1 }.count) / Double(max(ambiguous.count, 1))
        }
        #expect(newShare(0..<2_000) < 0.05)
        #expect(newShare(3_800..<4_200) > 0.3 && newShare(3_800..<4_200) < 0.7)
        #expect(newShare(6_000..<8_000) > 0.95)
    }

    @Test("STAGGER labels follow the three concepts and every combination appears", arguments: 1...3)
    func stagger(concept: Int) throws {
        let table = try STAGGERGenerator(concept: concept).table(rows: 600, seed: 1)
        var combinations = Set<String>()
        for row in 0..<table.rowCount {
            let (size, color, shape) = (
                table.columns[0].text(at: row)!, table.columns[1].text(at: row)!, table.columns[2].text(at: row)!
            )
            combinations.insert(size + color + shape)
            let expected: Bool
            switch concept {
            case 1: expected = size == "small" && color == "red"
            case 2: expected = color == "green" || shape == "circle"
            default: expected = size != "small"
            }
            #expect(table.columns[3].numbers[row] == (expected ? 1 : 0))
        }
        #expect(combinations.count == 27)
    }

    struct AgrawalFixture: Decodable {
        let rows: [[Double]]
        let labelsByFunction: [[Int]]

        enum CodingKeys: String, CodingKey {
            case rows
            case labelsByFunction = "labels_by_function"
        }
    }

    @Test("Agrawal's ten functions match River's (MOA's labels and function 5)")
    func agrawalFunctions() throws {
        let fixture = try JSONDecoder().decode(
            AgrawalFixture.self, from: Data(contentsOf: TestFiles.fixture("datasets_agrawal.json")))
        #expect(fixture.labelsByFunction.count == 10)
        for function in 1...10 {
            let labels = fixture.rows.map { AgrawalGenerator.label(function: function, $0) }
            #expect(labels == fixture.labelsByFunction[function - 1], "function \(function)")
        }
    }

    @Test("Agrawal rows: labels match their function, features in range, perturbation keeps ranges")
    func agrawalRows() throws {
        for function in [1, 5, 10] {
            let clean = rows(try AgrawalGenerator(function: function).table(rows: 500, seed: 3))
            for x in clean { #expect(Int(x[9]) == AgrawalGenerator.label(function: function, x)) }
        }
        let noisy = rows(try AgrawalGenerator(function: 2, perturbation: 0.2).table(rows: 500, seed: 3))
        for x in noisy {
            #expect(x[0] >= 20_000 && x[0] <= 150_000 && x[2] >= 20 && x[2] <= 80 && x[2] == x[2].rounded())
            #expect(x[8] >= 0 && x[8] <= 500_000 && (x[1] == 0 || (x[1] >= 10_000 && x[1] <= 75_000)))
        }
        let disagreements = noisy.filter { Int($0[9]) != AgrawalGenerator.label(function: 2, $0) }.count
        #expect(disagreements > 0)  // perturbation moves features after labelling
        let balanced = rows(try AgrawalGenerator(function: 8, balanceClasses: true).table(rows: 20, seed: 1))
        #expect(balanced.map { Int($0[9]) } == (0..<20).map { $0 % 2 == 0 ? 1 : 0 })
        #expect(throws: DatasetError.self) { try AgrawalGenerator(function: 11) }
    }

    @Test("rotating hyperplane: labels follow the weights; weights drift with magnitude")
    func hyperplane() throws {
        var still = try RotatingHyperplaneGenerator(features: 4, driftFeatures: 2, magnitude: 0, noise: 0)
        var random = SeededGenerator(seed: 4)
        let table = still.table(rows: 500, using: &random)
        for x in rows(table) {
            #expect(Int(x[4]) == RotatingHyperplaneGenerator.label(Array(x[0..<4]), weights: still.weights))
        }
        var moving = try RotatingHyperplaneGenerator(features: 4, driftFeatures: 2, magnitude: 0.01, noise: 0)
        var other = SeededGenerator(seed: 4)
        _ = moving.table(rows: 500, using: &other)
        #expect(moving.weights[2...] == still.weights[2...])
        #expect(moving.weights[0] != still.weights[0])
    }

    @Test("Friedman #1: without noise y is the formula; with noise the residual sd is about 1")
    func friedman() throws {
        for x in rows(FriedmanGenerator(noise: 0).table(rows: 300, seed: 1)) {
            let y = 10 * sin(Double.pi * x[0] * x[1]) + 20 * pow(x[2] - 0.5, 2) + 10 * x[3] + 5 * x[4]
            #expect(abs(x[10] - y) < 1e-12)
        }
        let residuals = rows(FriedmanGenerator().table(rows: 5_000, seed: 2)).map {
            $0[10] - FriedmanGenerator.target($0)
        }
        let sd = (residuals.map { $0 * $0 }.reduce(0, +) / Double(residuals.count)).squareRoot()
        #expect(abs(sd - 1) < 0.05)
    }

    @Test("moons, spirals and blobs without noise lie on their curves and centres")
    func shapes() throws {
        for x in rows(TwoMoonsGenerator(noise: 0).table(rows: 300, seed: 1)) {
            let (cx, cy) = x[2] == 0 ? (0.0, 0.0) : (1.0, 0.5)
            #expect(abs((x[0] - cx) * (x[0] - cx) + (x[1] - cy) * (x[1] - cy) - 1) < 1e-12)
            #expect(x[2] == 0 ? x[1] >= 0 : x[1] <= 0.5)
        }
        let spirals = try SpiralsGenerator(classes: 3, turns: 1.5, noise: 0)
        for x in rows(spirals.table(rows: 300, seed: 1)) {
            let (px, py) = spirals.point(label: Int(x[2]), radius: (x[0] * x[0] + x[1] * x[1]).squareRoot())
            #expect(abs(px - x[0]) < 1e-9 && abs(py - x[1]) < 1e-9)
        }
        let centres = [[0.0, 5.0], [-3.0, 1.0]]
        for x in rows(try GaussianBlobsGenerator(centers: centres, standardDeviation: 0).table(rows: 50, seed: 1)) {
            #expect(Array(x[0..<2]) == centres[Int(x[2])])
        }
        let blobs = rows(try GaussianBlobsGenerator(centers: 4, features: 3).table(rows: 400, seed: 9))
        #expect(Set(blobs.map { $0[3] }) == [0, 1, 2, 3])
    }

    @Test("same seed, same table; generated tables round-trip through CSV exactly")
    func determinismAndCSV() throws {
        let generator = try AgrawalGenerator(function: 3, perturbation: 0.05)
        let table = generator.table(rows: 300, seed: 77)
        #expect(generator.table(rows: 300, seed: 77) == table)
        #expect(generator.table(rows: 300, seed: 78) != table)
        let path = try TestFiles.write("")
        try table.writeCSV(to: path)
        #expect(try Table.readCSV(at: path) == table)
        let stagger = try STAGGERGenerator(concept: 2).table(rows: 50, seed: 1)
        try stagger.writeCSV(to: path)
        #expect(try Table.readCSV(at: path) == stagger)
        let drifting = try ConceptDriftStream(
            before: SEAGenerator(concept: 1, noise: 0.1), after: SEAGenerator(concept: 2),
            shape: .gradual(center: 60, width: 20))
        try drifting.writeCSV(rows: 130, seed: 4, to: path, chunkRows: 17)
        #expect(try Table.readCSV(at: path) == drifting.table(rows: 130, seed: 4))
    }
}
