import Dispatch
import Foundation
import Training

/// Turns Ctrl-C (SIGINT) and SIGTERM into a stop request: the trainer finishes its step, the command writes a
/// checkpoint and exits with 130. A second Ctrl-C quits at once.
final class InterruptHandler {
    private let sources: [any DispatchSourceSignal]

    /// Starts catching SIGINT and SIGTERM for `stopFlag`.
    init(stopFlag: StopFlag) {
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if stopFlag.isStopRequested { _exit(130) }
                stopFlag.requestStop()
                FileHandle.standardError.write(
                    Data("\nstopping after this step to write a checkpoint (Ctrl-C again to quit at once)\n".utf8))
            }
            source.resume()
            return source
        }
    }

    /// Stops catching the signals (their default action applies again).
    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
