import Tensors

extension Sequential: Codable {
    private enum CodingKeys: String, CodingKey { case format, inputs, layers, parameters, mode, random }

    private struct StoredParameter: Codable {
        var name: String
        var value: Matrix
    }

    /// Decodes the architecture, the weights, the mode and the dropout stream; rejects weights that do not fit the
    /// architecture.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let format = try container.decodeIfPresent(Int.self, forKey: .format) ?? 1
        guard format == 1 else {
            throw TrainingError(
                .invalidState, "model format \(format) is newer than this Anneal understands (1); upgrade Anneal")
        }
        let inputs = try container.decode(Int.self, forKey: .inputs)
        let specs = try container.decode([LayerSpec].self, forKey: .layers)
        try self.init(inputs: inputs, layers: specs)
        let stored = try container.decode([StoredParameter].self, forKey: .parameters)
        guard stored.map(\.name) == parameters.map(\.name) else {
            throw TrainingError(
                .invalidState,
                "stored parameters [\(stored.map(\.name).joined(separator: ", "))] do not match the "
                    + "architecture's [\(parameters.map(\.name).joined(separator: ", "))]; the file is damaged")
        }
        for (i, p) in stored.enumerated() {
            guard p.value.rows == parameters[i].value.rows, p.value.columns == parameters[i].value.columns else {
                throw TrainingError(
                    .invalidState,
                    "stored parameter '\(p.name)' is \(p.value.rows)×\(p.value.columns) but the "
                        + "architecture needs \(parameters[i].value.rows)×\(parameters[i].value.columns)")
            }
            parameters[i] = Parameter(name: p.name, value: p.value)
        }
        mode = try container.decodeIfPresent(ModelMode.self, forKey: .mode) ?? .training
        if let stream = try container.decodeIfPresent(RandomSource.self, forKey: .random) { random = stream }
    }

    /// Encodes the architecture (layer specs), the weights by name, the mode and the dropout stream (not gradients
    /// or caches).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(1, forKey: .format)
        try container.encode(inputColumns, forKey: .inputs)
        try container.encode(layerSpecs, forKey: .layers)
        try container.encode(parameters.map { StoredParameter(name: $0.name, value: $0.value) }, forKey: .parameters)
        try container.encode(mode, forKey: .mode)
        try container.encode(random, forKey: .random)
    }
}
