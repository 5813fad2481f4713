/// A schedule type in the catalogue: its name, family, counting convention, fields and builder.
public struct ScheduleDefinition: Sendable {
    /// The library a schedule's semantics come from.
    public enum Family: String, Sendable, CaseIterable {
        /// `torch.optim.lr_scheduler`.
        case pytorch = "PyTorch"
        /// `transformers.optimization`.
        case huggingFace = "Hugging Face"
        /// `optax` schedules.
        case optax
        /// `keras.optimizers.schedules`.
        case keras = "Keras"
        /// `timm.scheduler`.
        case timm
        /// Anneal's combinators (warmup, scaling, companions).
        case composition = "Anneal"
    }

    /// The spec's `type` value.
    public let type: String
    /// The source library.
    public let family: Family
    /// One line on what the schedule does.
    public let summary: String
    /// How the source library counts steps, when it differs from PyTorch's.
    public let convention: String
    /// The fields it takes.
    public let parameters: [ParameterSpec]
    /// Builds the schedule from validated fields.
    public let build: @Sendable (ResolvedParameters) throws -> BuiltSchedule

    /// Declares a schedule type.
    public init(
        _ type: String, family: Family, summary: String, convention: String = "", parameters: [ParameterSpec],
        build: @escaping @Sendable (ResolvedParameters) throws -> BuiltSchedule
    ) {
        self.type = type
        self.family = family
        self.summary = summary
        self.convention = convention
        self.parameters = parameters
        self.build = build
    }

    /// Declares a pure schedule type.
    public static func pure(
        _ type: String, family: Family, summary: String, convention: String = "", parameters: [ParameterSpec],
        build: @escaping @Sendable (ResolvedParameters) throws -> any Schedule
    ) -> ScheduleDefinition {
        ScheduleDefinition(
            type, family: family, summary: summary, convention: convention, parameters: parameters,
            build: { .pure(try build($0)) })
    }
}
