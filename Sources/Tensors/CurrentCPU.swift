#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The index of the CPU the calling thread is running on, where the system can tell (`sched_getcpu` on Linux,
/// found at run time; `nil` elsewhere).
enum CurrentCPU {
    private typealias GetCPU = @convention(c) () -> Int32

    private static let function: GetCPU? = {
        #if os(Linux)
            guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "sched_getcpu") else { return nil }
            return unsafeBitCast(symbol, to: GetCPU.self)
        #else
            return nil
        #endif
    }()

    /// The CPU index, or `nil` when it is unknown.
    static var index: Int? {
        guard let function else { return nil }
        let cpu = function()
        return cpu >= 0 ? Int(cpu) : nil
    }
}
