import Dispatch

/// Runs a body on several threads at once (Dispatch's `concurrentPerform`), or inline for one worker.
enum ParallelLoop {
    static func run(workers: Int, _ body: @Sendable (Int) -> Void) {
        if workers <= 1 {
            body(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: body)
        }
    }
}
