extension ScheduleCatalog {
    static let kerasConvention =
        "schedule(iterations): step t is the optimizer's iteration count before update t+1 (equal to PyTorch's)"

    /// `keras.optimizers.schedules`, equal to Keras 3 in float64.
    static let kerasDefinitions: [ScheduleDefinition] = [
        .pure(
            "keras.exponential_decay", family: .keras,
            summary: "initial_learning_rate · decay_rate^(t / decay_steps) (ExponentialDecay)",
            convention: kerasConvention,
            parameters: [
                kerasInitial(), kerasDecaySteps(),
                ParameterSpec("decay_rate", .number, .positive, "multiplier per decay_steps"), kerasStaircase(),
            ]
        ) {
            Keras.ExponentialDecay(
                initialLearningRate: $0.number("initial_learning_rate"), decaySteps: $0.integer("decay_steps"),
                decayRate: $0.number("decay_rate"), staircase: $0.boolean("staircase"))
        },
        .pure(
            "keras.inverse_time_decay", family: .keras,
            summary: "initial_learning_rate / (1 + decay_rate · t / decay_steps) (InverseTimeDecay)",
            convention: kerasConvention,
            parameters: [
                kerasInitial(), kerasDecaySteps(),
                ParameterSpec("decay_rate", .number, .nonNegative, "decay per decay_steps"), kerasStaircase(),
            ]
        ) {
            Keras.InverseTimeDecay(
                initialLearningRate: $0.number("initial_learning_rate"), decaySteps: $0.integer("decay_steps"),
                decayRate: $0.number("decay_rate"), staircase: $0.boolean("staircase"))
        },
        .pure(
            "keras.polynomial_decay", family: .keras,
            summary: "polynomial from initial_learning_rate to end_learning_rate over decay_steps (PolynomialDecay)",
            convention: kerasConvention,
            parameters: [
                kerasInitial(), kerasDecaySteps(),
                ParameterSpec("end_learning_rate", .number, default: .number(0.0001), .nonNegative, "final rate"),
                ParameterSpec("power", .number, default: .number(1), .nonNegative, "exponent of the decay"),
                ParameterSpec("cycle", .boolean, default: .bool(false), "stretch to the next multiple of decay_steps"),
            ]
        ) {
            Keras.PolynomialDecay(
                initialLearningRate: $0.number("initial_learning_rate"), decaySteps: $0.integer("decay_steps"),
                endLearningRate: $0.number("end_learning_rate"), power: $0.number("power"), cycle: $0.boolean("cycle"))
        },
        .pure(
            "keras.cosine_decay", family: .keras,
            summary:
                "optional linear warmup to warmup_target, then cosine to alpha × it over decay_steps (CosineDecay)",
            convention: kerasConvention + "; warmup_steps come before decay_steps",
            parameters: [
                kerasInitial(.nonNegative, "rate at step 0 (where warmup starts, when there is one)"),
                kerasDecaySteps(),
                ParameterSpec("alpha", .number, default: .number(0), .unit, "final rate as a fraction of the start"),
                ParameterSpec("warmup_target", .number, default: .null, .positive, "rate at the end of warmup"),
                ParameterSpec("warmup_steps", .integer, default: .number(0), .nonNegative, "steps of linear warmup"),
            ]
        ) { parameters in
            let target = parameters.optionalNumber("warmup_target")
            let warmup = parameters.integer("warmup_steps")
            if target == nil, warmup > 0 {
                throw parameters.error(
                    .inconsistent, field: "warmup_steps", value: "\(warmup)",
                    message: "has no effect without warmup_target (Keras ignores it)",
                    fix: "add \"warmup_target\": the rate to warm up to, or remove warmup_steps")
            }
            return Keras.CosineDecay(
                initialLearningRate: parameters.number("initial_learning_rate"),
                decaySteps: parameters.integer("decay_steps"), alpha: parameters.number("alpha"), warmupTarget: target,
                warmupSteps: warmup)
        },
        .pure(
            "keras.cosine_decay_restarts", family: .keras,
            summary: "cosine cycles growing by t_mul, each starting m_mul times lower (CosineDecayRestarts, SGDR)",
            convention: kerasConvention,
            parameters: [
                kerasInitial(),
                ParameterSpec("first_decay_steps", .integer, .positive, "length of the first cycle"),
                ParameterSpec("t_mul", .number, default: .number(2), .positive, "growth of each cycle's length"),
                ParameterSpec("m_mul", .number, default: .number(1), .positive, "factor on each cycle's start rate"),
                ParameterSpec("alpha", .number, default: .number(0), .unit, "final rate as a fraction of the start"),
            ]
        ) {
            Keras.CosineDecayRestarts(
                initialLearningRate: $0.number("initial_learning_rate"),
                firstDecaySteps: $0.integer("first_decay_steps"), tMul: $0.number("t_mul"), mMul: $0.number("m_mul"),
                alpha: $0.number("alpha"))
        },
        .pure(
            "keras.piecewise_constant_decay", family: .keras,
            summary: "values[i] while t <= boundaries[i] (Keras counts a boundary step in the earlier piece)",
            convention: kerasConvention,
            parameters: [
                ParameterSpec(
                    "boundaries", .integers, .nonNegative, "increasing steps; a value lasts through its boundary"),
                ParameterSpec("values", .numbers, .nonNegative, "rates, one more than boundaries"),
            ]
        ) { parameters in
            let boundaries = parameters.integers("boundaries")
            let values = parameters.numbers("values")
            guard !boundaries.isEmpty, values.count == boundaries.count + 1 else {
                throw parameters.error(
                    .inconsistent, field: "values", value: parameters.values["values"]?.description,
                    message: "has \(values.count) entries for \(boundaries.count) boundaries",
                    fix: "give at least one boundary and exactly one more value than boundaries")
            }
            guard zip(boundaries, boundaries.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw parameters.error(
                    .inconsistent, field: "boundaries", value: parameters.values["boundaries"]?.description,
                    message: "must increase strictly", fix: "sort the boundaries and remove repeats")
            }
            return Keras.PiecewiseConstantDecay(boundaries: boundaries, values: values)
        },
    ]

    static func kerasInitial(
        _ constraint: ParameterSpec.Constraint = .positive, _ summary: String = "rate at step 0"
    ) -> ParameterSpec {
        ParameterSpec("initial_learning_rate", .number, constraint, summary)
    }

    static func kerasDecaySteps() -> ParameterSpec {
        ParameterSpec("decay_steps", .integer, .positive, "steps of the decay")
    }

    static func kerasStaircase() -> ParameterSpec {
        ParameterSpec("staircase", .boolean, default: .bool(false), "decay in whole steps of decay_steps")
    }
}
