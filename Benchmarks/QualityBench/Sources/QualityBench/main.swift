// Times ConfidentLearning.findLabelIssues on probabilities and labels written by the driver script.
// Usage: QualityBench <probabilities.f64> <labels.i64> <classes> <filter> <repeats>
// Prints one JSON line: best wall and process CPU seconds, the number flagged and the flagged indices' checksum.
import Evaluation
import Foundation
import Quality

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(2)
}

let arguments = CommandLine.arguments
guard arguments.count == 6, let classes = Int(arguments[3]), let repeats = Int(arguments[5]),
    let filter = LabelIssueFilter(rawValue: arguments[4])
else { fail("usage: QualityBench <probabilities.f64> <labels.i64> <classes> <filter> <repeats>") }
guard let probabilityBytes = FileManager.default.contents(atPath: arguments[1]),
    let labelBytes = FileManager.default.contents(atPath: arguments[2])
else { fail("cannot read the input files") }
let values = probabilityBytes.withUnsafeBytes { Array($0.bindMemory(to: Double.self)) }
let labels = labelBytes.withUnsafeBytes { $0.bindMemory(to: Int64.self).map { Int($0) } }

func now(_ clock: clockid_t = CLOCK_MONOTONIC) -> Double {
    var time = timespec()
    clock_gettime(clock, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
}

do {
    let validateStart = now()
    let probabilities = try ClassProbabilities(rowMajor: values, classCount: classes)
    let validateSeconds = now() - validateStart
    var best = Double.infinity
    var bestCPU = Double.infinity
    var issues: LabelIssues?
    for _ in 0..<max(1, repeats) {
        let start = now()
        let startCPU = now(CLOCK_PROCESS_CPUTIME_ID)
        let found = try ConfidentLearning.findLabelIssues(
            labels: labels, probabilities: probabilities, options: LabelIssueOptions(filter: filter))
        bestCPU = min(bestCPU, now(CLOCK_PROCESS_CPUTIME_ID) - startCPU)
        best = min(best, now() - start)
        issues = found
    }
    let flagged = issues?.rankedIndices ?? []
    let checksum = flagged.sorted().enumerated().reduce(0) { ($0 &* 31 &+ $1.element) % 1_000_000_007 }
    print(
        "{\"seconds\": \(best), \"cpu_seconds\": \(bestCPU), \"validate_seconds\": \(validateSeconds), \"flagged\": \(flagged.count), "
            + "\"checksum\": \(checksum), \"ranked_head\": \(Array(flagged.prefix(20)))}")
} catch {
    fail("\(error)")
}
