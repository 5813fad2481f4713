extension ScheduleCatalog {
    static let optaxConvention =
        "schedule(count): step t is optax's count before update t+1 (equal to PyTorch's convention)"

    /// `optax.schedules`, equal to optax 0.2.x in float64 (jax x64).
    static let optaxDefinitions: [ScheduleDefinition] =
        [
            .pure(
                "optax.warmup_cosine_decay", family: .optax,
                summary:
                    "linear warmup init_value→peak_value, then cosine to end_value; warmup counts inside decay_steps",
                convention: optaxConvention,
                parameters: optaxWarmupFields + [
                    ParameterSpec("decay_steps", .integer, .positive, "total steps, warmup included"),
                    ParameterSpec("end_value", .number, default: .number(0), .nonNegative, "final rate"),
                    ParameterSpec("exponent", .number, default: .number(1), .positive, "exponent of the cosine factor"),
                ],
                build: buildWarmupCosineDecay
            ),
            .pure(
                "optax.warmup_exponential_decay", family: .optax,
                summary: "linear warmup init_value→peak_value, then exponential decay counted from the end of warmup",
                convention: optaxConvention,
                parameters: optaxWarmupFields + optaxExponentialFields(begin: "steps after warmup before decay starts")
            ) {
                Optax.WarmupExponentialDecay(
                    initValue: $0.number("init_value"), peakValue: $0.number("peak_value"),
                    warmupSteps: $0.integer("warmup_steps"), transitionSteps: $0.integer("transition_steps"),
                    decayRate: $0.number("decay_rate"), transitionBegin: $0.integer("transition_begin"),
                    staircase: $0.boolean("staircase"), endValue: $0.optionalNumber("end_value"))
            },
            .pure(
                "optax.exponential_decay", family: .optax,
                summary: "init_value · decay_rate^((t - transition_begin) / transition_steps), clipped at end_value",
                convention: optaxConvention,
                parameters: [ParameterSpec("init_value", .number, .positive, "rate until transition_begin")]
                    + optaxExponentialFields(begin: "step decay starts")
            ) {
                Optax.ExponentialDecay(
                    initValue: $0.number("init_value"), transitionSteps: $0.integer("transition_steps"),
                    decayRate: $0.number("decay_rate"), transitionBegin: $0.integer("transition_begin"),
                    staircase: $0.boolean("staircase"), endValue: $0.optionalNumber("end_value"))
            },
            .pure(
                "optax.cosine_decay", family: .optax,
                summary: "cosine from init_value to init_value · alpha over decay_steps, then hold",
                convention: optaxConvention,
                parameters: [
                    ParameterSpec("init_value", .number, .positive, "rate at step 0"),
                    ParameterSpec("decay_steps", .integer, .positive, "steps of the decay"),
                    ParameterSpec(
                        "alpha", .number, default: .number(0), .unit, "final rate as a fraction of init_value"),
                    ParameterSpec("exponent", .number, default: .number(1), .positive, "exponent of the cosine factor"),
                ]
            ) {
                Optax.CosineDecay(
                    initValue: $0.number("init_value"), decaySteps: $0.integer("decay_steps"),
                    alpha: $0.number("alpha"),
                    exponent: $0.number("exponent"))
            },
            .pure(
                "optax.polynomial", family: .optax,
                summary: "(init_value - end_value) · (1 - t/transition_steps)^power + end_value after transition_begin",
                convention: optaxConvention,
                parameters: [
                    ParameterSpec("init_value", .number, .nonNegative, "rate until transition_begin"),
                    ParameterSpec("end_value", .number, .nonNegative, "rate after the transition"),
                    ParameterSpec("power", .number, .nonNegative, example: 2, "exponent of the curve"),
                    ParameterSpec("transition_steps", .integer, .positive, "steps of the transition"),
                    ParameterSpec(
                        "transition_begin", .integer, default: .number(0), .nonNegative, "step the transition starts"),
                ]
            ) {
                Optax.Polynomial(
                    initValue: $0.number("init_value"), endValue: $0.number("end_value"), power: $0.number("power"),
                    transitionSteps: $0.integer("transition_steps"), transitionBegin: $0.integer("transition_begin"))
            },
            .pure(
                "optax.linear", family: .optax,
                summary: "straight line from init_value to end_value over transition_steps after transition_begin",
                convention: optaxConvention,
                parameters: [
                    ParameterSpec("init_value", .number, .nonNegative, "rate until transition_begin"),
                    ParameterSpec("end_value", .number, .nonNegative, "rate after the transition"),
                    ParameterSpec("transition_steps", .integer, .positive, "steps of the transition"),
                    ParameterSpec(
                        "transition_begin", .integer, default: .number(0), .nonNegative, "step the transition starts"),
                ]
            ) {
                Optax.Polynomial(
                    initValue: $0.number("init_value"), endValue: $0.number("end_value"), power: 1,
                    transitionSteps: $0.integer("transition_steps"), transitionBegin: $0.integer("transition_begin"))
            },
            .pure(
                "optax.piecewise_constant", family: .optax,
                summary: "init_value multiplied by scales[i] from step boundaries[i] on (boundaries_and_scales)",
                convention: optaxConvention,
                parameters: [
                    ParameterSpec("init_value", .number, .positive, "rate before the first boundary"),
                    ParameterSpec("boundaries", .integers, .nonNegative, "steps at which each scale applies"),
                    ParameterSpec("scales", .numbers, .nonNegative, "multiplier per boundary (cumulative)"),
                ]
            ) { parameters in
                try optaxPairs(parameters)
                return Optax.PiecewiseConstant(
                    initValue: parameters.number("init_value"), boundaries: parameters.integers("boundaries"),
                    scales: parameters.numbers("scales"))
            },
        ] + optaxCompositeDefinitions

    static let optaxWarmupFields = [
        ParameterSpec("init_value", .number, .nonNegative, example: 0, "rate at step 0"),
        ParameterSpec("peak_value", .number, .positive, "rate at the end of warmup"),
        ParameterSpec("warmup_steps", .integer, .nonNegative, "steps of linear warmup"),
    ]

    static func optaxExponentialFields(begin: String) -> [ParameterSpec] {
        [
            ParameterSpec("transition_steps", .integer, .positive, "steps per factor of decay_rate"),
            ParameterSpec("decay_rate", .number, .positive, "multiplier per transition_steps"),
            ParameterSpec("transition_begin", .integer, default: .number(0), .nonNegative, begin),
            ParameterSpec("staircase", .boolean, default: .bool(false), "decay in whole steps"),
            ParameterSpec("end_value", .number, default: .null, .nonNegative, "bound the rate does not pass"),
        ]
    }

    /// Checks that `boundaries` and `scales` pair up with no repeated boundary (optax takes them as a dict).
    static func optaxPairs(_ parameters: ResolvedParameters) throws {
        let boundaries = parameters.integers("boundaries")
        let scales = parameters.numbers("scales")
        guard boundaries.count == scales.count else {
            throw parameters.error(
                .inconsistent, field: "scales", value: parameters.values["scales"]?.description,
                message: "has \(scales.count) entries for \(boundaries.count) boundaries",
                fix: "give one scale per boundary")
        }
        guard Set(boundaries).count == boundaries.count else {
            throw parameters.error(
                .inconsistent, field: "boundaries", value: parameters.values["boundaries"]?.description,
                message: "repeats a step", fix: "give each boundary once (multiply the scales of a repeated step)")
        }
    }

    @Sendable static func buildWarmupCosineDecay(_ parameters: ResolvedParameters) throws -> any Schedule {
        let warmup = parameters.integer("warmup_steps")
        let decay = parameters.integer("decay_steps")
        guard warmup < decay else {
            throw parameters.error(
                .inconsistent, field: "warmup_steps", value: "\(warmup)",
                message: "is not below decay_steps = \(decay) (optax counts warmup inside decay_steps)",
                fix: "make decay_steps the total length: warmup_steps + cosine steps")
        }
        try parameters.requireOrdered("end_value", "peak_value")
        return Optax.WarmupCosineDecay(
            initValue: parameters.number("init_value"), peakValue: parameters.number("peak_value"),
            warmupSteps: warmup, decaySteps: decay, endValue: parameters.number("end_value"),
            exponent: parameters.number("exponent"))
    }
}

