import Foundation

/// How data values map to positions along an axis.
public enum AxisScale: String, Sendable, Equatable, CaseIterable {
    /// Equal distances for equal differences.
    case linear
    /// Equal distances for equal ratios (base 10); only positive values can be shown.
    case log10

    /// The value in the axis' working space (itself, or its base-10 logarithm), `nil` when it cannot be shown.
    func transform(_ value: Double) -> Double? {
        guard value.isFinite else { return nil }
        switch self {
        case .linear: return value
        case .log10: return value > 0 ? Foundation.log10(value) : nil
        }
    }
}
