/// The buffers of the pruning pass (see `CandidatePlan`), as raw pointers for the hot loop.
struct CandidateSlots {
    let pivots: UnsafeBufferPointer<Double>
    let offsets: UnsafeBufferPointer<Int>
    let capacities: UnsafeBufferPointer<Int>
    let rows: UnsafeMutableBufferPointer<Int>
    let values: UnsafeMutableBufferPointer<Double>
    let fill: UnsafeMutableBufferPointer<Int>

    /// Keeps `row` with `value` in `cell`, or in the cell's spare slot once it is full (the count still
    /// grows, which tells the caller the cell overflowed).
    @inline(__always) func keep(_ row: Int, _ value: Double, in cell: Int, if passes: Bool) {
        let slot = offsets[cell] &+ min(fill[cell], capacities[cell])
        rows[slot] = row
        values[slot] = value
        fill[cell] &+= passes ? 1 : 0
    }
}