extension ScheduleCatalog {
    /// optax schedules built from others: one-cycle shapes, join and SGDR.
    static let optaxCompositeDefinitions: [ScheduleDefinition] = [
        .pure(
            "optax.linear_onecycle", family: .optax,
            summary: "linear up to peak_value at pct_start, back down at pct_final, then to the final rate",
            convention: optaxConvention,
            parameters: optaxOneCycleFields(linear: true)
        ) { parameters in
            try parameters.requireOrdered("pct_start", "pct_final")
            let total = parameters.integer("transition_steps")
            let div = parameters.number("div_factor")
            return Optax.PiecewiseInterpolate(
                .linear, initValue: parameters.number("peak_value") / div,
                boundariesAndScales: [
                    (Int(parameters.number("pct_start") * Double(total)), div),
                    (Int(parameters.number("pct_final") * Double(total)), 1 / div),
                    (total, 1 / parameters.number("final_div_factor")),
                ])
        },
        .pure(
            "optax.cosine_onecycle", family: .optax,
            summary: "half cosine up to peak_value at pct_start, then half cosine down to the final rate",
            convention: optaxConvention,
            parameters: optaxOneCycleFields(linear: false)
        ) { parameters in
            let total = parameters.integer("transition_steps")
            let div = parameters.number("div_factor")
            return Optax.PiecewiseInterpolate(
                .cosine, initValue: parameters.number("peak_value") / div,
                boundariesAndScales: [
                    (Int(parameters.number("pct_start") * Double(total)), div),
                    (total, 1 / (div * parameters.number("final_div_factor"))),
                ])
        },
        .pure(
            "optax.piecewise_interpolate", family: .optax,
            summary: "values init_value · Π scales at boundaries, joined linearly or by half cosines",
            convention: optaxConvention,
            parameters: [
                ParameterSpec("interpolate_type", .choice(["linear", "cosine"]), "how values are joined"),
                ParameterSpec("init_value", .number, .positive, "rate at step 0"),
                ParameterSpec("boundaries", .integers, .nonNegative, "knot steps"),
                ParameterSpec("scales", .numbers, .nonNegative, "multiplier reached at each knot (cumulative)"),
            ]
        ) { parameters in
            try optaxPairs(parameters)
            return Optax.PiecewiseInterpolate(
                .init(rawValue: parameters.string("interpolate_type")) ?? .linear,
                initValue: parameters.number("init_value"),
                boundariesAndScales: Array(zip(parameters.integers("boundaries"), parameters.numbers("scales"))))
        },
        .pure(
            "optax.join", family: .optax,
            summary: "run schedules in turn; child i counts from boundaries[i-1] (join_schedules)",
            convention: optaxConvention,
            parameters: [
                ParameterSpec(
                    "schedules", .schedules,
                    example: [
                        ["type": "optax.linear", "init_value": 0, "end_value": 0.1, "transition_steps": 10],
                        ["type": "optax.cosine_decay", "init_value": 0.1, "decay_steps": 90],
                    ],
                    "child schedules"),
                ParameterSpec(
                    "boundaries", .integers, .nonNegative, example: [10], "steps where the next child starts"),
            ]
        ) { parameters in
            let children = try parameters.schedules("schedules")
            let boundaries = parameters.integers("boundaries")
            guard boundaries.count == children.count - 1 else {
                throw parameters.error(
                    .inconsistent, field: "boundaries", value: parameters.values["boundaries"]?.description,
                    message: "has \(boundaries.count) entries for \(children.count) schedules",
                    fix: "give one boundary fewer than schedules (\(children.count - 1))")
            }
            guard boundaries == boundaries.sorted() else {
                throw parameters.error(
                    .inconsistent, field: "boundaries", value: parameters.values["boundaries"]?.description,
                    message: "must not decrease", fix: "sort the boundaries")
            }
            return SequentialSchedule(
                schedules: try children.enumerated().map { try parameters.pureSchedule($1, field: "schedules[\($0)]") },
                milestones: boundaries)
        },
        .pure(
            "optax.sgdr", family: .optax,
            summary: "warm restarts: a warmup_cosine_decay per cycle, each starting when the previous one's "
                + "decay_steps end (sgdr_schedule)",
            convention: optaxConvention,
            parameters: [
                ParameterSpec(
                    "cycles", .schedules,
                    example: [
                        ["init_value": 0, "peak_value": 0.1, "warmup_steps": 10, "decay_steps": 100],
                        ["init_value": 0, "peak_value": 0.05, "warmup_steps": 10, "decay_steps": 200],
                    ],
                    "one object per cycle with init_value, peak_value, warmup_steps, decay_steps, end_value")
            ],
            build: buildSGDR
        ),
    ]

