extension FeatureEncoder {
    /// What `transform` does with a column the encoder was not fitted on.
    public enum UnknownColumns: Sendable {
        /// Throw `DatasetError.unknownColumn` (default: catches a file with the wrong schema).
        case error
        /// Leave it out.
        case ignore
    }

    /// Applies the training transform to `table`.
    /// - Parameters:
    ///   - table: rows to encode; needs every input column (the target column may be present and is ignored).
    ///   - unknownColumns: what to do with columns the encoder does not know.
    /// - Returns: a row-major `Float` matrix with `outputColumns` as column names.
    /// - Throws: `DatasetError` `.missingColumn` for an absent input column, `.unknownColumn` for an extra one
    ///   (with `.error`), `.wrongType` for text in a numeric column.
    public func transform(_ table: Table, unknownColumns: UnknownColumns = .error) throws -> EncodedFeatures {
        if unknownColumns == .error {
            let known = Set(inputColumns + (target.map { [$0] } ?? []))
            if let extra = table.columnNames.first(where: { !known.contains($0) }) {
                throw DatasetError(
                    .unknownColumn,
                    "the encoder was not fitted on column '\(extra)'; it knows "
                        + "\(inputColumns.joined(separator: ", ")). Drop the column or pass unknownColumns: .ignore")
            }
        }
        let width = outputColumns.count
        let rows = table.rowCount
        var values = [Float](repeating: 0, count: rows * width)
        var offset = 0
        for encoding in encodings {
            guard let column = table[encoding.name] else {
                throw DatasetError(
                    .missingColumn,
                    "the required input column '\(encoding.name)' is absent; the encoder needs "
                        + "\(inputColumns.joined(separator: ", "))")
            }
            let produced = try fill(&values, width: width, offset: offset, from: column, with: encoding)
            offset += produced
        }
        return EncodedFeatures(values: values, rowCount: rows, columnNames: outputColumns)
    }

    /// Writes one input column's outputs at `offset` of every row and returns how many outputs it has.
    private func fill(
        _ values: inout [Float], width: Int, offset: Int, from column: Column, with encoding: ColumnEncoding
    ) throws -> Int {
        let rows = column.count
        let indicator = encoding.indicatesMissing
        switch encoding.transform {
        case .standardized, .passthrough:
            var (fill, mean, scale) = (0.0, 0.0, 1.0)
            if case .standardized(let fitted, let fittedMean, let fittedScale) = encoding.transform {
                (fill, mean, scale) = (fitted, fittedMean, fittedScale)
            } else if case .passthrough(let fitted) = encoding.transform {
                fill = fitted
            }
            guard column.type != .categorical else {
                throw DatasetError(
                    .wrongType,
                    "column '\(column.name)' holds text but the encoder was fitted on \(encoding.type) "
                        + "values; read it with types: [\"\(column.name)\": .\(encoding.type)] or fix the values")
            }
            values.withUnsafeMutableBufferPointer { output in
                for row in 0..<rows {
                    let raw = column.numbers[row]
                    let missing = raw.isNaN
                    output[row * width + offset] = Float(((missing ? fill : raw) - mean) / scale)
                    if indicator { output[row * width + offset + 1] = missing ? 1 : 0 }
                }
            }
            return indicator ? 2 : 1
        case .oneHot(let categories, let fill):
            let index = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1, $0) })
            let unknown = categories.count
            // Map each level of the input column once, then each row by its code.
            let slots = column.levels.map { index[$0] ?? unknown }
            let missingSlot = index[fill] ?? unknown
            values.withUnsafeMutableBufferPointer { output in
                for row in 0..<rows {
                    let slot: Int
                    let missing = column.isMissing(row)
                    if missing {
                        slot = missingSlot
                    } else if column.type == .categorical {
                        slot = slots[Int(column.codes[row])]
                    } else {
                        slot = column.text(at: row).flatMap { index[$0] } ?? unknown
                    }
                    output[row * width + offset + slot] = 1
                    if indicator { output[row * width + offset + unknown + 1] = missing ? 1 : 0 }
                }
            }
            return unknown + 1 + (indicator ? 1 : 0)
        }
    }
}
