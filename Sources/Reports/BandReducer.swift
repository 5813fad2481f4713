/// Streams the pixel points of one unbroken band and keeps, per pixel column, the widest envelope (highest upper,
/// lowest lower), so a band over a million points draws as at most one polygon vertex pair per column.
/// - Complexity: O(1) per point; output is O(columns).
struct BandReducer {
    struct Slice: Equatable {
        var x: Double
        var top: Double
        var bottom: Double
    }

    private(set) var output: [Slice] = []
    private var column = Int.min

    /// Adds the next band point; `top` and `bottom` are pixel rows (top is the smaller value).
    mutating func add(x: Double, top: Double, bottom: Double) {
        let pointColumn = Int(max(-1e9, min(1e9, x)).rounded(.down))
        let slice = Slice(x: x, top: min(top, bottom), bottom: max(top, bottom))
        if pointColumn == column, let lastIndex = output.indices.last {
            output[lastIndex].top = min(output[lastIndex].top, slice.top)
            output[lastIndex].bottom = max(output[lastIndex].bottom, slice.bottom)
        } else {
            output.append(slice)
            column = pointColumn
        }
    }
}
