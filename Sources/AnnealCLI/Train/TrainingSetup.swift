import Datasets
import Foundation
import Tensors
import Training

/// Everything `anneal train` and `anneal lr-find` build before the first step: the data read and split, the
/// encoders fitted on the training rows only, the model, the optimizer and the loss.
struct TrainingSetup {
    /// The `--data` file.
    let dataFile: DataFile
    /// The `--valid` file, if one was given.
    let validationFile: DataFile?
    /// The training rows (all of `--data`, or its training part after `--valid-fraction`).
    let trainingTable: Table
    /// The target column, the task and the classes.
    let target: TargetEncoder
    /// The feature encoder, fitted on `trainingTable`.
    let encoder: FeatureEncoder
    /// Standardisation of a regression target (`nil` for classification).
    let scaling: TargetScaling?
    /// The architecture.
    let modelSpec: ModelSpec
    /// The optimizer and its base rate.
    let optimizer: OptimizerChoice
    /// The loss that fits the task and the architecture.
    let loss: any Loss
    /// The untrained model, seeded from `--seed`.
    let model: Sequential
    /// Encoded training samples.
    let training: TrainingData
    /// Encoded validation samples, if any.
    let validation: TrainingData?

    /// Reads, splits and encodes the data and builds the model.
    /// - Parameters:
    ///   - options: the shared command-line options.
    ///   - validationPath: a `--valid` file, which takes precedence over the fraction.
    ///   - validationFraction: the share of `--data` held out for validation (0 for none).
    /// - Throws: `CLIError` (66 for a missing file, 65 for data that cannot be trained on).
    init(options: ModelOptions, validationPath: String?, validationFraction: Double) throws {
        let file = try DataFile(options.data, option: "--data")
        try file.requireColumn(options.target, option: "--target")
        let target = try Self.fitTarget(file.table, column: options.target, task: options.task?.task)
        var trainingTable = file.table
        var validationTable: Table?
        var validationFile: DataFile?
        if let validationPath {
            let valid = try DataFile(validationPath, option: "--valid")
            guard valid.table[options.target] != nil else {
                throw CLIError.data(
                    "the --valid file \(validationPath) has no target column '\(options.target)'; its columns are "
                        + "\(valid.table.columnNames.joined(separator: ", "))")
            }
            validationFile = valid
            validationTable = valid.table
        } else if validationFraction > 0 {
            let table = file.table
            let split = try CLIError.mappingLibraryErrors("--valid-fraction \(validationFraction)") {
                target.task.isClassification
                    ? try DataSplit.stratified(
                        labels: target.classIndices(table), testFraction: validationFraction, seed: options.seed)
                    : try DataSplit.random(
                        rowCount: table.rowCount, testFraction: validationFraction, seed: options.seed)
            }
            trainingTable = table.taking(split.train)
            validationTable = table.taking(split.test)
        }
        let encoder = try CLIError.mappingLibraryErrors(file.path) {
            try FeatureEncoder.fit(trainingTable, target: target.column)
        }
        let trainingTargets = try Self.targets(trainingTable, target: target, source: file.path)
        let scaling = target.task == .regression ? TargetScaling(fitting: trainingTargets) : nil
        let (modelSpec, outputs, lossSpec) = try Self.architecture(options.model, target: target)
        self.dataFile = file
        self.validationFile = validationFile
        self.trainingTable = trainingTable
        self.target = target
        self.encoder = encoder
        self.scaling = scaling
        self.modelSpec = modelSpec
        self.optimizer = try OptimizerChoice(parsing: options.optimizer)
        self.loss = try CLIError.mappingLibraryErrors("loss") { try lossSpec.makeLoss() }
        self.training = try Self.encode(
            trainingTable, encoder: encoder, targets: scaling?.standardize(trainingTargets) ?? trainingTargets,
            source: file.path)
        if let validationTable {
            let source = validationFile?.path ?? "the validation rows of \(file.path)"
            let values = try Self.targets(validationTable, target: target, source: source)
            self.validation = try Self.encode(
                validationTable, encoder: encoder, targets: scaling?.standardize(values) ?? values, source: source)
        } else {
            self.validation = nil
        }
        self.model = try CLIError.mappingLibraryErrors("--model \(modelSpec)") {
            try modelSpec.makeModel(inputs: encoder.outputColumns.count, outputs: outputs, seed: options.seed)
        }
    }

