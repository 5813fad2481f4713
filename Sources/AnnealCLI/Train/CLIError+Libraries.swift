import Datasets
import Evaluation
import Quality
import Schedules
import Tracking
import Training

extension CLIError {
    /// Runs `body`, turning the libraries' error types into data errors (exit 65) that keep their message.
    /// - Parameter context: what was being read or done, put before the message (a file name, "the model").
    static func mappingLibraryErrors<T>(_ context: String? = nil, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as CLIError {
            throw error
        } catch {
            throw libraryError(error, context: context)
        }
    }

    /// A library error as a one-line data error.
    static func libraryError(_ error: any Error, context: String?) -> CLIError {
        let message: String
        switch error {
        case let error as CLIError: return error
        case let error as DatasetError:
            var location = ""
            if let line = error.line { location += "line \(line)" }
            if let column = error.column { location += location.isEmpty ? "column \(column)" : ", column \(column)" }
            message = location.isEmpty ? error.message : "\(location): \(error.message)"
        case let error as TrainingError: message = error.message
        case let error as EvaluationError: message = error.message
        case let error as TrackingError: message = error.message
        case let error as QualityError: message = error.message
        case let error as ScheduleError: message = "\(error)"
        default: message = "\(error)"
        }
        return CLIError.data(context.map { "\($0): \(message)" } ?? message)
    }
}
