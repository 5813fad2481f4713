import Foundation

/// A loss as the CLI writes it: `cross_entropy`, `cross_entropy:label_smoothing=0.1,weight=1/2/0.5`,
/// `bce_with_logits:pos_weight=3`, `mse`, `huber:delta=0.5`. Keys are torch's parameter names.
public struct LossSpec: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The loss families.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// `nn.CrossEntropyLoss` on logits with class-index targets.
        case crossEntropy = "cross_entropy"
        /// `nn.BCEWithLogitsLoss` on logits with 0/1 targets.
        case binaryCrossEntropyWithLogits = "bce_with_logits"
        /// `nn.MSELoss`.
        case meanSquaredError = "mse"
        /// `nn.HuberLoss`.
        case huber
    }

    /// The family.
    public var kind: Kind
    /// Cross-entropy label smoothing (`label_smoothing`).
    public var labelSmoothing: Double = 0
    /// Cross-entropy class weights (`weight`), or `nil`.
    public var classWeights: [Float]?
    /// BCE positive weights (`pos_weight`), one or one per output, or `nil`.
    public var positiveWeight: [Float]?
    /// Huber threshold (`delta`).
    public var delta: Double = 1

    /// A spec with torch's defaults for `kind`.
    public init(kind: Kind) { self.kind = kind }

    /// The default loss for a model preset: cross-entropy for `softmax`, BCE for `logistic`, MSE otherwise.
    public static func suggested(for model: ModelSpec, outputs: Int) -> LossSpec {
        switch model.architecture {
        case .softmax: LossSpec(kind: .crossEntropy)
        case .logistic: LossSpec(kind: .binaryCrossEntropyWithLogits)
        case .linear: LossSpec(kind: .meanSquaredError)
        case .mlp: LossSpec(kind: outputs >= 2 ? .crossEntropy : .meanSquaredError)
        }
    }

    /// Parses `name[:key=value,…]`; list values are separated by `/`.
    /// - Throws: `TrainingError.Code.invalidSpec` for an unknown loss or a malformed pair, `.unknownKey` (with a
    ///   "did you mean") for a key the loss does not take, `.invalidValue` for a value out of range.
    public init(parsing text: String) throws {
        let parts = text.trimmingCharacters(in: .whitespaces).split(
            separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0]).lowercased().replacingOccurrences(of: "-", with: "_")
        guard let kind = Kind(rawValue: name) else {
            let names = Kind.allCases.map(\.rawValue)
            throw TrainingError(
                .invalidSpec,
                "unknown loss '\(parts[0])'\(SpellingSuggestion.hint(for: name, in: names)); "
                    + "choose one of \(names.joined(separator: ", "))")
        }
        self.init(kind: kind)
        guard parts.count == 2, !parts[1].isEmpty else { return }
        for pair in parts[1].split(separator: ",") {
            let keyValue = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard keyValue.count == 2 else {
                throw TrainingError(.invalidSpec, "'\(pair)' in loss spec '\(text)' is not key=value")
            }
            try set(key: keyValue[0], value: keyValue[1])
        }
    }

    /// The keys `kind` accepts.
    public static func keys(for kind: Kind) -> [String] {
        switch kind {
        case .crossEntropy: ["label_smoothing", "weight"]
        case .binaryCrossEntropyWithLogits: ["pos_weight"]
        case .meanSquaredError: []
        case .huber: ["delta"]
        }
    }

    private mutating func set(key: String, value: String) throws {
        let allowed = LossSpec.keys(for: kind)
        guard allowed.contains(key) else {
            let known = allowed.isEmpty ? "it takes no keys" : "its keys are \(allowed.joined(separator: ", "))"
            throw TrainingError(
                .unknownKey,
                "\(kind.rawValue) has no key '\(key)'\(SpellingSuggestion.hint(for: key, in: allowed)); \(known)")
        }
        switch key {
        case "label_smoothing":
            guard let x = Double(value), x >= 0, x <= 1 else {
                throw TrainingError.invalid(key, value, allowed: "a number in [0, 1]")
            }
            labelSmoothing = x
        case "delta":
            guard let x = Double(value), x > 0, x.isFinite else {
                throw TrainingError.invalid(key, value, allowed: "a positive number")
            }
            delta = x
        default:
            let numbers = value.split(separator: "/").map { Float($0) }
            guard !numbers.isEmpty, numbers.allSatisfy({ $0 != nil && $0! >= 0 && $0!.isFinite }) else {
                throw TrainingError.invalid(key, value, allowed: "non-negative numbers separated by '/', e.g. 1/2/0.5")
            }
            if key == "weight" { classWeights = numbers.map { $0! } } else { positiveWeight = numbers.map { $0! } }
        }
    }

    /// Builds the loss.
    /// - Throws: `TrainingError.Code.invalidValue` when a setting is out of range.
    public func makeLoss() throws -> any Loss {
        switch kind {
        case .crossEntropy: try CrossEntropyLoss(classWeights: classWeights, labelSmoothing: labelSmoothing)
        case .binaryCrossEntropyWithLogits: try BinaryCrossEntropyWithLogitsLoss(positiveWeight: positiveWeight)
        case .meanSquaredError: MeanSquaredErrorLoss()
        case .huber: try HuberLoss(delta: delta)
        }
    }

    /// The spec string (parses back to an equal spec).
    public var description: String {
        var pairs: [String] = []
        switch kind {
        case .crossEntropy:
            if labelSmoothing != 0 { pairs.append("label_smoothing=\(labelSmoothing)") }
            if let w = classWeights { pairs.append("weight=\(w.map { "\($0)" }.joined(separator: "/"))") }
        case .binaryCrossEntropyWithLogits:
            if let w = positiveWeight { pairs.append("pos_weight=\(w.map { "\($0)" }.joined(separator: "/"))") }
        case .meanSquaredError: break
        case .huber: if delta != 1 { pairs.append("delta=\(delta)") }
        }
        return pairs.isEmpty ? kind.rawValue : "\(kind.rawValue):\(pairs.joined(separator: ","))"
    }
}
