import Foundation
import Testing

@testable import Schedules

/// One reference case: an Anneal spec and the rates the source library produced for it.
///
/// Fixture files (`Fixtures/*.json`) are written by the scripts in `scripts/fixtures/`; tests never call Python.
struct ReferenceCase: Decodable, CustomTestStringConvertible, Sendable {
    /// A readable name, e.g. `torch step gamma=0.5`.
    let name: String
    /// The Anneal spec equivalent to the reference configuration.
    let spec: ScheduleSpec
    /// The reference rates for steps `0..<values.count`.
    let values: [Double]
    /// Metrics fed to a reactive schedule after each step, when it has any.
    let metrics: [Double]?
    /// A companion (e.g. momentum) and its reference values, when the case has one.
    let momentum: [Double]?

    var testDescription: String { name }
}

/// A fixture file: the library versions it came from and its cases.
struct ReferenceFixture: Decodable {
    let source: String
    let versions: [String: String]
    let cases: [ReferenceCase]

    /// Loads `Fixtures/<name>` next to this file.
    static func load(_ name: String) -> ReferenceFixture {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Fixtures").appendingPathComponent(name)
        do {
            return try JSONDecoder().decode(ReferenceFixture.self, from: Data(contentsOf: url))
        } catch {
            Issue.record("cannot load fixture \(name): \(error)")
            return ReferenceFixture(source: name, versions: [:], cases: [])
        }
    }
}

/// Whether `actual` equals `expected` within `relative` tolerance, with an absolute floor scaled by `scale`.
///
/// The floor matters where a reference rate is (nearly) zero and relative error is meaningless.
func isClose(_ actual: Double, _ expected: Double, relative: Double = 1e-9, scale: Double = 1) -> Bool {
    if actual.isNaN || expected.isNaN { return actual.isNaN && expected.isNaN }
    return abs(actual - expected) <= max(relative * abs(expected), 1e-12 * abs(scale))
}

/// Checks every step of `reference` against the built spec, reporting the first mismatch.
func expectMatches(_ reference: ReferenceCase, relative: Double = 1e-9) throws {
    let built = try ScheduleCatalog.standard.build(reference.spec)
    let actual = built.rates(steps: reference.values.count, metrics: reference.metrics ?? [])
    let scale = reference.values.map(abs).max() ?? 1
    let mismatch = zip(actual, reference.values).enumerated().first { !isClose($1.0, $1.1, relative: relative, scale: scale) }
    #expect(mismatch == nil, "\(reference.name): step \(mismatch?.offset ?? -1) gives \(mismatch?.element.0 ?? 0), reference \(mismatch?.element.1 ?? 0)")
    #expect(actual.count == reference.values.count)
}
