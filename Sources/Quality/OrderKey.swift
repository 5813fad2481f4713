/// A `Double` and its position, ordered like a stable sort: by value (its bits mapped so unsigned order is the
/// `Double` order; −0 counts as +0; NaN-free input), then by position.
struct OrderKey: Sendable {
    var bits: UInt64
    var position: Int
    /// The value itself.
    var value: Double

    @inline(__always) init(_ value: Double, _ position: Int) {
        self.value = value
        let raw = (value == 0 ? 0.0 : value).bitPattern
        bits = raw & (1 << 63) != 0 ? ~raw : raw | (1 << 63)
        self.position = position
    }

    @inline(__always) static func < (left: OrderKey, right: OrderKey) -> Bool {
        left.bits < right.bits || (left.bits == right.bits && left.position < right.position)
    }
}
