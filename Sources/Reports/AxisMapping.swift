/// Maps data values along one axis to SVG pixel positions, linearly or in log10 space.
struct AxisMapping {
    let scale: AxisScale
    /// The axis ends in working space (values, or their log10).
    let start: Double
    let end: Double
    /// The pixel positions of `start` and `end` (for y, `pixelStart` is the bottom).
    let pixelStart: Double
    let pixelEnd: Double

    init(ticks: AxisTicks, pixelStart: Double, pixelEnd: Double) {
        self.scale = ticks.scale
        self.start = ticks.scale.transform(ticks.lower) ?? 0
        let end = ticks.scale.transform(ticks.upper) ?? 1
        self.end = end == start ? start + 1 : end
        self.pixelStart = pixelStart
        self.pixelEnd = pixelEnd
    }

    /// The pixel for a value, `nil` when the value cannot be shown on this scale (non-finite, or ≤ 0 on log).
    func pixel(_ value: Double) -> Double? {
        guard let t = scale.transform(value) else { return nil }
        return pixelStart + (t - start) / (end - start) * (pixelEnd - pixelStart)
    }

    /// The pixel for a value already in working space.
    func pixel(transformed t: Double) -> Double {
        pixelStart + (t - start) / (end - start) * (pixelEnd - pixelStart)
    }
}
