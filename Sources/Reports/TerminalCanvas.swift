/// A grid of character cells, each holding a small block of dots (2×4 for braille, 1×2 for half blocks), into
/// which series are drawn as dot lines; each cell remembers the last series that drew in it (for its colour).
struct TerminalCanvas {
    let columns: Int
    let rows: Int
    let style: TerminalPlot.Style
    private var bits: [UInt8]
    private var owners: [Int]

    init(columns: Int, rows: Int, style: TerminalPlot.Style) {
        self.columns = columns
        self.rows = rows
        self.style = style
        bits = [UInt8](repeating: 0, count: columns * rows)
        owners = [Int](repeating: -1, count: columns * rows)
    }

    /// Dots per cell horizontally and vertically.
    var dotsPerCell: (x: Int, y: Int) { style == .braille ? (2, 4) : (1, 2) }
    /// The dot grid size.
    var dotWidth: Int { columns * dotsPerCell.x }
    var dotHeight: Int { rows * dotsPerCell.y }

    /// Sets one dot (row 0 is the top); dots outside the grid are ignored.
    mutating func set(x: Int, y: Int, series: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let (cellX, cellY) = (x / dotsPerCell.x, y / dotsPerCell.y)
        let (dx, dy) = (x % dotsPerCell.x, y % dotsPerCell.y)
        let bit: UInt8
        switch style {
        case .braille: bit = dy == 3 ? (dx == 0 ? 0x40 : 0x80) : UInt8(1) << UInt8(dy + 3 * dx)
        case .blocks: bit = dy == 0 ? 1 : 2
        }
        let index = cellY * columns + cellX
        bits[index] |= bit
        owners[index] = series
    }

    /// Draws a straight dot line (Bresenham) between two dots, both ends included.
    mutating func line(from start: (x: Int, y: Int), to end: (x: Int, y: Int), series: Int) {
        var (x, y) = start
        let dx = abs(end.x - x)
        let dy = -abs(end.y - y)
        let stepX = x < end.x ? 1 : -1
        let stepY = y < end.y ? 1 : -1
        var error = dx + dy
        while true {
            set(x: x, y: y, series: series)
            if x == end.x && y == end.y { return }
            let doubled = 2 * error
            if doubled >= dy {
                error += dy
                x += stepX
            }
            if doubled <= dx {
                error += dx
                y += stepY
            }
        }
    }

    /// The character of the cell at (`column`, `row`) and the series that owns it (-1 when empty).
    func cell(column: Int, row: Int) -> (character: Character, series: Int) {
        let index = row * columns + column
        let value = bits[index]
        guard value != 0 else { return (" ", -1) }
        switch style {
        case .braille:
            return (Character(Unicode.Scalar(0x2800 + UInt32(value)) ?? " "), owners[index])
        case .blocks:
            return (value == 3 ? "█" : (value == 1 ? "▀" : "▄"), owners[index])
        }
    }
}
