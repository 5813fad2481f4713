import Tensors

/// The train/eval parameter switch of the schedule-free optimizers: `p ← lerp(p, z, weight)` for every parameter
/// that has a `z` (the reference's `p.data.lerp_(end=state['z'], weight=…)`).
enum ScheduleFreeSwitch {
    static func apply(to parameters: inout [Parameter], z: [Matrix?], weight: Float) {
        for i in parameters.indices where i < z.count {
            guard let zi = z[i], zi.count == parameters[i].value.count else { continue }
            zi.withUnsafeBufferPointer { z in
                parameters[i].value.withUnsafeMutableBufferPointer { p in
                    for j in 0..<p.count { p[j] = Adam.lerp(p[j], z[j], weight) }
                }
            }
        }
    }
}
