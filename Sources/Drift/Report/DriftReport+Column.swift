extension DriftReport {
    /// Runs the chosen test on one column.
    static func compare(_ reference: ColumnReference, _ column: DriftColumn, _ options: DriftOptions) throws
        -> ColumnDrift
    {
        let requested = options.columnMethods[column.name] ?? options.method
        var numbers: [Double] = []
        var labels: [String] = []
        var missing = 0
        switch column.values {
        case .numeric(let raw):
            guard reference.isNumeric else {
                throw DriftError(
                    .columnMismatch, "column '\(column.name)' is categorical in the reference but numeric now")
            }
            (numbers, missing) = DriftColumn.finite(raw)
            guard !numbers.isEmpty else {
                throw DriftError.empty("current column '\(column.name)' (\(missing) missing values)")
            }
        case .categorical(let values):
            guard !reference.isNumeric else {
                throw DriftError(
                    .columnMismatch, "column '\(column.name)' is numeric in the reference but categorical now")
            }
            guard !values.isEmpty else { throw DriftError.empty("current column '\(column.name)'") }
            labels = values
        }
        let currentCounts: CategoryCounts? =
            reference.isNumeric
            ? (reference.categories != nil ? CategoryCounts(numbers.map(DriftColumn.label)) : nil)
            : CategoryCounts(labels)
        let method: DriftMethod
        if requested == .auto {
            let distinct =
                reference.isNumeric
                ? reference.distinctValues : reference.categories!.union(currentCounts!).count
            method = DriftMethod.choose(
                numeric: reference.isNumeric, distinctValues: distinct,
                referenceCount: reference.count)
        } else {
            method = requested
        }
        let asCategories =
            !reference.isNumeric || !method.acceptsNumbers
            || (requested == .auto && reference.categories != nil)
        if asCategories && !method.acceptsCategories {
            throw DriftError.invalid(
                "method for column '\(column.name)'", method.rawValue,
                "use chi_square, z_test, psi or jensen_shannon on categories")
        }
        let result: TwoSampleResult
        if asCategories {
            guard let referenceCounts = reference.categories, let currentCounts else {
                throw DriftError.invalid(
                    "method for column '\(column.name)'", method.rawValue,
                    "numeric columns with more than 5 distinct values need ks, wasserstein, psi or jensen_shannon")
            }
            result = try categoryTest(method, referenceCounts, currentCounts, options)
        } else {
            result = try numericTest(method, reference, numbers, options)
        }
        let threshold = options.columnThresholds[column.name] ?? options.threshold ?? method.defaultThreshold
        let drifted = method.hasPValue ? (result.pValue ?? 1) < threshold : result.statistic >= threshold
        return ColumnDrift(
            column: column.name, numeric: !asCategories, test: method, chosenAutomatically: requested == .auto,
            statistic: result.statistic, pValue: result.pValue, threshold: threshold, drifted: drifted,
            referenceCount: reference.count, currentCount: asCategories ? currentCounts?.total ?? 0 : numbers.count,
            currentMissing: missing)
    }

    static func categoryTest(
        _ method: DriftMethod, _ reference: CategoryCounts, _ current: CategoryCounts,
        _ options: DriftOptions
    ) throws -> TwoSampleResult {
        switch method {
        case .zTest: return try ProportionZTest.test(reference: reference, current: current)
        case .jensenShannon:
            return try JensenShannon.test(reference: reference, current: current, base: options.jensenShannonBase)
        case .psi:
            return try PopulationStabilityIndex.index(
                reference: reference, current: current, epsilon: options.psiEpsilon)
        default: return try ChiSquareTest.test(reference: reference, current: current)
        }
    }

    static func numericTest(
        _ method: DriftMethod, _ reference: ColumnReference, _ current: [Double],
        _ options: DriftOptions
    ) throws -> TwoSampleResult {
        guard let sample = reference.sample, let bins = reference.bins else {
            throw DriftError(.columnMismatch, "reference column '\(reference.name)' has no numeric summary")
        }
        switch method {
        case .psi:
            return try PopulationStabilityIndex.index(edges: bins, current: current, epsilon: options.psiEpsilon)
        case .jensenShannon:
            let fractions = try bins.fractions(of: current)
            return TwoSampleResult(
                statistic: JensenShannon.distance(
                    bins.referenceFractions, fractions,
                    base: options.jensenShannonBase))
        case .wasserstein:
            let sorted = SortedSample(alreadySorted: SortedSample.radixSorted(current))
            let scale = Swift.max(reference.standardDeviation ?? 0, Wasserstein.minimumScale)
            return TwoSampleResult(statistic: Wasserstein.distance(sample, sorted) / scale)
        default:
            return try KolmogorovSmirnov.test(reference: sample, unsortedCurrent: current)
        }
    }
}
