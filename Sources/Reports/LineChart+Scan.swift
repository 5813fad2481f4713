/// The data extent of a line chart and what it could not draw.
struct LineChartScan {
    var xMin = Double.infinity
    var xMax = -Double.infinity
    var yMin = Double.infinity
    var yMax = -Double.infinity
    var notes: [String] = []

    var hasData: Bool { xMin <= xMax && yMin <= yMax }

    mutating func include(x: Double, y: Double) {
        xMin = min(xMin, x)
        xMax = max(xMax, x)
        yMin = min(yMin, y)
        yMax = max(yMax, y)
    }
}

extension LineChart {
    /// One pass over every value: the drawable extent per axis and a note per series with omitted values.
    func scan() -> LineChartScan {
        var result = LineChartScan()
        var notes: [String] = []
        for item in series {
            var gaps = 0
            var hidden = 0
            for (x, y) in zip(item.x, item.y) {
                if !x.isFinite || !y.isFinite {
                    gaps += 1
                } else if xScale.transform(x) == nil || yScale.transform(y) == nil {
                    hidden += 1
                } else {
                    result.include(x: x, y: y)
                }
            }
            var bandGaps = 0
            if let band = item.band {
                for k in 0..<band.count {
                    let x = band.x[k]
                    guard xScale.transform(x) != nil, yScale.transform(band.lower[k]) != nil,
                        yScale.transform(band.upper[k]) != nil
                    else {
                        bandGaps += 1
                        continue
                    }
                    result.include(x: x, y: band.lower[k])
                    result.include(x: x, y: band.upper[k])
                }
            }
            var parts: [String] = []
            if gaps > 0 { parts.append("\(gaps) non-finite value\(gaps == 1 ? "" : "s") shown as gaps") }
            if hidden > 0 { parts.append("\(hidden) value\(hidden == 1 ? "" : "s") ≤ 0 not shown on the log axis") }
            if bandGaps > 0 { parts.append("\(bandGaps) band point\(bandGaps == 1 ? "" : "s") left out") }
            if item.count == 0 { parts.append("no data") }
            if !parts.isEmpty { notes.append("\(item.name): " + parts.joined(separator: "; ")) }
        }
        let hiddenMarkers = markers.filter { xScale.transform($0.x) == nil }.count
        if hiddenMarkers > 0 { notes.append("\(hiddenMarkers) marker(s) outside the x axis not shown") }
        if notes.count > 3 {
            notes = Array(notes.prefix(2)) + ["… and \(notes.count - 2) more series with omitted values"]
        }
        result.notes = notes
        return result
    }

    /// The range to show on one axis: the fixed range if set (and drawable), else the data extent.
    static func span(fixed: ClosedRange<Double>?, scale: AxisScale, dataMin: Double, dataMax: Double)
        -> (Double, Double)
    {
        if let fixed, scale.transform(fixed.lowerBound) != nil, scale.transform(fixed.upperBound) != nil {
            return (fixed.lowerBound, fixed.upperBound)
        }
        return (dataMin, dataMax)
    }
}
