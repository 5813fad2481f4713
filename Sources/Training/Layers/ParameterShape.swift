/// The local name and shape of a parameter a layer owns, e.g. `weight` of `3 × 4`.
public struct ParameterShape: Sendable, Hashable, Codable {
    /// The name inside the layer (`weight`, `bias`); the model prefixes the layer index (`0.weight`).
    public var name: String
    /// Rows of the stored matrix.
    public var rows: Int
    /// Columns of the stored matrix.
    public var columns: Int

    /// Creates a parameter shape.
    public init(name: String, rows: Int, columns: Int) {
        self.name = name
        self.rows = rows
        self.columns = columns
    }
}
