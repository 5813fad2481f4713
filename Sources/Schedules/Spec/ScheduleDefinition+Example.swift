extension ScheduleDefinition {
    /// A valid spec of this type for examples and catalogue listings: every required field filled with a sensible
    /// value (the field's declared `example`, else a guess from its name, kind and range), plus fields that declare
    /// an example. Defaults are left out; `ScheduleCatalog.normalized(_:)` writes them.
    ///
    /// When the builder still objects, the example is repaired a few times: an optional field it asks for (one of
    /// a pair required together) is filled, and a list whose length does not fit its siblings is tried at the
    /// other length. Declare `example:` on a field whose guess is not valid.
    public var exampleSpec: ScheduleSpec {
        var fields: [String: SpecValue] = [:]
        for parameter in parameters where parameter.defaultValue == nil || parameter.example != nil {
            fields[parameter.name] = parameter.example ?? parameter.guessedExample
        }
        var spec = ScheduleSpec(type: type, parameters: fields)
        guard ScheduleCatalog.standard.definition(for: type) != nil else { return spec }
        var retried: Set<String> = []
        for _ in 0...(2 * parameters.count) {
            do {
                _ = try ScheduleCatalog.standard.build(spec)
                return spec
            } catch let error as ScheduleError {
                let name = String(error.field.prefix { $0 != "." && $0 != "[" })
                guard let parameter = parameters.first(where: { $0.name == name }) else { return spec }
                if error.code == .missingField, spec.parameters[name] == nil {
                    spec.parameters[name] = parameter.example ?? parameter.guessedExample
                } else if parameter.example == nil, let other = parameter.otherLengthExample,
                    retried.insert(name).inserted
                {
                    spec.parameters[name] = other
                } else {
                    return spec
                }
            } catch {
                return spec
            }
        }
        return spec
    }
}

extension ParameterSpec {
    /// A child schedule used when a composition field declares no example.
    static let exampleChild: SpecValue = ["type": "cosine_annealing", "lr": 0.1, "t_max": 100]

    /// A list guess of the other length (one ↔ two items), for lists sized by a sibling field.
    var otherLengthExample: SpecValue? {
        switch kind {
        case .schedules: [Self.exampleChild]
        case .integers: [30, 60]
        case .numbers: [0.1, 0.01]
        default: nil
        }
    }

    /// A plausible value from the field's name, kind and allowed range.
    var guessedExample: SpecValue {
        let lower = name.lowercased()
        switch kind {
        case .boolean: return .bool(false)
        case .choice(let options): return options.first.map(SpecValue.string) ?? .null
        case .schedule: return Self.exampleChild
        // Two children and one boundary: the shape of every sequence (sequential, join).
        case .schedules: return [Self.exampleChild, Self.exampleChild]
        case .integers: return [50]
        case .numbers: return [0.5]
        case .integer:
            if case .atLeast(let bound) = constraint { return .number(max(bound.rounded(.up), 1)) }
            return .number(lower.contains("warmup") ? 10 : 100)
        case .number:
            switch constraint {
            case .openUnit, .unit, .fraction: return .number(0.5)
            case .atLeast(let bound): return .number(bound)
            case .nonNegative where !lower.contains("lr") && !lower.contains("rate") && !lower.contains("value"):
                return .number(0)
            default: break
            }
            if ["min", "end", "final", "last"].contains(where: lower.contains) { return .number(0.001) }
            if lower.contains("gamma") || lower.contains("decay_rate") { return .number(0.9) }
            if lower.contains("lr") || lower.contains("rate") || lower.contains("value") { return .number(0.1) }
            return .number(constraint == .finite ? 0 : 1)
        }
    }
}
