extension ScheduleCatalog {
    static let timmConvention =
        "per update (t_in_epochs=False): step t is _get_lr(t), the rate after step_update(num_updates=t), "
        + "used for update t+1"

    /// `timm.scheduler`, equal to timm 1.x's `_get_lr(t)` without noise; noise uses Anneal's own seeded generator.
    static let timmDefinitions: [ScheduleDefinition] = [
        .pure(
            "timm.cosine", family: .timm,
            summary:
                "warmup, then cosine cycles from lr to lr_min with restarts, decay and k-decay (CosineLRScheduler)",
            convention: timmConvention,
            parameters: [
                .rate(), ParameterSpec("t_initial", .integer, .positive, "length of the first cycle"), timmLRMin,
            ]
                + timmCycleFields + timmWarmupFields(prefix: false)
                + [ParameterSpec("k_decay", .number, default: .number(1), .positive, "k-decay exponent (1 = cosine)")]
                + timmNoiseFields
        ) { try timmCyclic($0, curve: .cosine(kDecay: $0.number("k_decay"))) },
        .pure(
            "timm.poly", family: .timm,
            summary: "warmup, then cycles of (1 - t/T)^power from lr to lr_min (PolyLRScheduler)",
            convention: timmConvention,
            parameters: [
                .rate(), ParameterSpec("t_initial", .integer, .positive, "length of the first cycle"),
                ParameterSpec("power", .number, default: .number(0.5), .nonNegative, "exponent of the decay"),
                timmLRMin,
            ]
                + timmCycleFields + timmWarmupFields(prefix: false)
                + [ParameterSpec("k_decay", .number, default: .number(1), .positive, "k-decay exponent")]
                + timmNoiseFields
        ) { try timmCyclic($0, curve: .poly(power: $0.number("power"), kDecay: $0.number("k_decay"))) },
        .pure(
            "timm.tanh", family: .timm,
            summary: "warmup, then cycles of (1 - tanh(lb·(1-r) + ub·r))/2 from lr to lr_min (TanhLRScheduler)",
            convention: timmConvention,
            parameters: [
                .rate(), ParameterSpec("t_initial", .integer, .positive, "length of the first cycle"),
                ParameterSpec("lb", .number, default: .number(-7), "tanh argument at the cycle start"),
                ParameterSpec("ub", .number, default: .number(3), "tanh argument at the cycle end"), timmLRMin,
            ]
                + timmCycleFields + timmWarmupFields(prefix: false) + timmNoiseFields
        ) { parameters in
            guard parameters.number("lb") < parameters.number("ub") else {
                throw parameters.error(
                    .inconsistent, field: "lb", value: parameters.values["lb"]?.description,
                    message: "is not below ub = \(parameters.values["ub"]?.description ?? "?")", fix: "make lb < ub")
            }
            return try timmCyclic(parameters, curve: .tanh(lb: parameters.number("lb"), ub: parameters.number("ub")))
        },
        .pure(
            "timm.step", family: .timm,
            summary: "warmup, then lr · decay_rate^floor(t / decay_t) (StepLRScheduler)",
            convention: timmConvention,
            parameters: [
                .rate(), ParameterSpec("decay_t", .number, .positive, example: 30, "steps between decays"),
                ParameterSpec(
                    "decay_rate", .number, default: .number(1), .positive, example: 0.5,
                    "multiplier per decay"),
            ]
                + timmWarmupFields(prefix: true) + timmNoiseFields
        ) { parameters in
            try timmNoisy(
                Timm.Step(
                    lr: parameters.number("lr"), decayT: parameters.number("decay_t"),
                    decayRate: parameters.number("decay_rate"), warmup: timmWarmup(parameters)),
                parameters)
        },
        .pure(
            "timm.multistep", family: .timm,
            summary: "warmup, then lr · decay_rate per milestone m with m <= t + 1 (MultiStepLRScheduler)",
            convention: timmConvention + "; timm decays one step before each milestone",
            parameters: [
                .rate(),
                ParameterSpec("decay_t", .integers, .nonNegative, example: [30, 60], "milestones, increasing"),
                ParameterSpec(
                    "decay_rate", .number, default: .number(1), .positive, example: 0.5,
                    "multiplier per milestone"),
            ]
                + timmWarmupFields(prefix: true) + timmNoiseFields
        ) { parameters in
            let milestones = parameters.integers("decay_t")
            guard milestones == milestones.sorted() else {
                throw parameters.error(
                    .inconsistent, field: "decay_t", value: parameters.values["decay_t"]?.description,
                    message: "must not decrease", fix: "sort the milestones")
            }
            return try timmNoisy(
                Timm.MultiStep(
                    lr: parameters.number("lr"), decayT: milestones, decayRate: parameters.number("decay_rate"),
                    warmup: timmWarmup(parameters)),
                parameters)
        },
        .pure(
            "timm.wsd", family: .timm,
            summary: "warmup, stable phase (constant or inverse power), then decay over the last decay_t of t_initial "
                + "steps to lr_min (WSDLRScheduler)",
            convention: timmConvention + "; t_initial counts after warmup",
            parameters: [
                .rate(), ParameterSpec("t_initial", .integer, .positive, "steps after warmup (stable + decay)"),
                ParameterSpec("decay_t", .integer, .positive, example: 20, "steps of decay, at most t_initial"),
                timmLRMin,
                ParameterSpec(
                    "stable_fn", .choice(["constant", "rsqrt", "power"]), default: "constant", "stable phase"),
                ParameterSpec(
                    "stable_timescale", .number, default: .null, .positive,
                    "time scale of a rsqrt/power stable phase (default: warmup_t)"),
                ParameterSpec("stable_power", .number, default: 0.5, .positive, "exponent of a power stable phase"),
                ParameterSpec(
                    "decay_fn", .choice(Timm.WarmupStableDecay.Decay.allCases.map(\.rawValue)), default: "1-sqrt",
                    "decay curve"),
                ParameterSpec("decay_power", .number, default: 0.5, .positive, "exponent of a power decay"),
                ParameterSpec("decay_ratio", .number, default: 0.1, .openUnit, "end ratio of an exp decay"),
            ] + Array(timmWarmupFields(prefix: true).prefix(2)) + timmNoiseFields,
            build: buildTimmWSD
        ),
    ]

