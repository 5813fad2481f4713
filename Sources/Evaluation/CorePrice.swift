import Foundation

/// A price per CPU core-hour, to turn what a run cost in CPU seconds into money.
///
/// The billed basis is CPU core-seconds (user + system time of every thread, ``Cost/cpuSeconds``), as cloud
/// providers bill vCPU-hours: a run that keeps two cores busy for an hour costs two core-hours. Wall-clock time
/// would bill idle cores and ignore parallel ones, so it is not used. The currency is a label only (`USD`,
/// `EUR`, …); no conversion is made.
///
/// ```swift
/// let price = try CorePrice(perCoreHour: 0.05, currency: "USD")
/// price.money(Cost(cpuSeconds: 7200))   // 0.1: two core-hours at 0.05
/// ```
public struct CorePrice: Sendable, Equatable, Codable {
    /// Money per core-hour, finite and ≥ 0.
    public let perCoreHour: Double
    /// The currency's label (e.g. `USD`), or `nil` for an unnamed one.
    public let currency: String?

    /// Creates a price.
    /// - Parameters:
    ///   - perCoreHour: money per CPU core-hour, finite and ≥ 0.
    ///   - currency: a label such as `USD`; `nil` or empty for none.
    /// - Throws: `EvaluationError.Code.invalidArgument` for a negative or non-finite price, or a currency label
    ///   with spaces.
    public init(perCoreHour: Double, currency: String? = nil) throws {
        guard perCoreHour.isFinite, perCoreHour >= 0 else {
            throw EvaluationError(
                .invalidArgument,
                "the price per core-hour is \(perCoreHour); give a finite amount ≥ 0, e.g. 0.05")
        }
        let label = currency?.trimmingCharacters(in: .whitespaces) ?? ""
        guard !label.contains(where: \.isWhitespace) else {
            throw EvaluationError(
                .invalidArgument, "the currency label '\(label)' has spaces; give a short code such as USD or EUR")
        }
        self.perCoreHour = perCoreHour
        self.currency = label.isEmpty ? nil : label
    }

    /// The money for `cost`: core-hours (CPU seconds / 3600) × price.
    public func money(_ cost: Cost) -> Double { cost.money(pricePerCoreHour: perCoreHour) }

    /// The currency label, or `money` when it has none (for column headers).
    public var label: String { currency ?? "money" }
}
