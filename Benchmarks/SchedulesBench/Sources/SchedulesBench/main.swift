// Times every catalogue schedule type built from its example spec (`ScheduleDefinition.exampleSpec`):
//   1. rate(at:) per call through `any Schedule`, for the PyTorch and composition families (goal <= 50 ns);
//      reactive types are timed per rate(at:) + observe(_:at:) step;
//   2. the 1M-step curve `BuiltSchedule.rates(steps:)` for every type (goal < 50 ms).
// Usage: SchedulesBench [calls] [curve-steps]
import Foundation
import Schedules

let arguments = CommandLine.arguments
let calls = arguments.count > 1 ? Int(arguments[1]) ?? 2_000_000 : 2_000_000
let curveSteps = arguments.count > 2 ? Int(arguments[2]) ?? 1_000_000 : 1_000_000

/// This thread's CPU time in seconds: the machine is shared, so wall time would count other processes' turns.
func cpuSeconds() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) * 1e-9
}

/// Best of `repeats` CPU timings of `body`, in seconds; `sink` keeps results alive.
func best(_ repeats: Int, _ body: () -> Double) -> (seconds: Double, sink: Double) {
    var fastest = Double.infinity
    var sink = 0.0
    for _ in 0..<repeats {
        let start = cpuSeconds()
        sink += body()
        fastest = min(fastest, cpuSeconds() - start)
    }
    return (fastest, sink)
}

/// Reference costs of the libm calls the schedules use, per call.
func libmCosts() -> (cos: Double, pow: Double) {
    let n = calls
    let cosine = best(3) {
        var sum = 0.0
        for i in 0..<n { sum += cos(Double(i) * 1e-3) }
        return sum
    }
    let power = best(3) {
        var sum = 0.0
        for i in 0..<n { sum += pow(0.999, Double(i & 1023)) }
        return sum
    }
    return (cosine.seconds / Double(n) * 1e9, power.seconds / Double(n) * 1e9)
}

/// Nanoseconds per rate(at:) over steps cycling through the schedule's horizon.
func perCall(_ built: BuiltSchedule) -> Double {
    let horizon = max(built.facts.totalSteps ?? 1000, 1) + 1
    switch built {
    case .pure(let schedule):
        let timing = best(3) {
            var sum = 0.0
            var step = 0
            for _ in 0..<calls {
                sum += schedule.rate(at: step)
                step += 1
                if step == horizon { step = 0 }
            }
            return sum
        }
        return timing.seconds / Double(calls) * 1e9
    case .reactive(let initial):
        let timing = best(3) {
            var schedule = initial
            var sum = 0.0
            for step in 0..<calls {
                let rate = schedule.rate(at: step)
                sum += rate
                schedule.observe(1 / Double(1 + step / 50), at: step)
            }
            return sum
        }
        return timing.seconds / Double(calls) * 1e9
    }
}

func curve(_ built: BuiltSchedule) -> Double {
    let metrics = built.isReactive ? (0..<curveSteps).map { 1 / Double(1 + $0 / 50) } : []
    return best(3) { built.rates(steps: curveSteps, metrics: metrics).last ?? 0 }.seconds * 1e3
}

print("Schedules benchmark: \(calls) calls per type, \(curveSteps)-step curves, best of 3, thread CPU time")
let libm = libmCosts()
print(String(format: "reference: libm cos %.1f ns, pow %.1f ns per call", libm.cos, libm.pow))
print("")
print("| type | family | rate(at:) ns/call | goal <= 50 ns | \(curveSteps / 1000)k-step curve ms | goal < 50 ms |")
print("| --- | --- | ---: | :---: | ---: | :---: |")
var misses: [String] = []
for definition in ScheduleCatalog.standard.definitions {
    let spec = definition.exampleSpec
    guard let built = try? ScheduleCatalog.standard.build(spec) else {
        print("| \(definition.type) | \(definition.family.rawValue) | - | no valid example | - | - |")
        misses.append("\(definition.type) (no valid example spec)")
        continue
    }
    let timesCalls = definition.family == .pytorch || definition.family == .composition
    let nanoseconds = timesCalls ? perCall(built) : nil
    let milliseconds = curve(built)
    let callCell = nanoseconds.map { String(format: "%.1f%@", $0, built.isReactive ? " (+observe)" : "") } ?? "-"
    let callGoal = nanoseconds.map { $0 <= 50 ? "yes" : "NO" } ?? "-"
    let curveGoal = milliseconds < 50 ? "yes" : "NO"
    if callGoal == "NO" { misses.append("\(definition.type) rate(at:)") }
    if curveGoal == "NO" { misses.append("\(definition.type) curve") }
    print(
        String(
            format: "| %@ | %@ | %@ | %@ | %.2f | %@ |", definition.type, definition.family.rawValue, callCell,
            callGoal, milliseconds, curveGoal))
}
print("")
print(misses.isEmpty ? "all goals met" : "missed: \(misses.joined(separator: ", "))")
