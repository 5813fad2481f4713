import Datasets
import Foundation

extension DataCheck {
    /// `schema-type`, `schema-nullable`, `schema-range` and `new-category` findings of `table` against `schema`.
    ///
    /// Against a declared schema every violation is an error. Against the schema inferred from the training
    /// table (when checking the test table without a declared one), a different kind of column (text where
    /// numbers were) is still an error, but new missing values, values outside the training range and new
    /// categories are warnings: the model will extrapolate or see an unknown category.
    static func schemaFindings(
        _ table: Table, schema: Schema, table name: String, declared: Bool, options: DataCheckOptions
    ) -> [Finding] {
        var findings: [Finding] = []
        let violation: Severity = declared ? .error : .warning
        let source = declared ? "the schema" : "the training data"
        for expected in schema.columns {
            guard let column = table[expected.name] else {
                findings.append(
                    Finding(
                        code: .schemaType, severity: .error, columns: [expected.name], table: name,
                        message: "column '\(expected.name)' (\(expected.type.rawValue) in \(source)) is absent",
                        fix: "add the column to the \(name) file, or remove it from the schema if it is obsolete"))
                continue
            }
            guard expected.accepts(column.type) else {
                findings.append(
                    typeFinding(column, expected: expected, table: name, declared: declared, options: options))
                continue
            }
            if !expected.nullable && column.missingCount > 0 {
                let rows = (0..<table.rowCount).lazy.filter { column.isMissing($0) }.prefix(options.examples)
                findings.append(
                    Finding(
                        code: .schemaNullable, severity: violation, columns: [expected.name], table: name,
                        message: "column '\(expected.name)' has \(column.missingCount) missing values but "
                            + "\(source) has none",
                        evidence: Evidence(numbers: ["missing": Double(column.missingCount)], rows: Array(rows)),
                        fix: "fill in the missing values upstream, or declare the column nullable"))
            }
            if column.type.isNumeric, expected.minimum != nil || expected.maximum != nil {
                let low = expected.minimum ?? -.infinity
                let high = expected.maximum ?? .infinity
                let rows = column.numbers.indices.filter { column.numbers[$0] < low || column.numbers[$0] > high }
                if !rows.isEmpty {
                    let range =
                        "[\(expected.minimum.map(NumberText.exact) ?? "-inf"), "
                        + "\(expected.maximum.map(NumberText.exact) ?? "inf")]"
                    let shown = Array(rows.prefix(options.examples))
                    findings.append(
                        Finding(
                            code: .schemaRange, severity: violation, columns: [expected.name], table: name,
                            message: "column '\(expected.name)' has \(rows.count) values outside \(range) of \(source)",
                            evidence: Evidence(
                                numbers: [
                                    "rows": Double(rows.count), "share": Double(rows.count) / Double(table.rowCount),
                                    "minimum": expected.minimum ?? -.infinity, "maximum": expected.maximum ?? .infinity,
                                ], rows: shown, values: shown.map { NumberText.exact(column.numbers[$0]) }),
                            fix: declared
                                ? "correct the values (entry or unit errors) or widen the schema's range"
                                : "the model never saw such values: check them, or retrain with data that covers them"))
                }
            }
            if column.type == .categorical, let allowed = expected.categories {
                if let finding = categoryFinding(
                    column, allowed: allowed, table: name, declared: declared, options: options)
                {
                    findings.append(finding)
                }
            }
        }
        let known = Set(schema.columns.map(\.name))
        let extra = table.columnNames.filter { !known.contains($0) }
        if !extra.isEmpty {
            findings.append(
                Finding(
                    code: .schemaType, severity: .info, columns: extra, table: name,
                    message: "\(extra.count) columns are not in \(source): \(extra.joined(separator: ", "))",
                    fix: declared ? "add them to the schema, or drop them" : "they will be ignored by the model"))
        }
        return findings
    }

    private static func typeFinding(
        _ column: Column, expected: SchemaColumn, table: String, declared: Bool, options: DataCheckOptions
    ) -> Finding {
        var values: [String] = []
        var fix = "convert the column to \(expected.type.rawValue) upstream, or change its type in the schema"
        if expected.type.isNumeric && column.type == .categorical {
            values = Array(
                column.levels.filter { Double($0.trimmingCharacters(in: .whitespaces)) == nil }
                    .prefix(options.examples))
            fix = "these values do not read as numbers: fix or blank them (missing tokens: NA, null, empty)"
        }
        let kindChanged = expected.type.isNumeric != column.type.isNumeric
        return Finding(
            code: .schemaType, severity: declared || kindChanged ? .error : .warning, columns: [column.name],
            table: table,
            message: "column '\(column.name)' is \(column.type.rawValue) but "
                + "\(declared ? "the schema declares" : "the training data has") \(expected.type.rawValue)",
            evidence: Evidence(values: values), fix: fix)
    }

    private static func categoryFinding(
        _ column: Column, allowed: [String], table: String, declared: Bool, options: DataCheckOptions
    ) -> Finding? {
        let known = Set(allowed)
        let unknownLevels = Set(column.levels.indices.filter { !known.contains(column.levels[$0]) }.map { Int32($0) })
        guard !unknownLevels.isEmpty else { return nil }
        let rows = column.codes.indices.filter { unknownLevels.contains(column.codes[$0]) }
        guard !rows.isEmpty else { return nil }
        let categories = unknownLevels.sorted().map { column.levels[Int($0)] }
        return Finding(
            code: .newCategory, severity: declared ? .error : .warning, columns: [column.name], table: table,
            message: "column '\(column.name)' has \(categories.count) categories not in "
                + "\(declared ? "the schema" : "the training data"), in \(rows.count) rows",
            evidence: Evidence(
                numbers: ["categories": Double(categories.count), "rows": Double(rows.count)],
                rows: Array(rows.prefix(options.examples)), values: Array(categories.prefix(options.examples))),
            fix: declared
                ? "correct the values (spelling, case) or add them to the schema's categories"
                : "the encoder maps unknown categories to all-zero; retrain with data that contains them, or map "
                    + "them to a known category")
    }
}
