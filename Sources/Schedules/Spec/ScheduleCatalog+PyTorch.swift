extension ScheduleCatalog {
    /// `torch.optim.lr_scheduler`, equal to torch 2.x's `get_last_lr()` after `t` calls of `step()`.
    static let pytorchDefinitions: [ScheduleDefinition] = [
        .pure(
            "step", family: .pytorch, summary: "decay by gamma every step_size steps (StepLR)",
            parameters: [
                .rate(), ParameterSpec("step_size", .integer, .positive, example: .number(30), "steps between decays"),
                ParameterSpec("gamma", .number, default: .number(0.1), .positive, "multiplicative decay"),
            ]
        ) { StepDecay(lr: $0.number("lr"), stepSize: $0.integer("step_size"), gamma: $0.number("gamma")) },
        .pure(
            "multi_step", family: .pytorch, summary: "decay by gamma at each milestone (MultiStepLR)",
            parameters: [
                .rate(),
                ParameterSpec("milestones", .integers, .nonNegative, example: [30, 60], "steps at which to decay"),
                ParameterSpec("gamma", .number, default: .number(0.1), .positive, "multiplicative decay"),
            ]
        ) { MultiStepDecay(lr: $0.number("lr"), milestones: $0.integers("milestones"), gamma: $0.number("gamma")) },
        .pure(
            "constant", family: .pytorch, summary: "scale by factor until total_iters (ConstantLR)",
            parameters: [
                .rate(),
                ParameterSpec("factor", .number, default: .number(1.0 / 3.0), .fraction, "factor before total_iters"),
                ParameterSpec("total_iters", .integer, default: .number(5), .nonNegative, "steps the factor lasts"),
            ]
        ) { ConstantFactor(lr: $0.number("lr"), factor: $0.number("factor"), totalIters: $0.integer("total_iters")) },
        .pure(
            "linear", family: .pytorch, summary: "factor moves linearly from start_factor to end_factor (LinearLR)",
            parameters: [
                .rate(),
                ParameterSpec("start_factor", .number, default: .number(1.0 / 3.0), .fraction, "factor at step 0"),
                ParameterSpec("end_factor", .number, default: .number(1), .unit, "factor from total_iters on"),
                ParameterSpec("total_iters", .integer, default: .number(5), .nonNegative, "steps of the ramp"),
            ]
        ) {
            LinearFactor(
                lr: $0.number("lr"), startFactor: $0.number("start_factor"), endFactor: $0.number("end_factor"),
                totalIters: $0.integer("total_iters"))
        },
        .pure(
            "exponential", family: .pytorch, summary: "multiply by gamma every step (ExponentialLR)",
            parameters: [.rate(), ParameterSpec("gamma", .number, .positive, example: .number(0.95), "per-step decay")]
        ) { ExponentialDecay(lr: $0.number("lr"), gamma: $0.number("gamma")) },
        .pure(
            "polynomial", family: .pytorch, summary: "(1 - t/total_iters)^power down to zero (PolynomialLR)",
            parameters: [
                .rate(), ParameterSpec("total_iters", .integer, default: .number(5), .positive, "steps to reach zero"),
                ParameterSpec("power", .number, default: .number(1), .nonNegative, "exponent"),
            ]
        ) { PolynomialDecay(lr: $0.number("lr"), totalIters: $0.integer("total_iters"), power: $0.number("power")) },
        .pure(
            "cosine_annealing", family: .pytorch,
            summary: "half cosine from lr to eta_min over t_max steps, not clamped after (CosineAnnealingLR)",
            parameters: [
                .rate(), ParameterSpec("t_max", .integer, .positive, "steps of the half period"),
                ParameterSpec("eta_min", .number, default: .number(0), .nonNegative, "minimum rate"),
            ]
        ) { CosineAnnealing(lr: $0.number("lr"), tMax: $0.integer("t_max"), etaMin: $0.number("eta_min")) },
        .pure(
            "cosine_annealing_warm_restarts", family: .pytorch,
            summary: "cosine cycles of t_0 * t_mult^i steps, restarting at lr (CosineAnnealingWarmRestarts)",
            parameters: [
                .rate(), ParameterSpec("t_0", .integer, .positive, example: .number(10), "length of the first cycle"),
                ParameterSpec("t_mult", .integer, default: .number(1), .atLeast(1), "cycle length growth"),
                ParameterSpec("eta_min", .number, default: .number(0), .nonNegative, "minimum rate"),
            ]
        ) {
            CosineAnnealingWarmRestarts(
                lr: $0.number("lr"), t0: $0.integer("t_0"), tMult: $0.integer("t_mult"), etaMin: $0.number("eta_min"))
        },
        .pure(
            "cyclic", family: .pytorch, summary: "cycle between base_lr and max_lr (CyclicLR), momentum inverted",
            parameters: [
                ParameterSpec("base_lr", .number, .positive, example: .number(0.01), "lower rate"),
                ParameterSpec("max_lr", .number, .positive, "upper rate"),
                ParameterSpec("step_size_up", .integer, default: .number(2000), .positive, "steps from low to high"),
                ParameterSpec("step_size_down", .integer, default: .null, .positive, "steps from high to low"),
                ParameterSpec(
                    "mode", .choice(CyclicRate.Mode.allCases.map(\.rawValue)), default: .string("triangular"),
                    "amplitude policy"),
                ParameterSpec("gamma", .number, default: .number(1), .positive, "exp_range decay"),
                ParameterSpec("base_momentum", .number, default: .number(0.8), .unit, "momentum at max_lr"),
                ParameterSpec("max_momentum", .number, default: .number(0.9), .unit, "momentum at base_lr"),
            ]
        ) {
            CyclicRate(
                baseLR: $0.number("base_lr"), maxLR: $0.number("max_lr"), stepSizeUp: $0.integer("step_size_up"),
                stepSizeDown: $0.optionalInteger("step_size_down"), mode: CyclicRate.Mode(rawValue: $0.string("mode"))!,
                gamma: $0.number("gamma"), baseMomentum: $0.number("base_momentum"),
                maxMomentum: $0.number("max_momentum"))
        },
        .pure(
            "one_cycle", family: .pytorch,
            summary: "warm up to max_lr then anneal far below the start (OneCycleLR), momentum inverted",
            parameters: [
                ParameterSpec("max_lr", .number, .positive, "peak rate"),
                ParameterSpec("total_steps", .integer, .positive, "steps in the cycle"),
                ParameterSpec("pct_start", .number, default: .number(0.3), .openUnit, "fraction of steps increasing"),
                ParameterSpec("anneal_strategy", .choice(["cos", "linear"]), default: .string("cos"), "interpolation"),
                ParameterSpec("div_factor", .number, default: .number(25), .positive, "initial = max_lr / div_factor"),
                ParameterSpec(
                    "final_div_factor", .number, default: .number(1e4), .positive,
                    "final = initial / final_div_factor"),
                ParameterSpec("three_phase", .boolean, default: .bool(false), "up, down to initial, then annihilate"),
                ParameterSpec("base_momentum", .number, default: .number(0.85), .unit, "momentum at the peak"),
                ParameterSpec("max_momentum", .number, default: .number(0.95), .unit, "momentum at start and end"),
            ]
        ) {
            OneCycle(
                maxLR: $0.number("max_lr"), totalSteps: $0.integer("total_steps"), pctStart: $0.number("pct_start"),
                annealStrategy: OneCycle.Anneal(rawValue: $0.string("anneal_strategy"))!,
                divFactor: $0.number("div_factor"), finalDivFactor: $0.number("final_div_factor"),
                threePhase: $0.boolean("three_phase"), baseMomentum: $0.number("base_momentum"),
                maxMomentum: $0.number("max_momentum"))
        },
        ScheduleDefinition(
            "reduce_on_plateau", family: .pytorch,
            summary: "cut by factor when the metric stops improving (ReduceLROnPlateau); reactive",
            parameters: [
                .rate(),
                ParameterSpec("mode", .choice(["min", "max"]), default: .string("min"), "lower or higher is better"),
                ParameterSpec("factor", .number, default: .number(0.1), .openUnit, "multiplier at each cut"),
                ParameterSpec("patience", .integer, default: .number(10), .nonNegative, "bad observations tolerated"),
                ParameterSpec("threshold", .number, default: .number(1e-4), .nonNegative, "significant change"),
                ParameterSpec("threshold_mode", .choice(["rel", "abs"]), default: .string("rel"), "threshold kind"),
                ParameterSpec(
                    "cooldown", .integer, default: .number(0), .nonNegative, "observations ignored after a cut"),
                ParameterSpec("min_lr", .number, default: .number(0), .nonNegative, "floor of the rate"),
                ParameterSpec("eps", .number, default: .number(1e-8), .nonNegative, "smallest cut applied"),
            ]
        ) {
            .reactive(
                ReduceOnPlateau(
                    lr: $0.number("lr"), mode: .init(rawValue: $0.string("mode"))!, factor: $0.number("factor"),
                    patience: $0.integer("patience"), threshold: $0.number("threshold"),
                    thresholdMode: .init(rawValue: $0.string("threshold_mode"))!, cooldown: $0.integer("cooldown"),
                    minLR: $0.number("min_lr"), eps: $0.number("eps")))
        },
        .pure(
            "sequential", family: .pytorch,
            summary: "run schedules in turn; each child counts from its milestone (SequentialLR)",
            parameters: [
                .rate(),
                ParameterSpec(
                    "schedules", .schedules,
                    example: .array([
                        .object(["type": "linear", "start_factor": 0.1, "total_iters": 10]),
                        .object(["type": "cosine_annealing", "t_max": 90]),
                    ]), "child schedules; they inherit lr"),
                ParameterSpec(
                    "milestones", .integers, .positive, example: .array([10]), "steps where the next child starts"),
            ],
            build: buildSequential
        ),
        .pure(
            "chained", family: .pytorch,
            summary: "product of multiplicative children (ChainedScheduler)",
            parameters: [
                .rate(),
                ParameterSpec(
                    "schedules", .schedules,
                    example: .array([
                        .object(["type": "constant", "factor": 0.5, "total_iters": 10]),
                        .object(["type": "exponential", "gamma": 0.99]),
                    ]), "multiplicative children; they inherit lr"),
            ]
        ) { parameters in
            let allowed = ["step", "multi_step", "constant", "linear", "exponential", "polynomial"]
            let children = try parameters.schedules("schedules")
            guard case .array(let specs) = parameters.values["schedules"] else { return ConstantFactor(lr: 1) }
            return ChainedSchedule(
                lr: parameters.number("lr"),
                children: try zip(children, specs).enumerated().map { index, pair in
                    let field = "schedules[\(index)]"
                    guard case .object(let fields) = pair.1, case .string(let type) = fields["type"],
                        allowed.contains(type)
                    else {
                        throw parameters.error(
                            .inconsistent, field: field, value: pair.1.description,
                            message: "is not multiplicative", fix: "chain only: \(allowed.joined(separator: ", "))")
                    }
                    let schedule = try parameters.pureSchedule(pair.0, field: field)
                    return (schedule, schedule.base(type: type, fields: fields, fallback: parameters.number("lr")))
                })
        },
    ]

    @Sendable static func buildSequential(_ parameters: ResolvedParameters) throws -> any Schedule {
        let children = try parameters.schedules("schedules")
        let milestones = parameters.integers("milestones")
        guard milestones.count == children.count - 1 else {
            throw parameters.error(
                .inconsistent, field: "milestones", value: parameters.values["milestones"]?.description,
                message: "has \(milestones.count) entries for \(children.count) schedules",
                fix: "give one milestone fewer than schedules (\(children.count - 1))")
        }
        guard milestones == milestones.sorted(), Set(milestones).count == milestones.count else {
            throw parameters.error(
                .inconsistent, field: "milestones", value: parameters.values["milestones"]?.description,
                message: "must increase strictly", fix: "sort the milestones and remove repeats")
        }
        return SequentialSchedule(
            schedules: try children.enumerated().map { try parameters.pureSchedule($1, field: "schedules[\($0)]") },
            milestones: milestones)
    }
}

extension Schedule {
    /// The base rate of a chained child: its own `lr`, or the parent's.
    fileprivate func base(type: String, fields: [String: SpecValue], fallback: Double) -> Double {
        if case .number(let lr) = fields["lr"] { return lr }
        return fallback
    }
}
