import Datasets
import Evaluation
import Tensors
import Training

extension OutOfFoldProbabilities {
    /// Out-of-fold probabilities from softmax regression trained per fold with Anneal's engine (seeded: the same
    /// inputs give the same probabilities).
    ///
    /// Each fold fits its own `FeatureEncoder` on its training rows (no leakage from the held-out rows), trains
    /// `Sequential.softmax` with `CrossEntropyLoss` and Adam, and predicts the held-out rows.
    /// - Parameters:
    ///   - table: the training table (rows with a missing target are not allowed; drop them first).
    ///   - target: the class target column.
    ///   - folds: the number of folds (default 5).
    ///   - seed: seeds the folds, the initial weights and the batch order.
    ///   - settings: epochs, batch size, learning rate, weight decay.
    /// - Returns: the probabilities (columns in the order of `TargetEncoder`'s sorted classes) and the labels.
    /// - Throws: `QualityError.invalidArgument` for a regression target or too few rows; `DatasetError` or
    ///   `TrainingError` from encoding and training.
    public static func softmaxRegression(
        table: Table, target: String, folds: Int = 5, seed: UInt64 = 0,
        settings: SoftmaxRegressionSettings = SoftmaxRegressionSettings()
    ) throws -> (probabilities: ClassProbabilities, labels: [Int], classes: [String]) {
        let encoder = try TargetEncoder.fit(table, target: target)
        guard encoder.task.isClassification else {
            throw QualityError(
                .invalidArgument,
                "the target '\(target)' is a regression target; label issues need classes (read it as categorical)")
        }
        let labels = try encoder.classIndices(table)
        let classCount = max(encoder.classes.count, 2)
        let probabilities = try compute(labels: labels, classCount: classCount, folds: folds, seed: seed) { split in
            try fitPredict(
                table: table, target: target, labels: labels, classCount: classCount, split: split,
                seed: seed, settings: settings)
        }
        return (probabilities, labels, encoder.classes)
    }

    static func fitPredict(
        table: Table, target: String, labels: [Int], classCount: Int, split: DataSplit, seed: UInt64,
        settings: SoftmaxRegressionSettings
    ) throws -> ClassProbabilities {
        let trainTable = table.taking(split.train)
        let features = try FeatureEncoder.fit(trainTable, target: target)
        let trainX = try features.transform(trainTable)
        let testX = try features.transform(table.taking(split.test))
        let x = try Matrix(rows: trainX.rowCount, columns: trainX.columnCount, values: trainX.values)
        let y = try Matrix(rows: split.train.count, columns: 1, values: split.train.map { Float(labels[$0]) })
        var model = try Sequential.softmax(inputs: trainX.columnCount, classes: classCount, seed: seed)
        var hyperparameters = OptimizerHyperparameters.defaults(for: .adamw)
        hyperparameters.weightDecay = settings.weightDecay
        var optimizer = Adam(hyperparameters: hyperparameters, decoupledWeightDecay: true)
        let loss = try CrossEntropyLoss()
        var gradient = Matrix(rows: 0, columns: 0)
        var generator = SeededGenerator(seed: seed &+ 0x9E37_79B9)
        var order = Array(0..<x.rows)
        let batch = max(1, settings.batchSize)
        for _ in 0..<settings.epochs {
            generator.shuffle(&order)
            for start in stride(from: 0, to: order.count, by: batch) {
                let rows = order[start..<min(start + batch, order.count)]
                let logits = try model.forward(try x.gatheringRows(rows))
                _ = try loss.evaluate(output: logits, targets: try y.gatheringRows(rows), gradient: &gradient)
                try model.backward(gradient)
                try optimizer.step(&model.parameters, learningRate: settings.learningRate)
            }
        }
        let test = try Matrix(rows: testX.rowCount, columns: testX.columnCount, values: testX.values)
        let probabilities = try model.predict(test).softmaxRows()
        return try ClassProbabilities(
            rowMajor: normalized(probabilities.values, classCount: classCount),
            classCount: classCount)
    }

    /// Float32 softmax rows in Double, renormalised so each row sums to 1 in Double arithmetic.
    static func normalized(_ values: [Float], classCount: Int) -> [Double] {
        var result = values.map(Double.init)
        for start in stride(from: 0, to: result.count, by: classCount) {
            let total = result[start..<(start + classCount)].reduce(0, +)
            guard total > 0 else { continue }
            for k in start..<(start + classCount) { result[k] /= total }
        }
        return result
    }
}
