import Drift

/// Prediction drift for `anneal drift --model BUNDLE`: the model predicts every row of the reference and of the
/// current file, and its outputs are compared like columns. A classifier gives the predicted class (`prediction`,
/// categorical) and the probability of each class (`p_<label>`, numeric); a regression model gives the predicted
/// value (`prediction`, numeric). Reported apart from the features, like the target, and not counted in
/// `drift_share`.
struct PredictionDrift {
    /// The verdicts, in output order: `prediction`, then `p_<label>` in the model's class order.
    let columns: [ColumnDrift]
    /// The reference outputs' summary (histograms of the HTML report).
    let reference: ReferenceProfile
    /// The current outputs, by column name.
    let current: [String: DriftColumn]

    /// The output columns that drifted.
    var drifted: [ColumnDrift] { columns.filter(\.drifted) }

    /// Predicts both files with the bundle and tests the outputs.
    /// - Parameters:
    ///   - model: the bundle written by `anneal train`.
    ///   - reference: the reference data file (a saved profile holds no rows to predict).
    ///   - current: the current data file.
    ///   - options: the command's test, threshold and share. A test that cannot run on an output (`ks` or
    ///     `wasserstein` on the predicted class, `chi2` or `z` on probabilities) falls back to `auto` for it.
    /// - Throws: `CLIError` for a missing or damaged bundle, a file without the model's columns, or an output
    ///   the tests cannot use.
    init(model: String, reference: String, current: String, options: DriftOptions) throws {
        let before = try ModelPredictions(modelPath: model, dataPath: reference, ignoreUnknownColumns: true)
        let after = try ModelPredictions(modelPath: model, dataPath: current, ignoreUnknownColumns: true)
        let referenceColumns = Self.outputs(before)
        let currentColumns = Self.outputs(after)
        var options = options
        for column in referenceColumns {
            let numeric = column.numbers != nil
            if numeric ? !options.method.acceptsNumbers : !options.method.acceptsCategories {
                options.columnMethods[column.name] = .auto
            }
        }
        do {
            self.reference = try ReferenceProfile(referenceColumns)
            columns = try DriftReport(reference: self.reference, current: currentColumns, options: options).columns
        } catch let error as DriftError {
            throw CLIError.data("predictions of --model '\(model)': \(error.message)")
        }
        self.current = Dictionary(uniqueKeysWithValues: currentColumns.map { ($0.name, $0) })
    }

    /// The model's outputs as drift columns: `prediction` (class label or value) and, for classifiers, `p_<label>`.
    static func outputs(_ predictions: ModelPredictions) -> [DriftColumn] {
        switch predictions.outputs {
        case .values(let values):
            return [.numeric("prediction", values)]
        case .classes(let probabilities):
            let labels = predictions.bundle.classLabels
            let predicted = DriftColumn.categorical("prediction", probabilities.predictedClasses.map { labels[$0] })
            let perClass = labels.indices.map { column in
                DriftColumn.numeric(
                    "p_" + labels[column], (0..<probabilities.count).map { probabilities[$0, column] })
            }
            return [predicted] + perClass
        }
    }
}
