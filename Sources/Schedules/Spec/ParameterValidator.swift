/// Checks one field's value against its declared kind and range.
enum ParameterValidator {
    static func check(_ value: SpecValue, against parameter: ParameterSpec, path: String) throws {
        func wrong(_ expected: String) -> ScheduleError {
            ScheduleError(
                .wrongType, field: path, value: value.description,
                message: "must be \(expected), not a \(value.typeName)",
                fix: "write \(parameter.name) as \(expected)")
        }
        func checkNumber(_ number: Double, integer: Bool, at field: String) throws {
            if integer, number.exactInteger == nil {
                throw ScheduleError(
                    .wrongType, field: field, value: "\(number)", message: "must be a whole number",
                    fix: "use an integer \(parameter.constraint.text)")
            }
            guard parameter.constraint.allows(number) else {
                throw ScheduleError(
                    .outOfRange, field: field, value: number.exactInteger.map(String.init) ?? "\(number)",
                    message: "is out of range", fix: "\(parameter.name) must be \(parameter.constraint.text)")
            }
        }
        switch parameter.kind {
        case .number, .integer:
            guard case .number(let number) = value else { throw wrong("a number") }
            try checkNumber(number, integer: parameter.kind == .integer, at: path)
        case .boolean:
            guard case .bool = value else { throw wrong("true or false") }
        case .choice(let options):
            guard case .string(let text) = value else { throw wrong("a string") }
            guard options.contains(text) else {
                let hint = EditDistance.suggestion(for: text, among: options).map { "did you mean \"\($0)\"? " }
                throw ScheduleError(
                    .outOfRange, field: path, value: "\"\(text)\"", message: "is not a valid choice",
                    fix: (hint ?? "") + "use one of: \(options.joined(separator: ", "))")
            }
        case .numbers, .integers:
            guard case .array(let items) = value else { throw wrong("a list of numbers") }
            for (index, item) in items.enumerated() {
                guard case .number(let number) = item else { throw wrong("a list of numbers") }
                try checkNumber(number, integer: parameter.kind == .integers, at: "\(path)[\(index)]")
            }
        case .schedule:
            guard case .object = value else { throw wrong("a schedule object") }
        case .schedules:
            guard case .array(let items) = value, !items.isEmpty else { throw wrong("a non-empty list of schedules") }
        }
    }
}
