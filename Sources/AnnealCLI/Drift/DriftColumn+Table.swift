import Datasets
import Drift

extension DriftColumn {
    /// A table column as drift input: numeric columns keep `NaN` for missing values (the drift report drops and
    /// counts them); categorical columns keep their present labels (missing ones are counted by
    /// `Column.missingCount`, and the command reports them).
    init(_ column: Column) {
        if column.type.isNumeric {
            self = .numeric(column.name, column.numbers)
        } else {
            let levels = column.levels
            self = .categorical(column.name, column.codes.compactMap { $0 < 0 ? nil : levels[Int($0)] })
        }
    }

    /// The numbers of a numeric column (`nil` for a categorical one).
    var numbers: [Double]? {
        if case .numeric(let values) = values { return values }
        return nil
    }
}
