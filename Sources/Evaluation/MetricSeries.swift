/// A metric recorded over training, as (step, value) points in increasing step order.
public struct MetricSeries: Sendable, Equatable, Codable {
    /// The points, with strictly increasing steps and finite values.
    public let points: [MetricPoint]

    /// Creates a series from points.
    /// - Throws: `EvaluationError` if empty, a value is not finite, or steps do not strictly increase.
    public init(points: [MetricPoint]) throws {
        try EvaluationError.requireNonEmpty(points.count, "points")
        try EvaluationError.requireFinite(points.map(\.value), "points.value")
        for i in points.indices.dropFirst() where points[i].step <= points[i - 1].step {
            throw EvaluationError(
                .invalidArgument,
                "`points`[\(i)] has step \(points[i].step) after step \(points[i - 1].step);"
                    + " steps must strictly increase (sort the points and drop duplicates).")
        }
        self.points = points
    }

    /// Creates a series from (step, value) pairs.
    /// - Throws: see ``init(points:)``.
    public init(steps: [Int], values: [Double]) throws {
        try EvaluationError.requireSameLength(steps.count, "steps", values.count, "values")
        try self.init(points: zip(steps, values).map { MetricPoint(step: $0, value: $1) })
    }

    /// The values, in step order.
    public var values: [Double] { points.map(\.value) }
    /// The steps, in order.
    public var steps: [Int] { points.map(\.step) }
    /// The last point.
    public var final: MetricPoint { points[points.count - 1] }
}

extension MetricSeries {
    private enum CodingKeys: String, CodingKey { case points }

    /// Decodes and re-validates the points.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(points: try container.decode([MetricPoint].self, forKey: .points))
    }
}
