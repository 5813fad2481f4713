// `DriftBench csvreport ROWS COLUMNS [REPEATS]`: the drift report end to end as `anneal drift --reference
// REF.csv --current CUR.csv` runs it: read the reference CSV and summarise it (ReferenceProfile) while the current
// CSV is read (Datasets), then test every current column (DriftReport). The files are written first (not timed)
// with six decimals, as a 1 M-row export would hold them. Prints the best total of REPEATS with its phases.
import Datasets
import Drift
import Foundation

/// Writes `columns` numeric columns of `rows` values (bells, every third column shifted by `shift`) as CSV.
func writeBellCSV(path: String, rows: Int, columns: Int, seedBase: UInt64, shift: Double) throws {
    let data = (0..<columns).map { column in
        bells(seed: seedBase + UInt64(column), count: rows, shift: column % 3 == 0 ? shift : 0)
    }
    var bytes = [UInt8]()
    bytes.reserveCapacity(rows * columns * 10 + 1024)
    bytes += Array((0..<columns).map { "c\($0)" }.joined(separator: ",").utf8) + [10]
    for row in 0..<rows {
        for column in 0..<columns {
            appendFixed(data[column][row], to: &bytes)
            bytes.append(column == columns - 1 ? 10 : 44)
        }
    }
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
        throw DriftError(.emptySample, "cannot write \(path)")
    }
}

/// Appends `value` with six decimals (`-0.123456`).
func appendFixed(_ value: Double, to bytes: inout [UInt8]) {
    var scaled = Int((abs(value) * 1_000_000).rounded())
    if value < 0 && scaled != 0 { bytes.append(45) }
    let whole = scaled / 1_000_000
    scaled %= 1_000_000
    bytes += Array(String(whole).utf8)
    bytes.append(46)
    var divisor = 100_000
    while divisor > 0 {
        bytes.append(UInt8(48 + scaled / divisor % 10))
        divisor /= 10
    }
}

/// The drift input for a table column, as the CLI's `DriftColumn(Column)` builds it.
func driftColumn(_ column: Column) -> DriftColumn {
    if column.type.isNumeric { return .numeric(column.name, column.numbers) }
    let levels = column.levels
    return .categorical(column.name, column.codes.compactMap { $0 < 0 ? nil : levels[Int($0)] })
}

func csvReport(rows: Int, columns: Int, repeats: Int) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("driftbench-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let referencePath = folder.appendingPathComponent("reference.csv").path
    let currentPath = folder.appendingPathComponent("current.csv").path
    try writeBellCSV(path: referencePath, rows: rows, columns: columns, seedBase: 0, shift: 0)
    try writeBellCSV(path: currentPath, rows: rows, columns: columns, seedBase: 1000, shift: 0.2)
    let bytes = (try? FileManager.default.attributesOfItem(atPath: referencePath)[.size] as? Int) ?? 0
    var best: [String: Double] = [:]
    var drifted = 0
    var test = ""
    for _ in 0..<max(1, repeats) {
        // As `anneal drift` does: the reference is read and summarised while the current file is read.
        let cpuStart = processCPU()
        let start = DispatchTime.now().uptimeNanoseconds
        let referenceSide = Slot<(ReferenceProfile, Double, Double)>()
        let currentSide = Slot<(Table, Double)>()
        DispatchQueue.concurrentPerform(iterations: 2) { side in
            if side == 0 {
                referenceSide.result = Result {
                    var table: Table?
                    let read = try wallSeconds { table = try Table.readCSV(at: referencePath) }
                    var profile: ReferenceProfile?
                    let summarise = try wallSeconds { profile = try ReferenceProfile(table!.columns.map(driftColumn)) }
                    return (profile!, read, summarise)
                }
            } else {
                currentSide.result = Result {
                    var table: Table?
                    let read = try wallSeconds { table = try Table.readCSV(at: currentPath) }
                    return (table!, read)
                }
            }
        }
        let (profile, readReference, summarise) = try referenceSide.result!.get()
        let (current, readCurrent) = try currentSide.result!.get()
        let loaded = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let loadedCPU = processCPU() - cpuStart
        var report: DriftReport?
        let compare = try wallSeconds {
            report = try DriftReport(reference: profile, current: current.columns.map(driftColumn))
        }
        let figures = [
            "read_reference_seconds": readReference, "profile_seconds": summarise, "read_current_seconds": readCurrent,
            "load_seconds": loaded, "load_cpu_seconds": loadedCPU, "report_seconds": compare,
            "report_cpu_seconds": processCPU() - cpuStart - loadedCPU, "total_seconds": loaded + compare,
            "cpu_seconds": processCPU() - cpuStart,
        ]
        if figures["total_seconds"]! < best["total_seconds", default: .infinity] { best = figures }
        drifted = report!.driftedColumns
        test = report!.columns[0].test.rawValue
    }
    var fields: [String: Any] = best
    fields.merge([
        "bench": "csvreport", "rows": rows, "columns": columns, "file_bytes": bytes, "drifted_columns": drifted,
        "test": test,
    ]) { $1 }
    emit(fields)
}

/// One result written by one worker of `concurrentPerform` and read after it returns.
final class Slot<Value>: @unchecked Sendable {
    var result: Result<Value, Error>?
}
