import Datasets
import Evaluation
import Foundation
import Tensors
import Training

/// A saved model applied to a data file, as `anneal predict` and `anneal evaluate` need it: class probabilities
/// or predicted values, one per row, in the file's order.
struct ModelPredictions {
    /// What the model says about each row.
    enum Outputs {
        /// Probabilities of each class (in the bundle's class order).
        case classes(ClassProbabilities)
        /// Predicted values (regression).
        case values([Double])
    }

    /// The model bundle.
    let bundle: ModelBundle
    /// The data file.
    let file: DataFile
    /// The predictions.
    let outputs: Outputs

    /// Loads `modelPath`, reads `dataPath` with the column types the model was trained on, checks the columns and
    /// predicts every row.
    /// - Parameters:
    ///   - ignoreUnknownColumns: leave out columns the model was not trained on instead of failing.
    /// - Throws: `CLIError` (66 for a missing file; 65 for a damaged bundle, a missing or unknown column, a value
    ///   of the wrong type, an empty file).
    init(modelPath: String, dataPath: String, ignoreUnknownColumns: Bool) throws {
        let bundle = try Self.loadBundle(modelPath)
        guard let encoder = bundle.encoder else {
            throw CLIError.data("--model \(modelPath) has no feature encoder; retrain it with anneal train")
        }
        var types: [String: ColumnType] = [:]
        for encoding in encoder.encodings { types[encoding.name] = encoding.type == .integer ? .number : encoding.type }
        if bundle.task == .regression { types[bundle.target.column] = .number }
        let file = try DataFile(dataPath, option: "--data", types: types)
        let needed = encoder.inputColumns
        let missing = needed.filter { file.table[$0] == nil }
        if !missing.isEmpty {
            throw CLIError.data(
                "\(dataPath) lacks the column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", ")) that "
                    + "the model was trained on (it needs \(needed.joined(separator: ", "))); add "
                    + "\(missing.count == 1 ? "it" : "them") to the file")
        }
        let known = Set(needed + [bundle.target.column])
        let unknown = file.table.columnNames.filter { !known.contains($0) }
        if !unknown.isEmpty && !ignoreUnknownColumns {
            throw CLIError.data(
                "\(dataPath) has the column\(unknown.count == 1 ? "" : "s") \(unknown.joined(separator: ", ")) that "
                    + "the model does not know (it was trained on \(needed.joined(separator: ", "))); drop "
                    + "\(unknown.count == 1 ? "it" : "them") or pass --ignore-unknown-columns")
        }
        let logits = try CLIError.mappingLibraryErrors(dataPath) { try bundle.predict(file.table) }
        self.bundle = bundle
        self.file = file
        self.outputs = try CLIError.mappingLibraryErrors("the model's outputs") {
            try Self.outputs(logits, task: bundle.task)
        }
    }

    /// Reads a bundle file.
    /// - Throws: `CLIError.missingFile` (66) when absent; `.data` (65) when damaged or not a bundle.
    static func loadBundle(_ path: String) throws -> ModelBundle {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError.missingFile("--model file '\(path)' does not exist; train one with anneal train --out")
        }
        return try CLIError.mappingLibraryErrors("--model") { try ModelBundle.read(from: URL(fileURLWithPath: path)) }
    }

    /// Turns logits into probabilities (sigmoid for one output, softmax otherwise), or values for regression.
    static func outputs(_ logits: Matrix, task: PredictionTask) throws -> Outputs {
        guard task.isClassification else { return .values((0..<logits.rows).map { Double(logits[$0, 0]) }) }
        if logits.columns == 1 {
            let positive = (0..<logits.rows).map { row -> Double in
                let z = Double(logits[row, 0])
                return z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
            }
            return .classes(try ClassProbabilities(positiveProbabilities: positive))
        }
        var values: [Double] = []
        values.reserveCapacity(logits.count)
        for row in 0..<logits.rows {
            let z = logits.row(row).map(Double.init)
            let top = z.max() ?? 0
            let exps = z.map { exp($0 - top) }
            let sum = exps.reduce(0, +)
            values.append(contentsOf: exps.map { $0 / sum })
        }
        return .classes(try ClassProbabilities(rowMajor: values, classCount: logits.columns))
    }
}
