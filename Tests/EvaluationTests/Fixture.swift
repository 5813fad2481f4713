import Foundation
import Testing

@testable import Evaluation

/// Loads a committed JSON fixture from `Fixtures/` next to this file (no SwiftPM resources).
enum Fixture {
    static func load<T: Decodable>(_ name: String, as type: T.Type = T.self) throws -> T {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures/\(name)")
        return try JSONDecoder().decode(T.self, from: Data(contentsOf: url))
    }
}

/// |actual − expected| ≤ tolerance · max(1, |expected|); a `nil` expectation (NaN in the reference) needs NaN.
func close(_ actual: Double, _ expected: Double?, _ tolerance: Double = 1e-9) -> Bool {
    guard let expected else { return actual.isNaN }
    return abs(actual - expected) <= tolerance * max(1, abs(expected))
}

func close(_ actual: [Double], _ expected: [Double?], _ tolerance: Double = 1e-9) -> Bool {
    actual.count == expected.count && zip(actual, expected).allSatisfy { close($0, $1, tolerance) }
}

/// Whether `body` throws an `EvaluationError` with `code`.
func throwsCode<T>(_ code: EvaluationError.Code, _ body: () throws -> T) -> Bool {
    do {
        _ = try body()
        return false
    } catch let error as EvaluationError {
        return error.code == code
    } catch {
        return false
    }
}
