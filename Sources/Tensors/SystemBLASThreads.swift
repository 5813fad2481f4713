import Foundation

/// Remembers the thread count last given to the system BLAS so it is set only when it changes.
enum SystemBLASThreads {
    private final class Box: @unchecked Sendable {
        let lock = NSLock()
        var current = 0
    }
    private static let box = Box()

    static func ensure(_ threads: Int, on blas: SystemBLAS) {
        box.lock.withLock {
            if box.current != threads {
                blas.setThreadCount(threads)
                box.current = threads
            }
        }
    }
}
