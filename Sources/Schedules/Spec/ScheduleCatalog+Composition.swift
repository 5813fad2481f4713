extension ScheduleCatalog {
    /// Anneal's combinators: warmup in front of any schedule (reactive ones too), scaling, companions.
    static let compositionDefinitions: [ScheduleDefinition] = [
        ScheduleDefinition(
            "warmup", family: .composition,
            summary: "ramp up to any schedule's first rate; works before reduce_on_plateau too",
            convention: "counting: before (the schedule starts at step warmup_steps) or inside (it runs at t)",
            parameters: [
                ParameterSpec(
                    "lr", .number, default: .null, .positive, inherited: true, example: .number(0.1),
                    "base rate passed on to the schedule (optional)"),
                ParameterSpec(
                    "schedule", .schedule, example: .object(["type": "cosine_annealing", "t_max": 90]),
                    "the schedule after warmup"),
                ParameterSpec("warmup_steps", .integer, .nonNegative, example: .number(10), "steps of warmup"),
                ParameterSpec(
                    "shape", .choice(WarmupShape.allCases.map(\.rawValue)), default: .string("linear"),
                    "warmup curve"),
                ParameterSpec("start_factor", .number, default: .number(0), .unit, "fraction of the rate at step 0"),
                ParameterSpec(
                    "counting", .choice(WarmupCounting.allCases.map(\.rawValue)), default: .string("before"),
                    "whether warmup steps come before the schedule or count inside it"),
            ]
        ) { parameters in
            let shape = WarmupShape(rawValue: parameters.string("shape"))!
            let start = parameters.number("start_factor")
            if shape == .exponential, start <= 0 {
                throw parameters.error(
                    .outOfRange, field: "start_factor", value: "\(start)",
                    message: "must be > 0 for an exponential warmup",
                    fix: "set start_factor to e.g. 0.01")
            }
            let steps = parameters.integer("warmup_steps")
            switch try parameters.schedule("schedule") {
            case .pure(let inner):
                let counting = WarmupCounting(rawValue: parameters.string("counting"))!
                return .pure(Warmup(inner, steps: steps, shape: shape, startFactor: start, counting: counting))
            case .reactive(let inner):
                return .reactive(ReactiveWarmup(inner, steps: steps, shape: shape, startFactor: start))
            }
        },
        .pure(
            "scale", family: .composition, summary: "any schedule multiplied by a constant factor",
            parameters: [
                ParameterSpec(
                    "lr", .number, default: .null, .positive, inherited: true, example: .number(0.1),
                    "base rate passed on to the schedule (optional)"),
                ParameterSpec("schedule", .schedule, "the schedule to scale"),
                ParameterSpec("factor", .number, .positive, example: .number(0.5), "multiplier"),
            ]
        ) { parameters in
            ScaledSchedule(
                try parameters.pureSchedule(try parameters.schedule("schedule"), field: "schedule"),
                factor: parameters.number("factor"))
        },
        .pure(
            "companion", family: .composition,
            summary:
                "a hyperparameter (momentum, beta1, weight decay) following a schedule's shape between low and high",
            parameters: [
                ParameterSpec(
                    "lr", .number, default: .null, .positive, inherited: true, example: .number(0.1),
                    "base rate passed on to the schedule (optional)"),
                ParameterSpec("schedule", .schedule, "the rate schedule whose shape is followed"),
                ParameterSpec("low", .number, .finite, example: .number(0.85), "the hyperparameter's lower value"),
                ParameterSpec("high", .number, .finite, example: .number(0.95), "the hyperparameter's upper value"),
                ParameterSpec("inverted", .boolean, default: .bool(true), "fall as the rate rises"),
                ParameterSpec("horizon", .integer, .positive, "steps over which the rate's range is measured"),
            ]
        ) { parameters in
            try parameters.requireOrdered("low", "high")
            return CompanionSchedule(
                following: try parameters.pureSchedule(try parameters.schedule("schedule"), field: "schedule"),
                low: parameters.number("low"), high: parameters.number("high"),
                inverted: parameters.boolean("inverted"),
                horizon: parameters.integer("horizon"))
        },
    ]
}