    static let timmLRMin = ParameterSpec("lr_min", .number, default: .number(0), .nonNegative, "minimum rate")

    static let timmCycleFields = [
        ParameterSpec("cycle_mul", .number, default: .number(1), .atLeast(1), "growth of each cycle's length"),
        ParameterSpec("cycle_decay", .number, default: .number(1), .positive, "factor on each cycle's peak"),
        ParameterSpec("cycle_limit", .integer, default: .number(1), .positive, "cycles before settling at lr_min"),
    ]

    static func timmWarmupFields(prefix: Bool) -> [ParameterSpec] {
        [
            ParameterSpec("warmup_t", .integer, default: .number(0), .nonNegative, "steps of linear warmup"),
            ParameterSpec("warmup_lr_init", .number, default: .number(0), .nonNegative, "rate at step 0 of warmup"),
            ParameterSpec(
                "warmup_prefix", .boolean, default: .bool(prefix),
                "whether the schedule starts counting after warmup"),
        ]
    }

    static let timmNoiseFields = [
        ParameterSpec(
            "noise_range_t", .integers, default: .null, .nonNegative,
            "[start] for noise from start on, or [start, end] for start <= t < end"),
        ParameterSpec("noise_pct", .number, default: .number(0.67), .positive, "bound on the relative noise"),
        ParameterSpec("noise_std", .number, default: .number(1), .positive, "standard deviation of normal noise"),
        ParameterSpec(
            "noise_type", .choice(Timm.Noise.Distribution.allCases.map(\.rawValue)),
            default: .string("normal"), "noise distribution"),
        ParameterSpec("noise_seed", .integer, default: .number(42), "seed (Anneal's generator, not torch's)"),
    ]

