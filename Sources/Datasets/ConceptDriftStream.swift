#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Joins two streams with a concept drift between them (as River's and MOA's `ConceptDriftStream`).
///
/// Row `i` (0-based) comes from `after` with probability `p(i)` and from `before` otherwise; only the chosen
/// stream advances. Abrupt drift: `p(i) = 0` before `at`, 1 from `at` on. Gradual drift: the sigmoid
/// `p(i) = 1 / (1 + exp(−4 (i − center) / width))`, so `p(center) = ½` and the change takes about `width` rows.
public struct ConceptDriftStream<Before: SyntheticGenerator, After: SyntheticGenerator>: SyntheticGenerator {
    /// Where and how the concept changes.
    public enum Shape: Equatable, Sendable {
        /// Every row from `at` on comes from the new concept.
        case abrupt(at: Int)
        /// The new concept takes over along a sigmoid centred at `center`, about `width` rows wide.
        case gradual(center: Int, width: Int)
    }

    /// The concept before the drift.
    public private(set) var before: Before
    /// The concept after the drift.
    public private(set) var after: After
    /// The drift's position and shape.
    public let shape: Shape
    /// The index of the next row.
    public private(set) var row = 0

    /// Creates a drifting stream.
    /// - Throws: `DatasetError.invalidArgument` when the streams' columns differ or a gradual width is below 1.
    public init(before: Before, after: After, shape: Shape) throws {
        guard before.columns == after.columns else {
            throw DatasetError(
                .invalidArgument,
                "the streams before and after the drift have different columns; drift between "
                    + "two concepts of the same generator")
        }
        if case .gradual(_, let width) = shape, width < 1 {
            throw DatasetError(.invalidArgument, "a gradual drift width of \(width) rows; use at least 1")
        }
        self.before = before
        self.after = after
        self.shape = shape
    }

    public var columns: [SyntheticColumn] { before.columns }

    /// The probability that row `index` comes from the new concept.
    public func probabilityOfNewConcept(atRow index: Int) -> Double {
        switch shape {
        case .abrupt(let at):
            return index >= at ? 1 : 0
        case .gradual(let center, let width):
            return 1 / (1 + exp(-4 * Double(index - center) / Double(width)))
        }
    }

    public mutating func nextRow(using random: inout SeededGenerator) -> [Cell] {
        let probability = probabilityOfNewConcept(atRow: row)
        row += 1
        let useNew: Bool
        if case .abrupt = shape { useNew = probability == 1 } else { useNew = random.uniform() < probability }
        return useNew ? after.nextRow(using: &random) : before.nextRow(using: &random)
    }
}
