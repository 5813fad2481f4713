import Training

/// The `--optimizer` argument: an `OptimizerSpec` plus the base learning rate written inside it as `lr=`.
///
/// The Training module keeps the rate out of the optimizer (it comes from the schedule every step); on the command
/// line `adamw:lr=0.01,weight_decay=0.01` is the natural way to say both, so the CLI splits `lr` off and hands it to
/// the schedule as the rate it inherits.
struct OptimizerChoice {
    /// The optimizer without its rate.
    let spec: OptimizerSpec
    /// The base rate: `lr=` from the argument, or torch's default for the algorithm.
    let learningRate: Double
    /// Whether `lr=` was written.
    let rateWasGiven: Bool

    /// Parses `name[:key=value,…]` where one key may be `lr` (or `learning_rate`).
    /// - Throws: `CLIError.data` naming the bad part.
    init(parsing text: String) throws {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        var rate: Double?
        var rest: [String] = []
        if parts.count == 2 {
            for pair in parts[1].split(separator: ",") {
                let keyValue = pair.split(separator: "=", maxSplits: 1).map {
                    $0.trimmingCharacters(in: .whitespaces)
                }
                guard keyValue.count == 2, keyValue[0] == "lr" || keyValue[0] == "learning_rate" else {
                    rest.append(String(pair))
                    continue
                }
                guard let value = Double(keyValue[1]), value > 0, value.isFinite else {
                    throw CLIError.data(
                        "--optimizer '\(text)': lr=\(keyValue[1]) is not a positive number; write e.g. "
                            + "\(parts[0]):lr=0.01")
                }
                rate = value
            }
        }
        let remaining = rest.isEmpty ? parts[0] : parts[0] + ":" + rest.joined(separator: ",")
        spec = try CLIError.mappingLibraryErrors("--optimizer") { try OptimizerSpec(parsing: remaining) }
        learningRate = rate ?? Self.defaultRate(spec.kind)
        rateWasGiven = rate != nil
    }

    /// The optimizer as the user would write it, rate included.
    var description: String {
        let text = spec.description
        let separator = text.contains(":") ? "," : ":"
        return text + separator + "lr=\(learningRate)"
    }

    /// torch's (and schedulefree's) default `lr` of each optimizer.
    static func defaultRate(_ kind: OptimizerKind) -> Double {
        switch kind {
        case .sgd, .adam, .adamw: 1e-3
        case .rmsprop, .adagrad: 1e-2
        case .sgdScheduleFree: 1.0
        case .adamwScheduleFree: 0.0025
        }
    }
}
