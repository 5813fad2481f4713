/// Reads the `M x y L x y …` path data the charts write: the subpaths and their points.
struct SVGPath {
    var subpaths: [[(x: Double, y: Double)]] = []

    init(_ data: String) {
        var numbers: [Double] = []
        var token = ""
        func flushNumber() {
            if let value = Double(token) { numbers.append(value) }
            token = ""
        }
        func flushPoint() {
            flushNumber()
            if numbers.count == 2, !subpaths.isEmpty { subpaths[subpaths.count - 1].append((numbers[0], numbers[1])) }
            numbers = []
        }
        for character in data {
            switch character {
            case "M":
                flushPoint()
                subpaths.append([])
            case "L", "Z":
                flushPoint()
            case " ", ",":
                flushNumber()
            default:
                token.append(character)
            }
        }
        flushPoint()
    }

    var points: [(x: Double, y: Double)] { subpaths.flatMap { $0 } }
}
