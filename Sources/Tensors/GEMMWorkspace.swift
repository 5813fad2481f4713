import Foundation

/// Packing buffers for one GEMM worker, reused across calls so the hot path never allocates.
final class GEMMWorkspace: @unchecked Sendable {
    /// Packed A block (`mc × kc`, in `mr`-row panels).
    let packedA: UnsafeMutablePointer<Float>
    /// Packed B block (`kc × nc`, in `nr`-column panels).
    let packedB: UnsafeMutablePointer<Float>
    /// One `mr × nr` tile for partial tiles at the right and bottom edges.
    let edgeTile: UnsafeMutablePointer<Float>

    private init() {
        let alignment = 64
        func buffer(_ count: Int) -> UnsafeMutablePointer<Float> {
            UnsafeMutableRawPointer.allocate(byteCount: count * MemoryLayout<Float>.stride, alignment: alignment)
                .bindMemory(to: Float.self, capacity: count)
        }
        packedA = buffer(GEMMKernel.maxMC * GEMMKernel.kc)
        packedB = buffer(GEMMKernel.kc * GEMMKernel.maxNC)
        edgeTile = buffer(GEMMKernel.maxTile)
    }

    deinit {
        UnsafeMutableRawPointer(packedA).deallocate()
        UnsafeMutableRawPointer(packedB).deallocate()
        UnsafeMutableRawPointer(edgeTile).deallocate()
    }

    private final class Pool: @unchecked Sendable {
        let lock = NSLock()
        var free: [GEMMWorkspace] = []
    }
    private static let pool = Pool()

    /// Takes a free workspace (allocating one only when all are in use), runs `body`, and returns it to the pool.
    static func withWorkspace<R>(_ body: (GEMMWorkspace) -> R) -> R {
        let workspace = pool.lock.withLock { pool.free.popLast() } ?? GEMMWorkspace()
        defer { pool.lock.withLock { pool.free.append(workspace) } }
        return body(workspace)
    }
}
