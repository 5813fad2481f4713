/// The positions of the `count` smallest values of an array, ties to the lower position — the same set as the
/// first `count` entries of a stable argsort — kept in a bounded max-heap: O(n log count), and most values are
/// rejected by one comparison with the heap's top.
enum SmallestSelection {
    /// The positions (in no particular order) of the `count` smallest `values`.
    static func positions(_ count: Int, of values: [Double]) -> [Int] {
        values.withUnsafeBufferPointer { input in positions(count, among: input.count) { input[$0] } }
    }

    /// The positions (in no particular order) of the `count` smallest of `total` values produced on demand by
    /// `value(position)`, so callers need not materialise derived arrays.
    @inline(__always)
    static func positions(_ count: Int, among total: Int, value: (Int) -> Double) -> [Int] {
        guard count > 0 else { return [] }
        guard count < total else { return Array(0..<total) }
        var heap = [OrderKey]()
        heap.reserveCapacity(count)
        for position in 0..<count { heap.append(OrderKey(value(position), position)) }
        heap.withUnsafeMutableBufferPointer { buffer in
            for start in stride(from: count / 2 - 1, through: 0, by: -1) { siftDown(buffer, from: start) }
            var top = buffer[0].value
            for position in count..<total {
                // Positions grow, so an equal value never beats the top: comparing values suffices.
                let candidate = value(position)
                if candidate < top {
                    buffer[0] = OrderKey(candidate, position)
                    siftDown(buffer, from: 0)
                    top = buffer[0].value
                }
            }
        }
        return heap.map(\.position)
    }

    /// Restores the max-heap property below `index`.
    @inline(__always)
    private static func siftDown(_ heap: UnsafeMutableBufferPointer<OrderKey>, from index: Int) {
        var parent = index
        let count = heap.count
        while true {
            let left = 2 * parent + 1
            guard left < count else { return }
            var largest = left
            if left + 1 < count && heap[left] < heap[left + 1] { largest = left + 1 }
            guard heap[parent] < heap[largest] else { return }
            heap.swapAt(parent, largest)
            parent = largest
        }
    }
}