    /// Builds a timm cycle scheduler (cosine, poly, tanh) with its shared fields, noise included.
    static func timmCyclic(_ parameters: ResolvedParameters, curve: Timm.Cyclic.Curve) throws -> any Schedule {
        try parameters.requireOrdered("lr_min", "lr")
        let cycles = Timm.CycleLayout(
            tInitial: parameters.integer("t_initial"), cycleMul: parameters.number("cycle_mul"),
            cycleDecay: parameters.number("cycle_decay"), cycleLimit: parameters.integer("cycle_limit"))
        let schedule = Timm.Cyclic(
            lr: parameters.number("lr"), cycles: cycles, curve: curve, lrMin: parameters.number("lr_min"),
            warmup: timmWarmup(parameters))
        return try timmNoisy(schedule, parameters)
    }

    static func timmWarmup(_ parameters: ResolvedParameters) -> Timm.WarmupPhase {
        Timm.WarmupPhase(
            warmupT: parameters.integer("warmup_t"), warmupLRInit: parameters.number("warmup_lr_init"),
            prefix: parameters.boolean("warmup_prefix"))
    }

    @Sendable static func buildTimmWSD(_ parameters: ResolvedParameters) throws -> any Schedule {
        try parameters.requireOrdered("lr_min", "lr")
        try parameters.requireOrdered("decay_t", "t_initial")
        let warmupT = parameters.integer("warmup_t")
        var stable = Timm.WarmupStableDecay.Stable.constant
        let function = parameters.string("stable_fn")
        if function != "constant" {
            let timescale = parameters.optionalNumber("stable_timescale") ?? Double(warmupT)
            guard timescale > 0 else {
                throw parameters.error(
                    .missingField, field: "stable_timescale", value: nil,
                    message: "is needed by stable_fn \"\(function)\" when there is no warmup (it defaults to warmup_t)",
                    fix: "add \"stable_timescale\": a positive number of steps")
            }
            stable = .power(timescale: timescale, power: function == "rsqrt" ? 0.5 : parameters.number("stable_power"))
        }
        let schedule = Timm.WarmupStableDecay(
            lr: parameters.number("lr"), tInitial: parameters.integer("t_initial"),
            decayT: parameters.integer("decay_t"), lrMin: parameters.number("lr_min"), stable: stable,
            decay: .init(rawValue: parameters.string("decay_fn")) ?? .oneMinusSqrt,
            decayPower: parameters.number("decay_power"), decayRatio: parameters.number("decay_ratio"),
            warmup: Timm.WarmupPhase(warmupT: warmupT, warmupLRInit: parameters.number("warmup_lr_init"), prefix: true))
        return try timmNoisy(schedule, parameters)
    }

    /// Wraps `schedule` in timm's noise when `noise_range_t` is set.
    static func timmNoisy(_ schedule: any Schedule, _ parameters: ResolvedParameters) throws -> any Schedule {
        guard parameters.values["noise_range_t"] != .null else { return schedule }
        let range = parameters.integers("noise_range_t")
        guard range.count == 1 || (range.count == 2 && range[0] < range[1]) else {
            throw parameters.error(
                .inconsistent, field: "noise_range_t", value: parameters.values["noise_range_t"]?.description,
                message: "must be [start] or [start, end] with start < end",
                fix: "write e.g. [100] for noise from step 100 on, or [100, 500]")
        }
        return Timm.Noise(
            schedule, start: range[0], end: range.count == 2 ? range[1] : nil, pct: parameters.number("noise_pct"),
            std: parameters.number("noise_std"),
            distribution: .init(rawValue: parameters.string("noise_type")) ?? .normal,
            seed: parameters.integer("noise_seed"))
    }
}
