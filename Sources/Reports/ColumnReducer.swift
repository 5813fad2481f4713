/// Streams the pixel points of one unbroken line and keeps, for every run of points in the same pixel column, the
/// first, lowest, highest and last point (the "M4" aggregation of Jugel et al., VLDB 2014).
///
/// A line drawn through the kept points covers exactly the pixels the full line would, so a one-sample spike in a
/// million-point series stays visible while the path holds at most four points per column.
/// - Complexity: O(1) per point; output is O(columns).
struct ColumnReducer {
    struct Point: Equatable {
        var x: Double
        var y: Double
    }

    private(set) var output: [Point] = []
    private var column = Int.min
    private var first = (index: 0, point: Point(x: 0, y: 0))
    private var last = (index: 0, point: Point(x: 0, y: 0))
    private var lowest = (index: 0, point: Point(x: 0, y: 0))
    private var highest = (index: 0, point: Point(x: 0, y: 0))
    private var index = 0
    private var pending = false

    /// Adds the next point of the line.
    mutating func add(x: Double, y: Double) {
        let point = Point(x: x, y: y)
        let pointColumn = Int(max(-1e9, min(1e9, x)).rounded(.down))
        if pending && pointColumn == column {
            last = (index, point)
            if y < lowest.point.y { lowest = (index, point) }
            if y > highest.point.y { highest = (index, point) }
        } else {
            flush()
            column = pointColumn
            first = (index, point)
            last = first
            lowest = first
            highest = first
            pending = true
        }
        index += 1
    }

    /// Emits the current column's kept points in their original order, each once.
    private mutating func flush() {
        guard pending else { return }
        var previous = -1
        for entry in [first, lowest, highest, last].sorted(by: { $0.index < $1.index }) where entry.index != previous {
            output.append(entry.point)
            previous = entry.index
        }
        pending = false
    }

    /// The reduced line.
    mutating func finish() -> [Point] {
        flush()
        return output
    }
}
