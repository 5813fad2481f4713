/// A partial tile at the right or bottom edge of C: the kernel runs on a full-size scratch tile holding the valid
/// part of C, which is then copied back. The kernel performs the same per-element operations, so edges round
/// exactly like interior tiles.
struct GEMMEdgeTile {
    let rows: Int
    let cols: Int
    let scratch: UnsafeMutablePointer<Float>

    @inline(__always)
    func compute(
        _ kernel: GEMMMicroKernel, _ depth: Int, _ aPanel: UnsafePointer<Float>, _ aStep: Int,
        _ bPanel: UnsafePointer<Float>, _ bStep: Int, _ target: UnsafeMutablePointer<Float>, _ ldc: Int,
        _ alpha: Float, _ beta: Float, _ overwrite: Bool
    ) {
        let nr = kernel.nr
        if !overwrite {
            for r in 0..<rows { (scratch + r * nr).update(from: target + r * ldc, count: cols) }
        }
        kernel.body(depth, aPanel, aStep, bPanel, bStep, scratch, nr, alpha, beta, overwrite)
        for r in 0..<rows { (target + r * ldc).update(from: scratch + r * nr, count: cols) }
    }
}
