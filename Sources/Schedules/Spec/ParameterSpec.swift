/// One field a schedule type takes: its JSON kind, default and allowed range.
public struct ParameterSpec: Sendable {
    /// The JSON shape of a field.
    public enum Kind: Sendable, Equatable {
        /// A finite number.
        case number
        /// A whole number.
        case integer
        /// `true` or `false`.
        case boolean
        /// One of the listed strings.
        case choice([String])
        /// A list of numbers.
        case numbers
        /// A list of whole numbers.
        case integers
        /// One child schedule spec.
        case schedule
        /// A list of child schedule specs.
        case schedules
    }

    /// The numeric range a value (or each element of a list) must lie in.
    public enum Constraint: Sendable, Equatable {
        /// Any finite value.
        case finite
        /// Strictly above zero.
        case positive
        /// Zero or above.
        case nonNegative
        /// Strictly between zero and one.
        case openUnit
        /// Zero to one inclusive.
        case unit
        /// Strictly above zero and at most one.
        case fraction
        /// At least the given value.
        case atLeast(Double)

        func allows(_ value: Double) -> Bool {
            guard value.isFinite else { return false }
            switch self {
            case .finite: return true
            case .positive: return value > 0
            case .nonNegative: return value >= 0
            case .openUnit: return value > 0 && value < 1
            case .unit: return value >= 0 && value <= 1
            case .fraction: return value > 0 && value <= 1
            case .atLeast(let bound): return value >= bound
            }
        }

        /// The allowed range in words, for error messages and the catalogue.
        public var text: String {
            switch self {
            case .finite: "a finite number"
            case .positive: "> 0"
            case .nonNegative: ">= 0"
            case .openUnit: "in (0, 1)"
            case .unit: "in [0, 1]"
            case .fraction: "in (0, 1]"
            case .atLeast(let bound): ">= \(bound.exactInteger.map(String.init) ?? "\(bound)")"
            }
        }
    }

    /// The field name, in the source library's snake_case.
    public let name: String
    /// The JSON shape.
    public let kind: Kind
    /// The source library's default; `nil` means required, `.null` means optional with no value.
    public let defaultValue: SpecValue?
    /// The allowed numeric range.
    public let constraint: Constraint
    /// What the field means.
    public let summary: String
    /// Whether a child schedule inherits this field from its parent (the base rate `lr`).
    public let inherited: Bool
    /// A sensible value for examples (`ScheduleDefinition.exampleSpec`), when the generic guess would not do.
    public let example: SpecValue?

    /// Declares a field; `example` is written into example specs (see `ScheduleDefinition.exampleSpec`).
    public init(
        _ name: String, _ kind: Kind, default defaultValue: SpecValue? = nil, _ constraint: Constraint = .finite,
        inherited: Bool = false, example: SpecValue? = nil, _ summary: String
    ) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.constraint = constraint
        self.summary = summary
        self.inherited = inherited
        self.example = example
    }

    /// Declares a field with no numeric range (booleans, choices, schedules).
    public init(
        _ name: String, _ kind: Kind, default defaultValue: SpecValue? = nil, inherited: Bool = false,
        example: SpecValue? = nil, _ summary: String
    ) {
        self.init(name, kind, default: defaultValue, .finite, inherited: inherited, example: example, summary)
    }

    /// The base learning rate, required unless a parent schedule or the optimizer supplies it.
    public static func rate(_ name: String = "lr", _ summary: String = "base learning rate") -> ParameterSpec {
        ParameterSpec(name, .number, .positive, inherited: true, summary)
    }

    /// The kind in words, for the catalogue.
    public var kindText: String {
        switch kind {
        case .number: "number"
        case .integer: "integer"
        case .boolean: "boolean"
        case .choice(let options): options.joined(separator: "|")
        case .numbers: "[number]"
        case .integers: "[integer]"
        case .schedule: "schedule"
        case .schedules: "[schedule]"
        }
    }
}
