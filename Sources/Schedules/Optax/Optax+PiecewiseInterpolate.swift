import Foundation

extension Optax {
    /// `optax.piecewise_interpolate_schedule`, the shape behind `linear_onecycle_schedule` and
    /// `cosine_onecycle_schedule`: values `initValue · Π scales[..i]` at `boundaries`, joined linearly or by
    /// half cosines, holding the last value after the last boundary.
    public struct PiecewiseInterpolate: Schedule, Equatable {
        /// How consecutive values are joined.
        public enum Interpolation: String, Sendable, CaseIterable, Codable {
            /// Straight lines.
            case linear
            /// Half cosines.
            case cosine
        }

        /// How consecutive values are joined.
        public var interpolation: Interpolation
        /// Knot steps, starting with 0.
        public let knots: [Int]
        /// Values at the knots (cumulative products of the scales).
        public let values: [Double]

        /// Creates the schedule from `(boundary, scale)` pairs; like optax's dict, a repeated boundary keeps the
        /// last scale given for it.
        public init(_ interpolation: Interpolation, initValue: Double, boundariesAndScales: [(Int, Double)]) {
            var merged: [(Int, Double)] = []
            for (boundary, scale) in boundariesAndScales {
                if let index = merged.firstIndex(where: { $0.0 == boundary }) {
                    merged[index].1 = scale
                } else {
                    merged.append((boundary, scale))
                }
            }
            merged.sort { $0.0 < $1.0 }
            var values = [initValue]
            for (_, scale) in merged { values.append(values[values.count - 1] * scale) }
            self.interpolation = interpolation
            self.knots = [0] + merged.map(\.0)
            self.values = values
        }

        public func rate(at step: Int) -> Double {
            let step = max(step, 0)
            if let last = knots.last, step >= last { return values[values.count - 1] }
            for index in 0..<(knots.count - 1) where knots[index] <= step && step < knots[index + 1] {
                let size = Double(max(knots[index + 1] - knots[index], 1))
                let pct = Double(step - knots[index]) / size
                let start = values[index]
                let end = values[index + 1]
                switch interpolation {
                case .linear: return (end - start) * pct + start
                case .cosine: return end + (start - end) / 2.0 * (cos(Double.pi * pct) + 1)
                }
            }
            return 0
        }

        public var facts: ScheduleFacts {
            let peak = values.firstIndex(of: values.max() ?? 0).map { knots[$0] }
            return ScheduleFacts(warmupSteps: peak.flatMap { $0 > 0 ? $0 : nil }, totalSteps: knots.last)
        }
    }
}
