/// The validated fields of one spec, with defaults filled in and typed accessors for builders.
///
/// Every accessor is safe for a field the definition declares: validation has already checked its kind and range.
public struct ResolvedParameters: Sendable {
    /// The filled-in values, by field name.
    public let values: [String: SpecValue]
    /// Where this spec sits inside its parent, for error messages (`schedules[1]`).
    public let path: String
    let catalog: ScheduleCatalog

    /// A number field (an absent optional reads as NaN; use `optionalNumber`).
    public func number(_ name: String) -> Double { optionalNumber(name) ?? .nan }

    /// A number field, or `nil` when it is optional and absent.
    public func optionalNumber(_ name: String) -> Double? {
        if case .number(let value) = values[name] { return value }
        return nil
    }

    /// A whole-number field.
    public func integer(_ name: String) -> Int { optionalInteger(name) ?? 0 }

    /// A whole-number field, or `nil` when optional and absent.
    public func optionalInteger(_ name: String) -> Int? { optionalNumber(name).flatMap(\.exactInteger) }

    /// A boolean field.
    public func boolean(_ name: String) -> Bool {
        if case .bool(let value) = values[name] { return value }
        return false
    }

    /// A string (choice) field.
    public func string(_ name: String) -> String {
        if case .string(let value) = values[name] { return value }
        return ""
    }

    /// A list-of-numbers field.
    public func numbers(_ name: String) -> [Double] {
        guard case .array(let items) = values[name] else { return [] }
        return items.compactMap { if case .number(let value) = $0 { value } else { nil } }
    }

    /// A list-of-whole-numbers field.
    public func integers(_ name: String) -> [Int] { numbers(name).compactMap(\.exactInteger) }

    /// Builds a child schedule field; the child inherits this spec's `lr` when it has one.
    /// - Throws: `ScheduleError` for an invalid child.
    public func schedule(_ name: String) throws -> BuiltSchedule {
        guard case .object(let fields) = values[name] else { throw missing(name) }
        let childPath = ScheduleSpec.join(path, name)
        return try catalog.build(
            ScheduleSpec(fields: fields, path: childPath), inheritedRate: optionalNumber("lr"), path: childPath)
    }

    /// Builds a list of child schedules; each inherits this spec's `lr` when it has one.
    /// - Throws: `ScheduleError` for an invalid child.
    public func schedules(_ name: String) throws -> [BuiltSchedule] {
        guard case .array(let items) = values[name] else { throw missing(name) }
        return try items.enumerated().map { index, item in
            let childPath = ScheduleSpec.join(path, "\(name)[\(index)]")
            guard case .object(let fields) = item else {
                throw ScheduleError(
                    .wrongType, field: childPath, value: item.description, message: "must be a schedule object",
                    fix: "write each child as {\"type\": ..., ...}")
            }
            return try catalog.build(
                ScheduleSpec(fields: fields, path: childPath), inheritedRate: optionalNumber("lr"), path: childPath)
        }
    }

    /// Builds a child that must be pure (not reactive).
    /// - Throws: `ScheduleError` when the child is reactive.
    public func pureSchedule(_ built: BuiltSchedule, field: String) throws -> any Schedule {
        switch built {
        case .pure(let schedule): return schedule
        case .reactive:
            throw error(
                .inconsistent, field: field, value: nil, message: "is reactive and cannot be used here",
                fix: "use a reactive schedule at the top level, optionally inside `warmup`")
        }
    }

    /// An error for a field of this spec, with its full path.
    public func error(
        _ code: ScheduleError.Code, field: String, value: String?, message: String, fix: String
    ) -> ScheduleError {
        ScheduleError(code, field: ScheduleSpec.join(path, field), value: value, message: message, fix: fix)
    }

    /// Fails unless `low <= high`, naming both fields ("min above max").
    /// - Throws: `ScheduleError.inconsistent`.
    public func requireOrdered(_ lowName: String, _ highName: String) throws {
        let low = number(lowName)
        let high = number(highName)
        guard low <= high else {
            throw error(
                .inconsistent, field: lowName, value: values[lowName]?.description,
                message: "is above \(highName) = \(values[highName]?.description ?? "?")",
                fix: "make \(lowName) <= \(highName)")
        }
    }

    private func missing(_ name: String) -> ScheduleError {
        error(.missingField, field: name, value: nil, message: "is missing", fix: "add it")
    }
}
