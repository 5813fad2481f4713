import Tensors

/// Validation shared by the optimizers: rates, ranges, and state that matches the parameters.
enum OptimizerChecks {
    static func learningRate(_ lr: Double) throws {
        guard lr >= 0, lr.isFinite else { throw TrainingError.invalid("lr", lr, allowed: "finite and >= 0") }
    }

    static func range(_ field: String, _ value: Double, _ range: ClosedRange<Double>) throws {
        guard range.contains(value) else {
            throw TrainingError.invalid(field, value, allowed: "in [\(range.lowerBound), \(range.upperBound)]")
        }
    }

    static func below(_ field: String, _ value: Double, lower: Double, upper: Double) throws {
        guard value >= lower, value < upper else {
            throw TrainingError.invalid(field, value, allowed: "in [\(lower), \(upper))")
        }
    }

    static func nonNegative(_ field: String, _ value: Double) throws {
        guard value >= 0, value.isFinite else { throw TrainingError.invalid(field, value, allowed: "finite and >= 0") }
    }

    /// Makes `buffers` one slot per parameter (creating `nil` slots on first use) and checks restored slots fit.
    static func prepare(_ buffers: inout [Matrix?], for parameters: [Parameter], name: String) throws {
        if buffers.isEmpty { buffers = Array(repeating: nil, count: parameters.count) }
        guard buffers.count == parameters.count else {
            throw TrainingError(
                .invalidState,
                "optimizer state '\(name)' has \(buffers.count) entries but the model has "
                    + "\(parameters.count) parameters; restore the state of this model's optimizer")
        }
        for (i, buffer) in buffers.enumerated() {
            if let buffer, buffer.rows != parameters[i].value.rows || buffer.columns != parameters[i].value.columns {
                throw TrainingError(
                    .invalidState,
                    "optimizer state '\(name)' for \(parameters[i].name) is \(buffer.rows)×"
                        + "\(buffer.columns) but the parameter is \(parameters[i].value.rows)×"
                        + "\(parameters[i].value.columns); restore the state of this model's optimizer")
            }
        }
    }

    /// Checks a restored state belongs to `kind`.
    static func kind(_ state: OptimizerState, is kind: OptimizerKind) throws {
        guard state.kind == kind else {
            throw TrainingError(
                .invalidState,
                "the saved optimizer state is \(state.kind.rawValue) but this optimizer is "
                    + "\(kind.rawValue); build the optimizer with the spec the checkpoint was made with")
        }
    }
}
