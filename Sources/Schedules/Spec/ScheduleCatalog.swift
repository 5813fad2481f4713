/// Every schedule type Anneal knows, and the validating builder that turns specs into schedules.
public struct ScheduleCatalog: Sendable {
    /// The schedule types.
    public let definitions: [ScheduleDefinition]

    /// Creates a catalogue from definitions (type names must be unique).
    public init(definitions: [ScheduleDefinition]) {
        self.definitions = definitions
    }

    /// All families: PyTorch, Hugging Face, optax, Keras, timm, and composition.
    public static let standard = ScheduleCatalog(
        definitions: pytorchDefinitions + compositionDefinitions + huggingFaceDefinitions + optaxDefinitions
            + kerasDefinitions + timmDefinitions)

    /// All type names, in catalogue order.
    public var typeNames: [String] { definitions.map(\.type) }

    /// The definition of `type`, if it exists.
    public func definition(for type: String) -> ScheduleDefinition? {
        definitions.first { $0.type == type }
    }

    /// Validates `spec` and builds its schedule.
    /// - Parameters:
    ///   - spec: The schedule description.
    ///   - inheritedRate: A base rate used when the spec has no `lr` (from a parent or the optimizer).
    /// - Throws: `ScheduleError` naming the field, the value and the fix.
    public func build(_ spec: ScheduleSpec, inheritedRate: Double? = nil) throws -> BuiltSchedule {
        try build(spec, inheritedRate: inheritedRate, path: "")
    }

    func build(_ spec: ScheduleSpec, inheritedRate: Double?, path: String) throws -> BuiltSchedule {
        let (definition, resolved) = try resolve(spec, inheritedRate: inheritedRate, path: path)
        return try definition.build(resolved)
    }

    /// The spec with every default written out (children are left as written).
    /// - Throws: `ScheduleError` when the spec is invalid.
    public func normalized(_ spec: ScheduleSpec, inheritedRate: Double? = nil) throws -> ScheduleSpec {
        let (_, resolved) = try resolve(spec, inheritedRate: inheritedRate, path: "")
        return ScheduleSpec(type: spec.type, parameters: resolved.values.filter { $0.value != .null })
    }

    func resolve(
        _ spec: ScheduleSpec, inheritedRate: Double?, path: String
    ) throws -> (ScheduleDefinition, ResolvedParameters) {
        guard let definition = definition(for: spec.type) else {
            let hint = EditDistance.suggestion(for: spec.type, among: typeNames).map { "did you mean \"\($0)\"? " }
            throw ScheduleError(
                .unknownType, field: ScheduleSpec.join(path, "type"), value: "\"\(spec.type)\"",
                message: "is not a schedule type",
                fix: (hint ?? "") + "valid types: \(typeNames.joined(separator: ", "))")
        }
        let known = definition.parameters.map(\.name)
        for field in spec.parameters.keys.sorted() where !known.contains(field) {
            let hint = EditDistance.suggestion(for: field, among: known).map { "did you mean \"\($0)\"? " }
            throw ScheduleError(
                .unknownField, field: ScheduleSpec.join(path, field), value: spec.parameters[field]?.description,
                message: "is not a field of \(spec.type)",
                fix: (hint ?? "") + "\(spec.type) takes: \(known.joined(separator: ", "))")
        }
        var values: [String: SpecValue] = [:]
        for parameter in definition.parameters {
            let fieldPath = ScheduleSpec.join(path, parameter.name)
            let inherited = parameter.inherited ? inheritedRate.map(SpecValue.number) : nil
            guard let value = spec.parameters[parameter.name] ?? inherited ?? parameter.defaultValue else {
                throw ScheduleError(
                    .missingField, field: fieldPath, value: nil, message: "is missing (\(parameter.summary))",
                    fix: "add \"\(parameter.name)\": a \(parameter.kindText) \(parameter.constraint.text)")
            }
            if value == .null, parameter.defaultValue == .null {
                values[parameter.name] = .null
                continue
            }
            try ParameterValidator.check(value, against: parameter, path: fieldPath)
            values[parameter.name] = value
        }
        return (definition, ResolvedParameters(values: values, path: path, catalog: self))
    }
}
