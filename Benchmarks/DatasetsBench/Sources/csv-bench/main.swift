// Reads a CSV file with Datasets' reader several times and prints the best wall and CPU times as one JSON line.
// Usage: csv-bench <file.csv> [repeats] [whole|stream]
import Datasets
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    print("usage: csv-bench <file.csv> [repeats] [whole|stream]")
    exit(2)
}
let path = arguments[1]
let repeats = arguments.count > 2 ? Int(arguments[2]) ?? 3 : 3
let mode = arguments.count > 3 ? arguments[3] : "whole"

/// CPU seconds (user + system) used by this process so far.
func cpuSeconds() -> Double {
    var usage = rusage()
    #if os(Linux)
        getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
        getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

var best = Double.infinity
var bestCPU = Double.infinity
var rows = 0
var columns = 0
var checksum = 0.0
for _ in 0..<repeats {
    let start = DispatchTime.now().uptimeNanoseconds
    let startCPU = cpuSeconds()
    var sum = 0.0
    if mode == "stream" {
        let reader = try CSVReader(path: path)
        rows = 0
        while let chunk = try reader.nextChunk() {
            rows += chunk.rowCount
            columns = chunk.columns.count
            sum += chunk.columns[0].numbers.last ?? 0
        }
    } else {
        let table = try Table.readCSV(at: path)
        rows = table.rowCount
        columns = table.columns.count
        sum = table.columns.last?.numbers.last ?? 0
    }
    best = min(best, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    bestCPU = min(bestCPU, cpuSeconds() - startCPU)
    checksum += sum
}
let fields = [
    "\"rows\": \(rows)", "\"columns\": \(columns)", "\"seconds\": \(best)", "\"cpu_seconds\": \(bestCPU)",
    "\"rows_per_second\": \(Double(rows) / best)", "\"checksum\": \(checksum)",
]
print("{" + fields.joined(separator: ", ") + "}")
