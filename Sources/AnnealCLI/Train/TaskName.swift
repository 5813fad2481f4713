import ArgumentParser
import Datasets

/// The `--task` values: what the model predicts.
enum TaskName: String, ExpressibleByArgument, CaseIterable {
    case binary, multiclass, regression

    /// The Datasets task.
    var task: PredictionTask {
        switch self {
        case .binary: .binary
        case .multiclass: .multiclass
        case .regression: .regression
        }
    }
}
