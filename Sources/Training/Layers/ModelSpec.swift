import Foundation
import Tensors

/// A model architecture as the CLI writes it: `logistic`, `softmax`, `linear`, `mlp:128,64`, `mlp:128,64:gelu`,
/// `mlp:128:dropout=0.1`, `mlp:256,128:gelu:dropout=0.2`, `mlp:64:leaky_relu:negative_slope=0.2`. Input and output
/// sizes come from the data.
public struct ModelSpec: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The architecture family.
    public enum Architecture: Sendable, Hashable, Codable {
        /// One Dense layer producing a logit per output (binary or multi-label, with BCE-with-logits).
        case logistic
        /// One Dense layer producing class logits (with cross-entropy).
        case softmax
        /// One Dense layer producing values (regression, with MSE or Huber).
        case linear
        /// Hidden Dense layers with an activation and optional dropout, then a Dense output layer.
        case mlp(hidden: [Int], activation: Activation, dropout: Double)
    }

    /// The architecture.
    public var architecture: Architecture

    /// Creates a spec.
    public init(_ architecture: Architecture) { self.architecture = architecture }

    /// The activation names the spec accepts.
    public static let activationNames: [String: Activation] = [
        "relu": .relu, "leaky_relu": .leakyReLU, "gelu": .gelu, "gelu_tanh": .geluTanh, "tanh": .tanh,
        "sigmoid": .sigmoid, "identity": .identity,
    ]

    /// Parses a model spec string.
    /// - Throws: `TrainingError.Code.invalidSpec` for an unknown family or activation or a malformed width list,
    ///   `.unknownKey` for an unknown option, `.invalidValue` for a width below 1 or a dropout outside `[0, 1)`.
    public init(parsing text: String) throws {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
        let family = parts[0].lowercased()
        let families = ["logistic", "softmax", "linear", "mlp"]
        switch family {
        case "logistic", "softmax", "linear":
            guard parts.count == 1 else {
                throw TrainingError(
                    .invalidSpec, "model '\(text)': \(family) takes no options; for hidden layers write mlp:128,64")
            }
            self.init(family == "logistic" ? .logistic : family == "softmax" ? .softmax : .linear)
        case "mlp":
            guard parts.count >= 2, !parts[1].isEmpty else {
                throw TrainingError(.invalidSpec, "model '\(text)': mlp needs hidden widths, e.g. mlp:128,64")
            }
            var hidden: [Int] = []
            for width in parts[1].split(separator: ",") {
                guard let w = Int(width.trimmingCharacters(in: .whitespaces)) else {
                    throw TrainingError(
                        .invalidSpec,
                        "model '\(text)': hidden width '\(width)' is not a whole number; write e.g. "
                            + "mlp:128,64")
                }
                guard w >= 1 else { throw TrainingError.invalid("mlp hidden width", w, allowed: "at least 1") }
                hidden.append(w)
            }
            var activation = Activation.relu
            var dropout = 0.0
            var negativeSlope: Float?
            for option in parts.dropFirst(2) {
                if let eq = option.firstIndex(of: "=") {
                    let key = String(option[..<eq])
                    let value = String(option[option.index(after: eq)...])
                    let keys = ["dropout", "negative_slope"]
                    guard keys.contains(key) else {
                        throw TrainingError(
                            .unknownKey,
                            "model '\(text)': unknown option '\(key)'"
                                + "\(SpellingSuggestion.hint(for: key, in: keys)); mlp takes dropout=p and, with "
                                + "leaky_relu, negative_slope=s")
                    }
                    if key == "negative_slope" {
                        guard let slope = Float(value), slope.isFinite else {
                            throw TrainingError.invalid("negative_slope", value, allowed: "a finite number")
                        }
                        negativeSlope = slope
                        continue
                    }
                    guard let p = Double(value), p >= 0, p < 1 else {
                        throw TrainingError.invalid("dropout", value, allowed: "a number in [0, 1)")
                    }
                    dropout = p
                } else if let named = ModelSpec.activationNames[option.lowercased()] {
                    activation = named
                } else {
                    let names = ModelSpec.activationNames.keys.sorted()
                    throw TrainingError(
                        .invalidSpec,
                        "model '\(text)': unknown activation '\(option)'"
                            + "\(SpellingSuggestion.hint(for: option, in: names)); choose \(names.joined(separator: ", "))"
                    )
                }
            }
            if let slope = negativeSlope {
                guard case .leakyReLU = activation else {
                    throw TrainingError(
                        .invalidSpec, "model '\(text)': negative_slope applies to leaky_relu only; add :leaky_relu")
                }
                activation = .leakyReLU(negativeSlope: slope)
            }
            self.init(.mlp(hidden: hidden, activation: activation, dropout: dropout))
        default:
            throw TrainingError(
                .invalidSpec,
                "unknown model '\(parts[0])'\(SpellingSuggestion.hint(for: family, in: families)); "
                    + "choose logistic, softmax, linear or mlp:<widths>[:activation][:dropout=p]")
        }
    }

    /// The layer specs for `inputs` features and `outputs` output columns.
    /// - Throws: `TrainingError.Code.invalidValue` for sizes below 1, or `softmax` with fewer than 2 classes.
    public func layers(inputs: Int, outputs: Int) throws -> [LayerSpec] {
        guard inputs >= 1 else { throw TrainingError.invalid("inputs", inputs, allowed: "at least 1") }
        guard outputs >= 1 else { throw TrainingError.invalid("outputs", outputs, allowed: "at least 1") }
        switch architecture {
        case .logistic, .linear:
            return [.dense(inputs: inputs, outputs: outputs, bias: true)]
        case .softmax:
            guard outputs >= 2 else {
                throw TrainingError.invalid("softmax classes", outputs, allowed: "at least 2 (for binary use logistic)")
            }
            return [.dense(inputs: inputs, outputs: outputs, bias: true)]
        case .mlp(let hidden, let activation, let dropout):
            return try Sequential.mlpLayers(
                inputs: inputs, hidden: hidden, outputs: outputs, activation: activation, dropout: dropout)
        }
    }

    /// Builds the model with PyTorch's default initialisation from `seed`.
    public func makeModel(inputs: Int, outputs: Int, seed: UInt64 = 0) throws -> Sequential {
        try Sequential(inputs: inputs, layers: layers(inputs: inputs, outputs: outputs), seed: seed)
    }

    /// The spec string (parses back to an equal spec).
    public var description: String {
        switch architecture {
        case .logistic: return "logistic"
        case .softmax: return "softmax"
        case .linear: return "linear"
        case .mlp(let hidden, let activation, let dropout):
            var name = ModelSpec.activationNames.first { $0.value == activation }?.key ?? "relu"
            if case .leakyReLU(let slope) = activation, slope != 0.01 { name = "leaky_relu:negative_slope=\(slope)" }
            var text = "mlp:\(hidden.map(String.init).joined(separator: ",")):\(name)"
            if dropout > 0 { text += ":dropout=\(dropout)" }
            return text
        }
    }
}
