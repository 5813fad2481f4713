import Tensors

extension Sequential {
    /// Replaces parameter values by name, e.g. weights exported from a torch `state_dict`.
    ///
    /// Values are row-major (`tensor.flatten()`); every name given must exist and have the right count.
    /// Names not given keep their values. Gradients are reset to zero.
    /// - Throws: `TrainingError.Code.invalidState` for an unknown name or a wrong value count.
    public mutating func loadParameters(_ values: [String: [Float]]) throws {
        for (name, flat) in values.sorted(by: { $0.key < $1.key }) {
            guard let index = parameterIndex(named: name) else {
                let known = parameters.map(\.name).joined(separator: ", ")
                throw TrainingError(.invalidState, "no parameter named '\(name)'; this model has: \(known)")
            }
            let old = parameters[index].value
            guard flat.count == old.count else {
                throw TrainingError(
                    .invalidState,
                    "parameter '\(name)' needs \(old.count) values (\(old.rows)×\(old.columns)) but "
                        + "\(flat.count) were given; check the architecture matches")
            }
            parameters[index] = Parameter(
                name: name, value: try Matrix(rows: old.rows, columns: old.columns, values: flat))
        }
    }

    /// The parameter values by name (a `state_dict`), row-major.
    public var parameterValues: [String: [Float]] {
        Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.value.values) })
    }
}
