/// The rectangle, in SVG pixels, inside which data is drawn.
struct PlotRect: Equatable {
    var x: Double
    var y: Double
    var width: Double
    var height: Double

    var left: Double { x }
    var right: Double { x + width }
    var top: Double { y }
    var bottom: Double { y + height }
}