    /// Fits the target encoder and checks that the task can be learned from it.
    static func fitTarget(_ table: Table, column: String, task: PredictionTask?) throws -> TargetEncoder {
        let target = try CLIError.mappingLibraryErrors("--target '\(column)'") {
            try TargetEncoder.fit(table, target: column, task: task)
        }
        let classes = target.classes
        switch target.task {
        case .binary where classes.count > 2:
            throw CLIError.data(
                "--target '\(column)' has \(classes.count) classes (\(preview(classes))) but --task is binary; use "
                    + "--task multiclass, or --task regression for a numeric target")
        case .binary, .multiclass:
            guard classes.count >= 2 else {
                throw CLIError.data(
                    "--target '\(column)' has a single class ('\(classes.first ?? "")') in the training data; a "
                        + "classifier needs at least two. Check the target column, give more rows, or use --task "
                        + "regression for a numeric target")
            }
            if classes.count > 1000 {
                throw CLIError.data(
                    "--target '\(column)' has \(classes.count) classes; that looks like a numeric target, use "
                        + "--task regression")
            }
        case .regression: break
        }
        return target
    }

    /// The target of each row as a `Float`: the class index, or the value.
    static func targets(_ table: Table, target: TargetEncoder, source: String) throws -> [Float] {
        try CLIError.mappingLibraryErrors(source) {
            target.task.isClassification ? try target.classIndices(table).map { Float($0) } : try target.values(table)
        }
    }

    /// Encodes a table's features and pairs them with targets.
    static func encode(_ table: Table, encoder: FeatureEncoder, targets: [Float], source: String) throws
        -> TrainingData
    {
        try CLIError.mappingLibraryErrors(source) {
            try TrainingData(features: encoder.transform(table), targets: targets)
        }
    }

    /// The architecture for the task: the spec, the number of outputs and the loss.
    /// - Throws: `CLIError.data` when the architecture cannot learn the task (e.g. `linear` for classes).
    static func architecture(_ text: String?, target: TargetEncoder) throws -> (ModelSpec, Int, LossSpec) {
        let task = target.task
        let spec: ModelSpec
        if let text {
            spec = try CLIError.mappingLibraryErrors("--model") { try ModelSpec(parsing: text) }
        } else {
            switch task {
            case .binary: spec = ModelSpec(.logistic)
            case .multiclass: spec = ModelSpec(.softmax)
            case .regression: spec = ModelSpec(.linear)
            }
        }
        let classes = target.classes.count
        switch (task, spec.architecture) {
        case (.binary, .softmax): return (spec, 2, LossSpec(kind: .crossEntropy))
        case (.binary, .logistic), (.binary, .mlp): return (spec, 1, LossSpec(kind: .binaryCrossEntropyWithLogits))
        case (.multiclass, .softmax), (.multiclass, .mlp): return (spec, classes, LossSpec(kind: .crossEntropy))
        case (.regression, .linear), (.regression, .mlp): return (spec, 1, LossSpec(kind: .meanSquaredError))
        case (.multiclass, .logistic):
            throw CLIError.data(
                "--model logistic fits two classes but '\(target.column)' has \(classes); use --model softmax or "
                    + "an mlp")
        case (_, .linear):
            throw CLIError.data(
                "--model linear is for regression but '\(target.column)' is a \(task.rawValue) target; use "
                    + "\(task == .binary ? "logistic" : "softmax") or an mlp (or --task regression)")
        case (.regression, _):
            throw CLIError.data(
                "--model \(spec) is a classifier but '\(target.column)' is a regression target; use --model linear "
                    + "or an mlp (or --task binary/multiclass)")
        }
    }

    /// The first few class labels, for messages.
    static func preview(_ labels: [String]) -> String {
        labels.prefix(5).joined(separator: ", ") + (labels.count > 5 ? ", …" : "")
    }
}
