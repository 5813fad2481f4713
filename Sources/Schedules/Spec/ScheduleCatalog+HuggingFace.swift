extension ScheduleCatalog {
    static let huggingFaceConvention =
        "LambdaLR over the optimizer's lr: step t is get_last_lr() after t calls of scheduler.step() (PyTorch's)"

    /// `transformers.optimization`, equal to transformers 5.x's `LambdaLR` schedules.
    static let huggingFaceDefinitions: [ScheduleDefinition] = [
        .pure(
            "hf.linear", family: .huggingFace,
            summary:
                "linear warmup from 0, then linear decay to 0 at num_training_steps (get_linear_schedule_with_warmup)",
            convention: huggingFaceConvention,
            parameters: [.rate(), hfWarmup(), hfTraining()]
        ) { parameters in
            try parameters.requireOrdered("num_warmup_steps", "num_training_steps")
            return HuggingFace.Linear(
                lr: parameters.number("lr"), numWarmupSteps: parameters.integer("num_warmup_steps"),
                numTrainingSteps: parameters.integer("num_training_steps"))
        },
        .pure(
            "hf.cosine", family: .huggingFace,
            summary: "linear warmup, then num_cycles cosine waves from lr to 0 (get_cosine_schedule_with_warmup)",
            convention: huggingFaceConvention,
            parameters: [
                .rate(), hfWarmup(), hfTraining(),
                ParameterSpec(
                    "num_cycles", .number, default: .number(0.5), .positive, "cosine waves (0.5 = half cosine)"),
            ]
        ) { parameters in
            try parameters.requireOrdered("num_warmup_steps", "num_training_steps")
            return HuggingFace.Cosine(
                lr: parameters.number("lr"), numWarmupSteps: parameters.integer("num_warmup_steps"),
                numTrainingSteps: parameters.integer("num_training_steps"), numCycles: parameters.number("num_cycles"))
        },
        .pure(
            "hf.cosine_with_hard_restarts", family: .huggingFace,
            summary: "linear warmup, then num_cycles half cosines to 0, each restarting at lr "
                + "(get_cosine_with_hard_restarts_schedule_with_warmup)",
            convention: huggingFaceConvention,
            parameters: [
                .rate(), hfWarmup(), hfTraining(),
                ParameterSpec("num_cycles", .integer, default: .number(1), .positive, "hard restarts"),
            ]
        ) { parameters in
            try parameters.requireOrdered("num_warmup_steps", "num_training_steps")
            return HuggingFace.CosineWithHardRestarts(
                lr: parameters.number("lr"), numWarmupSteps: parameters.integer("num_warmup_steps"),
                numTrainingSteps: parameters.integer("num_training_steps"), numCycles: parameters.integer("num_cycles"))
        },
        .pure(
            "hf.polynomial", family: .huggingFace,
            summary: "linear warmup, then polynomial decay from lr to the absolute lr_end "
                + "(get_polynomial_decay_schedule_with_warmup)",
            convention: huggingFaceConvention,
            parameters: [
                .rate(), hfWarmup(), hfTraining(),
                ParameterSpec("lr_end", .number, default: .number(1e-7), .nonNegative, "final rate (absolute, < lr)"),
                ParameterSpec("power", .number, default: .number(1), .nonNegative, "exponent of the decay"),
            ]
        ) { parameters in
            let lr = parameters.number("lr")
            let lrEnd = parameters.number("lr_end")
            guard lrEnd < lr else {
                throw parameters.error(
                    .inconsistent, field: "lr_end", value: parameters.values["lr_end"]?.description,
                    message: "is not below lr = \(parameters.values["lr"]?.description ?? "?")",
                    fix: "lr_end is an absolute rate: make it smaller than lr (e.g. lr / 100)")
            }
            let warmup = parameters.integer("num_warmup_steps")
            let total = parameters.integer("num_training_steps")
            guard warmup < total else {
                throw parameters.error(
                    .inconsistent, field: "num_warmup_steps", value: "\(warmup)",
                    message: "leaves no decay steps before num_training_steps = \(total)",
                    fix: "make num_warmup_steps < num_training_steps")
            }
            return HuggingFace.Polynomial(
                lr: lr, numWarmupSteps: warmup, numTrainingSteps: total, lrEnd: lrEnd, power: parameters.number("power")
            )
        },
        .pure(
            "hf.constant", family: .huggingFace,
            summary: "optional linear warmup, then constant lr (get_constant_schedule[_with_warmup])",
            convention: huggingFaceConvention,
            parameters: [.rate(), hfWarmup(default: 0)]
        ) { HuggingFace.Constant(lr: $0.number("lr"), numWarmupSteps: $0.integer("num_warmup_steps")) },
        .pure(
            "hf.inverse_sqrt", family: .huggingFace,
            summary: "linear warmup, then lr / sqrt((t + timescale - warmup) / timescale) (get_inverse_sqrt_schedule)",
            convention: huggingFaceConvention,
            parameters: [
                .rate(), hfWarmup(),
                ParameterSpec(
                    "timescale", .integer, default: .null, .positive,
                    "decay time scale (default: num_warmup_steps, or 10000 when that is 0)"),
            ]
        ) {
            HuggingFace.InverseSqrt(
                lr: $0.number("lr"), numWarmupSteps: $0.integer("num_warmup_steps"),
                timescale: $0.optionalInteger("timescale"))
        },
        .pure(
            "hf.cosine_with_min_lr", family: .huggingFace,
            summary: "linear warmup, then cosine from lr to min_lr (or lr · min_lr_rate) "
                + "(get_cosine_with_min_lr_schedule_with_warmup)",
            convention: huggingFaceConvention,
            parameters: hfMinLRFields
        ) {
            HuggingFace.Cosine(
                lr: $0.number("lr"), numWarmupSteps: $0.integer("num_warmup_steps"),
                numTrainingSteps: $0.integer("num_training_steps"), numCycles: $0.number("num_cycles"),
                minLRRate: try hfMinLRRate($0))
        },
        .pure(
            "hf.cosine_warmup_with_min_lr", family: .huggingFace,
            summary: "warmup from lr / num_warmup_steps (or lr · warmup_lr_rate), then cosine to min_lr, one step "
                + "ahead (get_cosine_with_min_lr_schedule_with_warmup_lr_rate)",
            convention: huggingFaceConvention,
            parameters: hfMinLRFields + [
                ParameterSpec("warmup_lr_rate", .number, default: .null, .unit, "first warmup rate as a fraction of lr")
            ]
        ) {
            HuggingFace.CosineWarmupWithMinLR(
                lr: $0.number("lr"), numWarmupSteps: $0.integer("num_warmup_steps"),
                numTrainingSteps: $0.integer("num_training_steps"), numCycles: $0.number("num_cycles"),
                minLRRate: try hfMinLRRate($0), warmupLRRate: $0.optionalNumber("warmup_lr_rate"))
        },
        .pure(
            "hf.warmup_stable_decay", family: .huggingFace,
            summary: "warmup, stable phase at lr, then decay to lr · min_lr_ratio (get_wsd_schedule)",
            convention: huggingFaceConvention,
            parameters: [
                .rate(), hfWarmup(),
                ParameterSpec("num_decay_steps", .integer, .nonNegative, "steps of decay"),
                ParameterSpec(
                    "num_stable_steps", .integer, default: .null, .nonNegative,
                    "steps at lr; or give num_training_steps"),
                ParameterSpec(
                    "num_training_steps", .integer, default: .null, .nonNegative,
                    "total steps (stable = total - warmup - decay); used when num_stable_steps is absent"),
                ParameterSpec("warmup_type", .choice(wsdCurves), default: .string("linear"), "warmup curve"),
                ParameterSpec("decay_type", .choice(wsdCurves), default: .string("cosine"), "decay curve"),
                ParameterSpec("min_lr_ratio", .number, default: .number(0), .unit, "lowest rate as a fraction of lr"),
                ParameterSpec(
                    "num_cycles", .number, default: .number(0.5), .positive, "cosine waves in a cosine decay"),
            ],
            build: buildWarmupStableDecay
        ),
    ]

    static let wsdCurves = HuggingFace.WarmupStableDecay.Curve.allCases.map(\.rawValue)

    static func hfWarmup(default value: Double? = nil) -> ParameterSpec {
        ParameterSpec(
            "num_warmup_steps", .integer, default: value.map(SpecValue.number), .nonNegative,
            "steps of linear warmup from 0")
    }

    static func hfTraining() -> ParameterSpec {
        ParameterSpec("num_training_steps", .integer, .positive, "total training steps")
    }

    /// `min_lr_rate`, or `min_lr / lr`: exactly one of the two must be set, as in transformers.
    static func hfMinLRRate(_ parameters: ResolvedParameters) throws -> Double {
        try parameters.requireOrdered("num_warmup_steps", "num_training_steps")
        switch (parameters.optionalNumber("min_lr"), parameters.optionalNumber("min_lr_rate")) {
        case (let minLR?, nil):
            try parameters.requireOrdered("min_lr", "lr")
            return minLR / parameters.number("lr")
        case (nil, let minLRRate?):
            return minLRRate
        case (.some, .some):
            throw parameters.error(
                .inconsistent, field: "min_lr", value: parameters.values["min_lr"]?.description,
                message: "and min_lr_rate are both set", fix: "set only one of min_lr and min_lr_rate")
        case (nil, nil):
            throw parameters.error(
                .missingField, field: "min_lr", value: nil, message: "is missing (and so is min_lr_rate)",
                fix: "add \"min_lr\": an absolute rate, or \"min_lr_rate\": a fraction of lr")
        }
    }

    static let hfMinLRFields: [ParameterSpec] = [
        .rate(), hfWarmup(), hfTraining(),
        ParameterSpec("num_cycles", .number, default: .number(0.5), .positive, "cosine waves (0.5 = half cosine)"),
        ParameterSpec("min_lr", .number, default: .null, .nonNegative, "minimum rate (absolute); or min_lr_rate"),
        ParameterSpec("min_lr_rate", .number, default: .null, .unit, "minimum rate as a fraction of lr; or min_lr"),
    ]

    @Sendable static func buildWarmupStableDecay(_ parameters: ResolvedParameters) throws -> any Schedule {
        let warmup = parameters.integer("num_warmup_steps")
        let decay = parameters.integer("num_decay_steps")
        let stable: Int
        if let given = parameters.optionalInteger("num_stable_steps") {
            stable = given
        } else if let total = parameters.optionalInteger("num_training_steps") {
            guard total >= warmup + decay else {
                throw parameters.error(
                    .inconsistent, field: "num_training_steps", value: "\(total)",
                    message: "is below num_warmup_steps + num_decay_steps = \(warmup + decay)",
                    fix: "raise num_training_steps or shorten warmup or decay")
            }
            stable = total - warmup - decay
        } else {
            throw parameters.error(
                .missingField, field: "num_stable_steps", value: nil,
                message: "is missing (and so is num_training_steps)",
                fix: "add \"num_stable_steps\" or \"num_training_steps\"")
        }
        return HuggingFace.WarmupStableDecay(
            lr: parameters.number("lr"), numWarmupSteps: warmup, numStableSteps: stable, numDecaySteps: decay,
            warmupType: .init(rawValue: parameters.string("warmup_type")) ?? .linear,
            decayType: .init(rawValue: parameters.string("decay_type")) ?? .cosine,
            minLRRatio: parameters.number("min_lr_ratio"), numCycles: parameters.number("num_cycles"))
    }
}
