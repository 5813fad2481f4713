import Foundation
import Testing

/// `anneal train` records its run in the store.
@Suite struct TrainStoreCLITests {
    /// Runs a query on a SQLite file with the `sqlite3` command-line tool.
    static func query(_ database: URL, _ sql: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", database.path, sql]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// SQL counting the points of one metric series.
    static func points(_ runID: String, _ key: String) -> String {
        "SELECT COUNT(*) FROM metric_points p JOIN metric_series s ON p.series_id = s.id "
            + "WHERE s.run_id = '\(runID)' AND s.key = '\(key)'"
    }

    static var hasSQLite: Bool {
        ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3", "/bin/sqlite3"].contains {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    @Test(.enabled(if: hasSQLite, "needs the sqlite3 command-line tool"))
    func runWithParamsMetricsScheduleCardAndModelArtifactIsStored() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let data = try TrainProcess.generate("sea", rows: 300, in: folder)
        let store = folder.appendingPathComponent("store")
        let model = folder.appendingPathComponent("sea.annealmodel")
        let result = try AnnealProcess.run([
            "train", "--data", data.path, "--target", "label", "--optimizer", "adam:lr=0.05", "--steps", "50",
            "--schedule", #"{"type":"step","step_size":20,"gamma":0.5}"#, "--out", model.path,
            "--store", store.path, "--format", "json",
        ])
        #expect(result.status == 0, "\(result.error)")
        let runID = try #require(TrainProcess.json(result.output)["run_id"] as? String)
        #expect(result.error.contains("recording run \(runID)"))
        let database = store.appendingPathComponent("anneal.sqlite")
        #expect(try Self.query(database, "SELECT status FROM runs WHERE id = '\(runID)'") == "FINISHED")
        #expect(try Self.query(database, "SELECT value FROM run_params WHERE run_id = '\(runID)' AND key = 'lr'") == "0.05")
        let spec = try Self.query(database, "SELECT schedule_spec FROM runs WHERE id = '\(runID)'")
        #expect(spec.contains("\"step_size\":20") && spec.contains("\"lr\":0.05"))
        #expect(try Self.query(database, Self.points(runID, "loss")) == "50")
        #expect(try Self.query(database, Self.points(runID, "lr")) == "50")
        #expect(try Self.query(database, Self.points(runID, "val_loss")) != "0")
        // The step schedule halves the rate after 20 updates: step 21 used 0.025.
        let rate = try Self.query(
            database, "SELECT p.value FROM metric_points p JOIN metric_series s ON p.series_id = s.id "
                + "WHERE s.run_id = '\(runID)' AND s.key = 'lr' AND p.step = 21")
        #expect(rate == "0.025")
        #expect(try Self.query(database, "SELECT kind FROM artifacts WHERE run_id = '\(runID)'") == "model")
        #expect(try Self.query(database, "SELECT role FROM dataset_cards WHERE run_id = '\(runID)'") == "train")
    }
}
