extension Matrix: CustomStringConvertible {
    /// `Matrix 2×3 [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]`, eliding rows and columns past the sixth.
    public var description: String {
        let shownRows = min(rows, 6)
        let shownColumns = min(columns, 6)
        let body = (0..<shownRows).map { i in
            var cells = (0..<shownColumns).map { j in "\(self[i, j])" }
            if columns > shownColumns { cells.append("…") }
            return "[" + cells.joined(separator: ", ") + "]"
        }
        let more = rows > shownRows ? ", …" : ""
        return "Matrix \(rows)×\(columns) [" + body.joined(separator: ", ") + more + "]"
    }
}
