import Foundation

/// An optimizer as the CLI writes it: `sgd:momentum=0.9,nesterov=true,weight_decay=1e-4`,
/// `adamw:weight_decay=0.01`, `adam:betas=0.9/0.999,amsgrad=true`, `rmsprop:centered=true`,
/// `adagrad:lr_decay=0.01`, `sgd_schedule_free:warmup_steps=100`, `adamw_schedule_free:r=0.5`.
///
/// Keys are torch's parameter names; unspecified keys keep torch's defaults. The learning rate is not part of
/// the spec: it comes from the schedule at every step.
public struct OptimizerSpec: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The algorithm.
    public var kind: OptimizerKind
    /// Its hyperparameters (defaults for `kind` plus the spec's overrides).
    public var hyperparameters: OptimizerHyperparameters

    /// Creates a spec; `hyperparameters` defaults to the algorithm's defaults.
    public init(kind: OptimizerKind, hyperparameters: OptimizerHyperparameters? = nil) {
        self.kind = kind
        self.hyperparameters = hyperparameters ?? .defaults(for: kind)
    }

    /// Parses `name[:key=value,key=value…]`.
    /// - Throws: `TrainingError.Code.invalidSpec` for an unknown optimizer or a malformed pair, `.unknownKey` for
    ///   a key the optimizer does not take (with a "did you mean"), `.invalidValue` for a value out of range
    ///   (naming the key, the value and the allowed range).
    public init(parsing text: String) throws {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let name = String(parts[0]).lowercased().replacingOccurrences(of: "-", with: "_")
        guard let kind = OptimizerKind(rawValue: name) else {
            let names = OptimizerKind.allCases.map(\.rawValue)
            throw TrainingError(
                .invalidSpec,
                "unknown optimizer '\(parts[0])'\(SpellingSuggestion.hint(for: name, in: names)); "
                    + "choose one of \(names.joined(separator: ", "))")
        }
        self.init(kind: kind)
        guard parts.count == 2, !parts[1].isEmpty else { return }
        for pair in parts[1].split(separator: ",") {
            let keyValue = pair.split(separator: "=", maxSplits: 1)
            guard keyValue.count == 2 else {
                throw TrainingError(
                    .invalidSpec,
                    "'\(pair)' in optimizer spec '\(text)' is not key=value; write e.g. "
                        + "\(kind.rawValue):\(OptimizerSpec.keys(for: kind)[0])=…")
            }
            try set(
                key: keyValue[0].trimmingCharacters(in: .whitespaces),
                value: keyValue[1].trimmingCharacters(in: .whitespaces))
        }
    }

    /// The keys `kind` accepts, in torch's order.
    public static func keys(for kind: OptimizerKind) -> [String] {
        switch kind {
        case .sgd: ["momentum", "dampening", "nesterov", "weight_decay"]
        case .adam, .adamw: ["betas", "eps", "weight_decay", "amsgrad"]
        case .rmsprop: ["alpha", "eps", "weight_decay", "momentum", "centered"]
        case .adagrad: ["lr_decay", "weight_decay", "initial_accumulator_value", "eps"]
        case .sgdScheduleFree: ["momentum", "weight_decay", "warmup_steps", "r", "weight_lr_power"]
        case .adamwScheduleFree: ["betas", "eps", "weight_decay", "warmup_steps", "r", "weight_lr_power"]
        }
    }

    private mutating func set(key: String, value: String) throws {
        let allowed = OptimizerSpec.keys(for: kind)
        guard allowed.contains(key) else {
            if key == "lr" || key == "learning_rate" {
                throw TrainingError(
                    .unknownKey,
                    "\(kind.rawValue) takes no '\(key)' in its spec: the learning rate comes from the "
                        + "schedule every step (TrainerConfiguration.learningRate is the rate a schedule inherits; on the "
                        + "command line write --optimizer \(kind.rawValue):lr=0.01)")
            }
            throw TrainingError(
                .unknownKey,
                "\(kind.rawValue) has no key '\(key)'\(SpellingSuggestion.hint(for: key, in: allowed)); "
                    + "its keys are \(allowed.joined(separator: ", "))")
        }
        var h = hyperparameters
        switch key {
        case "momentum": h.momentum = try number(key, value, atLeast: 0)
        case "dampening": h.dampening = try number(key, value, in: 0...1)
        case "nesterov": h.nesterov = try flag(key, value)
        case "weight_decay": h.weightDecay = try number(key, value, atLeast: 0)
        case "eps": h.epsilon = try number(key, value, atLeast: 0)
        case "amsgrad": h.amsgrad = try flag(key, value)
        case "alpha": h.alpha = try number(key, value, in: 0...1)
        case "centered": h.centered = try flag(key, value)
        case "lr_decay": h.learningRateDecay = try number(key, value, atLeast: 0)
        case "initial_accumulator_value": h.initialAccumulatorValue = try number(key, value, atLeast: 0)
        case "r": h.r = try number(key, value, atLeast: 0)
        case "weight_lr_power": h.weightLearningRatePower = try number(key, value, atLeast: 0)
        case "warmup_steps":
            guard let steps = Int(value), steps >= 0 else {
                throw TrainingError.invalid(key, value, allowed: "a whole number >= 0")
            }
            h.warmupSteps = steps
        case "betas":
            let pair = value.split(separator: "/")
            guard pair.count == 2, let b1 = Double(pair[0]), let b2 = Double(pair[1]) else {
                throw TrainingError(
                    .invalidValue, "betas=\(value) is not two numbers; write betas=0.9/0.999 (beta1/beta2)")
            }
            for (name, beta) in [("betas[0]", b1), ("betas[1]", b2)] where !(beta >= 0 && beta < 1) {
                throw TrainingError.invalid(name, beta, allowed: "in [0, 1)")
            }
            (h.beta1, h.beta2) = (b1, b2)
        default: break
        }
        hyperparameters = h
    }

    private func number(_ key: String, _ value: String, atLeast lower: Double) throws -> Double {
        guard let x = Double(value), x.isFinite else {
            throw TrainingError.invalid(key, value, allowed: "a finite number >= \(lower)")
        }
        guard x >= lower else { throw TrainingError.invalid(key, value, allowed: ">= \(lower)") }
        return x
    }

    private func number(_ key: String, _ value: String, in range: ClosedRange<Double>) throws -> Double {
        guard let x = Double(value), range.contains(x) else {
            throw TrainingError.invalid(key, value, allowed: "a number in [\(range.lowerBound), \(range.upperBound)]")
        }
        return x
    }

    private func flag(_ key: String, _ value: String) throws -> Bool {
        switch value.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw TrainingError.invalid(key, value, allowed: "true or false")
        }
    }

    /// The spec written back as a string with every key `kind` takes (canonical form, parses to an equal spec).
    public var description: String {
        let h = hyperparameters
        let pairs = OptimizerSpec.keys(for: kind).map { key -> String in
            switch key {
            case "momentum": "momentum=\(h.momentum)"
            case "dampening": "dampening=\(h.dampening)"
            case "nesterov": "nesterov=\(h.nesterov)"
            case "weight_decay": "weight_decay=\(h.weightDecay)"
            case "eps": "eps=\(h.epsilon)"
            case "amsgrad": "amsgrad=\(h.amsgrad)"
            case "alpha": "alpha=\(h.alpha)"
            case "centered": "centered=\(h.centered)"
            case "lr_decay": "lr_decay=\(h.learningRateDecay)"
            case "initial_accumulator_value": "initial_accumulator_value=\(h.initialAccumulatorValue)"
            case "r": "r=\(h.r)"
            case "weight_lr_power": "weight_lr_power=\(h.weightLearningRatePower)"
            case "warmup_steps": "warmup_steps=\(h.warmupSteps)"
            case "betas": "betas=\(h.beta1)/\(h.beta2)"
            default: key
            }
        }
        return "\(kind.rawValue):\(pairs.joined(separator: ","))"
    }

    /// Builds the optimizer with these hyperparameters and parameter groups.
    public func makeOptimizer(groups: [ParameterGroup] = []) -> any Optimizer {
        switch kind {
        case .sgd: SGD(hyperparameters: hyperparameters, groups: groups)
        case .adam: Adam(hyperparameters: hyperparameters, groups: groups)
        case .adamw: Adam(hyperparameters: hyperparameters, groups: groups, decoupledWeightDecay: true)
        case .rmsprop: RMSProp(hyperparameters: hyperparameters, groups: groups)
        case .adagrad: Adagrad(hyperparameters: hyperparameters, groups: groups)
        case .sgdScheduleFree: ScheduleFreeSGD(hyperparameters: hyperparameters, groups: groups)
        case .adamwScheduleFree: ScheduleFreeAdamW(hyperparameters: hyperparameters, groups: groups)
        }
    }
}
