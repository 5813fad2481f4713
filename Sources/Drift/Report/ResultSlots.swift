import Foundation

/// One result slot per column, each written by exactly one worker of `concurrentPerform` (hence unchecked
/// Sendable); results come back in column order. Raw storage avoids the exclusivity checks an array property
/// would impose on concurrent writers.
final class ResultSlots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Result<Value, Error>>
    private let count: Int

    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: count)
        storage.initialize(repeating: .failure(DriftError(.emptySample, "column not computed")), count: count)
    }

    deinit {
        storage.deinitialize(count: count)
        storage.deallocate()
    }

    func store(_ index: Int, _ result: Result<Value, Error>) {
        storage[index] = result
    }

    var results: [Result<Value, Error>] { Array(UnsafeBufferPointer(start: storage, count: count)) }

    /// Runs `body` for every index on all cores and returns the values in index order (first error rethrown).
    static func map(count: Int, _ body: @Sendable (Int) throws -> Value) throws -> [Value] {
        let slots = ResultSlots<Value>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { i in slots.store(i, Result { try body(i) }) }
        return try slots.results.map { try $0.get() }
    }
}
