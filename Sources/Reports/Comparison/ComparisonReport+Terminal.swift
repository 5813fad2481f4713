extension ComparisonReport {
    /// The comparison's curves for a terminal: the validation loss (mean over seeds) and the learning rate of every
    /// schedule, each as a braille ``TerminalPlot`` with the schedules overlaid and a legend.
    ///
    /// Deterministic; ANSI colours only when `colours` is on. Empty when the page has neither curve.
    /// - Parameters:
    ///   - width: columns of each plot row, y labels included.
    ///   - height: rows of each plot.
    ///   - colours: whether to colour the schedules with ANSI escape codes.
    /// - Returns: the plots separated by a blank line, without a trailing newline.
    public func terminalPlots(width: Int = 72, height: Int = 10, colours: Bool = false) -> String {
        let plots: [(String, [ComparisonCurve])] = [
            ("validation loss by step (mean over seeds)", validationLossCurves),
            ("learning rate by step", rateCurves),
        ]
        return plots.filter { !$0.1.isEmpty }.map { title, curves in
            TerminalPlot(
                title: title, series: curves.map { $0.series() }, width: width, height: height, colours: colours
            ).render()
        }.joined(separator: "\n\n")
    }
}
