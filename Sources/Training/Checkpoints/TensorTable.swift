import Foundation
import Tensors

/// Collects tensors for a `FramedFile` payload while a header refers to them by index, and gives them back on read.
struct TensorTable {
    struct Shape: Codable, Hashable {
        var rows: Int
        var columns: Int
    }

    private(set) var tensors: [Matrix] = []

    init() {}

    init(payload: Data, shapes: [Shape], source: String) throws {
        tensors = try FramedFile.tensors(payload, shapes: shapes.map { ($0.rows, $0.columns) }, source: source)
    }

    var shapes: [Shape] { tensors.map { Shape(rows: $0.rows, columns: $0.columns) } }
    var payload: Data { FramedFile.payload(tensors) }

    /// Adds a tensor and returns its index.
    mutating func add(_ tensor: Matrix) -> Int {
        tensors.append(tensor)
        return tensors.count - 1
    }

    /// The tensor at `index`.
    /// - Throws: `.damagedFile` for an index outside the table.
    func tensor(_ index: Int, source: String) throws -> Matrix {
        guard index >= 0, index < tensors.count else {
            throw TrainingError(
                .damagedFile,
                "\(source) refers to tensor \(index) of \(tensors.count); the header is "
                    + "damaged")
        }
        return tensors[index]
    }

    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return encoder
    }

    static func decoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.nonConformingFloatDecodingStrategy = .convertFromString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return decoder
    }
}

/// A model's architecture and the payload indices of its weights.
struct ModelHeader: Codable {
    var inputs: Int
    var layers: [LayerSpec]
    var parameterNames: [String]
    var parameterTensors: [Int]
    var random: RandomSource
    var mode: ModelMode

    init(_ model: Sequential, table: inout TensorTable) {
        inputs = model.inputColumns
        layers = model.layerSpecs
        parameterNames = model.parameters.map(\.name)
        parameterTensors = model.parameters.map { table.add($0.value) }
        random = model.random
        mode = model.mode
    }

    func model(table: TensorTable, source: String) throws -> Sequential {
        var model: Sequential
        do {
            model = try Sequential(inputs: inputs, layers: layers)
        } catch let error as TrainingError {
            throw TrainingError(.damagedFile, "\(source) describes an invalid model: \(error.message)")
        }
        guard model.parameters.map(\.name) == parameterNames, parameterTensors.count == parameterNames.count else {
            throw TrainingError(
                .damagedFile,
                "\(source) lists parameters [\(parameterNames.joined(separator: ", "))] but its "
                    + "architecture has [\(model.parameters.map(\.name).joined(separator: ", "))]; the file is damaged")
        }
        for (i, index) in parameterTensors.enumerated() {
            let value = try table.tensor(index, source: source)
            let expected = model.parameters[i].value
            guard value.rows == expected.rows, value.columns == expected.columns else {
                throw TrainingError(
                    .damagedFile,
                    "\(source): parameter '\(parameterNames[i])' is \(value.rows)×\(value.columns) but "
                        + "the architecture needs \(expected.rows)×\(expected.columns); the file is damaged")
            }
            model.parameters[i] = Parameter(name: parameterNames[i], value: value)
        }
        model.random = random
        model.mode = mode
        return model
    }
}

/// An optimizer state with its buffers moved to the payload.
struct OptimizerHeader: Codable {
    var state: OptimizerState
    var bufferTensors: [String: [Int?]]

    init(_ state: OptimizerState, table: inout TensorTable) {
        var stripped = state
        stripped.buffers = [:]
        self.state = stripped
        bufferTensors = state.buffers.mapValues { list in list.map { $0.map { table.add($0) } } }
    }

    func optimizerState(table: TensorTable, source: String) throws -> OptimizerState {
        var restored = state
        restored.buffers = try bufferTensors.mapValues { list in
            try list.map { index in try index.map { try table.tensor($0, source: source) } }
        }
        return restored
    }
}