    static func optaxOneCycleFields(linear: Bool) -> [ParameterSpec] {
        [
            ParameterSpec("transition_steps", .integer, .positive, "steps of the whole cycle"),
            ParameterSpec("peak_value", .number, .positive, "highest rate"),
            ParameterSpec("pct_start", .number, default: .number(0.3), .openUnit, "fraction of steps going up"),
        ]
            + (linear
                ? [
                    ParameterSpec(
                        "pct_final", .number, default: .number(0.85), .openUnit,
                        "fraction of steps at which the rate is back to the start")
                ] : [])
            + [
                ParameterSpec(
                    "div_factor", .number, default: .number(25), .positive, "start = peak_value / div_factor"),
                ParameterSpec(
                    "final_div_factor", .number, default: .number(1e4), .positive,
                    "final = start / final_div_factor"),
            ]
    }

    @Sendable static func buildSGDR(_ parameters: ResolvedParameters) throws -> any Schedule {
        guard case .array(let items) = parameters.values["cycles"] else {
            return Optax.CosineDecay(initValue: 0, decaySteps: 1)
        }
        var cycles: [any Schedule] = []
        var boundaries: [Int] = []
        for (index, item) in items.enumerated() {
            let path = ScheduleSpec.join(parameters.path, "cycles[\(index)]")
            guard case .object(var fields) = item else {
                throw parameters.error(
                    .wrongType, field: "cycles[\(index)]", value: item.description, message: "must be an object",
                    fix: "write each cycle as {\"init_value\": ..., \"peak_value\": ..., \"warmup_steps\": ..., "
                        + "\"decay_steps\": ...}")
            }
            fields["type"] = fields["type"] ?? .string("optax.warmup_cosine_decay")
            guard fields["type"] == .string("optax.warmup_cosine_decay") else {
                throw parameters.error(
                    .inconsistent, field: "cycles[\(index)].type", value: fields["type"]?.description,
                    message: "must be optax.warmup_cosine_decay", fix: "leave out \"type\" in sgdr cycles")
            }
            let built = try parameters.catalog.build(
                ScheduleSpec(fields: fields, path: path), inheritedRate: nil, path: path)
            guard case .pure(let schedule) = built, let cycle = schedule as? Optax.WarmupCosineDecay else { continue }
            cycles.append(cycle)
            boundaries.append((boundaries.last ?? 0) + cycle.decaySteps)
        }
        return SequentialSchedule(schedules: cycles, milestones: Array(boundaries.dropLast()))
    }
}
