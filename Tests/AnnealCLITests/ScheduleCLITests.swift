import Foundation
import Testing

/// End-to-end tests of `anneal schedule` through the built binary.
@Suite struct ScheduleCLITests {
    @Test func valuesCSVHasHeaderAndOneRowPerStep() throws {
        let result = try AnnealProcess.run([
            "schedule", "values", #"{"type":"step","lr":0.1,"step_size":2,"gamma":0.5}"#, "--steps", "5", "--format", "csv",
        ])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines == ["step,lr", "0,0.1", "1,0.1", "2,0.05", "3,0.05", "4,0.025"])
    }

    @Test func valuesFromYAMLFileWithExponentNotation() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let spec = folder.appendingPathComponent("s.yaml")
        try "type: exponential\nlr: 1e-2\ngamma: 0.5\n".write(to: spec, atomically: true, encoding: .utf8)
        let result = try AnnealProcess.run(["schedule", "values", spec.path, "--steps", "3", "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains(#"{"step":2,"lr":0.0025}"#))
    }

    @Test func reactiveValuesObserveMetricsFile() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let metrics = folder.appendingPathComponent("m.txt")
        // Improves twice, then stalls: patience 1 cuts after the second bad observation.
        try "1.0\n0.5\n0.5\n0.5\n0.5\n".write(to: metrics, atomically: true, encoding: .utf8)
        let spec = #"{"type":"reduce_on_plateau","lr":1,"patience":1,"factor":0.5}"#
        let result = try AnnealProcess.run([
            "schedule", "values", spec, "--steps", "6", "--metrics", metrics.path, "--format", "csv",
        ])
        #expect(result.status == 0, "\(result.error)")
        let rates = result.output.split(separator: "\n").dropFirst().map { Double($0.split(separator: ",")[1])! }
        #expect(rates == [1, 1, 1, 1, 0.5, 0.5])
    }

    @Test func unknownTypeExits65AndSuggests() throws {
        let result = try AnnealProcess.run(["schedule", "values", #"{"type":"cosine_anealing","lr":0.1,"t_max":5}"#])
        #expect(result.status == 65)
        #expect(result.error.contains("did you mean \"cosine_annealing\""))
    }

    @Test func outOfRangeFieldNamesFieldValueAndRange() throws {
        let result = try AnnealProcess.run(["schedule", "values", #"{"type":"one_cycle","max_lr":0.1,"total_steps":100,"pct_start":1.2}"#])
        #expect(result.status == 65)
        #expect(result.error.contains("pct_start = 1.2"))
        #expect(result.error.contains("in (0, 1)"))
    }

    @Test func missingSpecFileExits66() throws {
        let result = try AnnealProcess.run(["schedule", "values", "/nonexistent/spec.yaml"])
        #expect(result.status == 66)
        #expect(result.error.contains("does not exist"))
    }

    @Test func usageErrorExits64() throws {
        let result = try AnnealProcess.run(["schedule", "values", #"{"type":"step","lr":0.1,"step_size":3}"#, "--steps", "-3"])
        #expect(result.status == 64)
    }

    @Test func lintExitsOneOnErrorsAndZeroOnWarnings() throws {
        let overrun = try AnnealProcess.run([
            "schedule", "lint", #"{"type":"one_cycle","max_lr":0.1,"total_steps":100}"#, "--steps", "200",
        ])
        #expect(overrun.status == 1)
        #expect(overrun.output.contains("past-total-steps"))
        let tail = try AnnealProcess.run([
            "schedule", "lint", #"{"type":"multi_step","lr":0.1,"milestones":[30,60],"gamma":0.01}"#, "--steps", "100",
        ])
        #expect(tail.status == 0)
        #expect(tail.output.contains("tail-near-zero"))
    }

    @Test func plotWritesWellFormedSVGWithOneLegendEntryPerSpec() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let out = folder.appendingPathComponent("plot.svg")
        let result = try AnnealProcess.run([
            "schedule", "plot", #"{"type":"step","lr":0.1,"step_size":10}"#,
            #"{"type":"cosine_annealing","lr":0.1,"t_max":50}"#, "--steps", "50", "--out", out.path,
        ])
        #expect(result.status == 0, "\(result.error)")
        let svg = try String(contentsOf: out, encoding: .utf8)
        #expect(svg.hasPrefix("<?xml") || svg.hasPrefix("<svg"))
        #expect(svg.contains(">step<") && svg.contains(">cosine_annealing<"))
    }

    @Test func terminalPlotPrintsLegend() throws {
        let result = try AnnealProcess.run(["schedule", "plot", #"{"type":"exponential","lr":1,"gamma":0.9}"#, "--steps", "30"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("exponential"))
        #expect(result.output.split(separator: "\n").count >= 8)
    }

    @Test func listShowsEveryPyTorchTypeWithDefaults() throws {
        let result = try AnnealProcess.run(["schedule", "list"])
        #expect(result.status == 0)
        for type in ["step", "multi_step", "cosine_annealing_warm_restarts", "one_cycle", "reduce_on_plateau", "sequential"] {
            #expect(result.output.contains("  \(type) — "), "missing \(type)")
        }
        #expect(result.output.contains("gamma: number > 0, default 0.1"))
    }
}
