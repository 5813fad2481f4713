/// STAGGER concepts (Schlimmer & Granger, 1986): size, color and shape drawn uniformly; the label is 1 when
/// concept 1: size = small and color = red; concept 2: color = green or shape = circle;
/// concept 3: size = medium or large (River's classification functions 0–2).
public struct STAGGERGenerator: SyntheticGenerator {
    /// The concept, 1...3.
    public let concept: Int

    static let sizes = ["small", "medium", "large"]
    static let colors = ["red", "blue", "green"]
    static let shapes = ["circle", "square", "triangle"]

    /// Creates a STAGGER stream.
    /// - Throws: `DatasetError.invalidArgument` unless `concept` is 1...3.
    public init(concept: Int = 1) throws {
        guard (1...3).contains(concept) else {
            throw DatasetError(.invalidArgument, "STAGGER concept \(concept); use 1, 2 or 3")
        }
        self.concept = concept
    }

    public var columns: [SyntheticColumn] {
        [
            .init("size", .categorical), .init("color", .categorical), .init("shape", .categorical),
            .init("label", .integer),
        ]
    }

    /// The label of a row under `concept`.
    public static func label(concept: Int, size: String, color: String, shape: String) -> Int {
        switch concept {
        case 1: return size == "small" && color == "red" ? 1 : 0
        case 2: return color == "green" || shape == "circle" ? 1 : 0
        default: return size == "medium" || size == "large" ? 1 : 0
        }
    }

    public mutating func nextRow(using random: inout SeededGenerator) -> [Cell] {
        let size = Self.sizes[random.integer(below: 3)]
        let color = Self.colors[random.integer(below: 3)]
        let shape = Self.shapes[random.integer(below: 3)]
        let label = Self.label(concept: concept, size: size, color: color, shape: shape)
        return [.category(size), .category(color), .category(shape), .number(Double(label))]
    }
}
