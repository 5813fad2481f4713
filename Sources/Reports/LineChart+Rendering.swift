extension LineChart {
    /// Renders the chart as a standalone SVG document.
    public func svg() -> String {
        let width = max(200, self.width.isFinite ? self.width : 720)
        let height = max(160, self.height.isFinite ? self.height : 420)
        var extent = scan()
        let legend = series.indices.map {
            LegendEntry(name: series[$0].name, colour: colour(of: $0), symbol: .line(dash: dash(of: $0)))
        }
        let frame = ChartFrame(
            width: width, height: height, title: title, xLabel: xLabel, yLabel: yLabel, notes: extent.notes,
            legend: legend)
        var svg = SVGWriter(width: width, height: height)
        guard extent.hasData else {
            let plot = frame.plotRect(yTickLabels: [])
            frame.drawChrome(into: &svg, plot: plot)
            frame.drawNoData(into: &svg, plot: plot)
            return svg.document(title: title)
        }
        for marker in markers where xScale.transform(marker.x) != nil {
            extent.xMin = min(extent.xMin, marker.x)
            extent.xMax = max(extent.xMax, marker.x)
        }
        let (yLow, yHigh) = Self.span(fixed: yRange, scale: yScale, dataMin: extent.yMin, dataMax: extent.yMax)
        let (xLow, xHigh) = Self.span(fixed: xRange, scale: xScale, dataMin: extent.xMin, dataMax: extent.xMax)
        let plotHeight = frame.plotTopAndHeight.height
        let yTicks = AxisTicks.make(
            yScale, from: yLow, to: yHigh, targetCount: ChartFrame.tickTarget(length: plotHeight, spacing: 50))
        let plot = frame.plotRect(yTickLabels: yTicks.labels)
        let xTicks = ChartFrame.xTicks(xScale, from: xLow, to: xHigh, length: plot.width)
        let xMap = AxisMapping(ticks: xTicks, pixelStart: plot.left, pixelEnd: plot.right)
        let yMap = AxisMapping(ticks: yTicks, pixelStart: plot.bottom, pixelEnd: plot.top)

        frame.drawChrome(into: &svg, plot: plot)
        frame.drawAxes(into: &svg, plot: plot, x: xTicks, y: yTicks)
        let clip = SVGWriter.identifier(for: [title, "\(plot)"] + series.map { "\($0.name)#\($0.count)" })
        svg.clipRect(id: clip, rect: plot)
        svg.openGroup(clipPath: clip, kind: "data")
        for index in series.indices { drawBand(of: index, into: &svg, x: xMap, y: yMap) }
        for index in series.indices { drawLine(of: index, into: &svg, x: xMap, y: yMap) }
        svg.closeGroup()
        drawMarkers(into: &svg, plot: plot, x: xMap)
        return svg.document(title: title)
    }

    /// One path per series; each unbroken run of drawable points is a subpath, reduced per pixel column.
    private func drawLine(of index: Int, into svg: inout SVGWriter, x xMap: AxisMapping, y yMap: AxisMapping) {
        let item = series[index]
        var data = ""
        var dots: [ColumnReducer.Point] = []
        var reducer = ColumnReducer()
        func endRun() {
            let points = reducer.finish()
            reducer = ColumnReducer()
            if points.count == 1 {
                dots.append(points[0])
            } else if let first = points.first {
                data += "M\(SVGWriter.number(first.x)) \(SVGWriter.number(first.y))"
                for point in points.dropFirst() {
                    data += "L\(SVGWriter.number(point.x)) \(SVGWriter.number(point.y))"
                }
            }
        }
        for k in 0..<item.count {
            if let px = xMap.pixel(item.x[k]), let py = yMap.pixel(item.y[k]) {
                reducer.add(x: px, y: py)
            } else {
                endRun()
            }
        }
        endRun()
        let colour = colour(of: index)
        if !data.isEmpty {
            svg.path(data, stroke: colour, width: 1.8, dash: dash(of: index), kind: "line", series: item.name)
        }
        for dot in dots { svg.circle(cx: dot.x, cy: dot.y, r: 2.5, fill: colour) }
    }

    /// The series' band as filled polygons in its colour, one per unbroken run.
    private func drawBand(of index: Int, into svg: inout SVGWriter, x xMap: AxisMapping, y yMap: AxisMapping) {
        guard let band = series[index].band else { return }
        var data = ""
        var reducer = BandReducer()
        func endRun() {
            let slices = reducer.output
            reducer = BandReducer()
            guard let first = slices.first else { return }
            data += "M\(SVGWriter.number(first.x)) \(SVGWriter.number(first.top))"
            for slice in slices.dropFirst() { data += "L\(SVGWriter.number(slice.x)) \(SVGWriter.number(slice.top))" }
            if slices.count == 1 {  // a lone point: give it a visible width
                data += "L\(SVGWriter.number(first.x + 1)) \(SVGWriter.number(first.top))"
                data += "L\(SVGWriter.number(first.x + 1)) \(SVGWriter.number(first.bottom))"
            }
            for slice in slices.reversed() {
                data += "L\(SVGWriter.number(slice.x)) \(SVGWriter.number(slice.bottom))"
            }
            data += "Z"
        }
        for k in 0..<band.count {
            if let px = xMap.pixel(band.x[k]), let top = yMap.pixel(band.upper[k]),
                let bottom = yMap.pixel(band.lower[k])
            {
                reducer.add(x: px, top: top, bottom: bottom)
            } else {
                endRun()
            }
        }
        endRun()
        if !data.isEmpty {
            svg.path(data, fill: colour(of: index), fillOpacity: 0.18, kind: "band", series: series[index].name)
        }
    }

    /// Vertical lines with rotated labels reading upwards from the top of the plot. Labels of markers closer than
    /// a text line apart are joined into one label so none overprints another.
    private func drawMarkers(into svg: inout SVGWriter, plot: PlotRect, x xMap: AxisMapping) {
        let placed = markers.compactMap { marker -> (px: Double, marker: Marker)? in
            guard let px = xMap.pixel(marker.x), px >= plot.left - 0.5, px <= plot.right + 0.5 else { return nil }
            return (px, marker)
        }.sorted { $0.px < $1.px }
        var labels: [(px: Double, text: [String])] = []
        for (px, marker) in placed {
            svg.openGroup(kind: "marker")
            svg.line(
                x1: px, y1: plot.top, x2: px, y2: plot.bottom, stroke: "#444444", width: 1.2, dash: marker.kind.dash)
            svg.closeGroup()
            guard !marker.label.isEmpty else { continue }
            if let last = labels.last, px - last.px < 13 {
                labels[labels.count - 1].text.append(marker.label)
            } else {
                labels.append((px, [marker.label]))
            }
        }
        for label in labels {
            svg.text(
                label.text.joined(separator: " · "), x: label.px + 12, y: plot.top + 4, size: 10, anchor: .end,
                fill: "#333333", rotate: -90, halo: true, kind: "marker-label")
        }
    }
}
