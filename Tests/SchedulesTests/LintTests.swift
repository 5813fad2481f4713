import Foundation
import Testing

@testable import Schedules

/// One test per lint code, plus sensible schedules that must lint clean.
@Suite("Schedule lint")
struct LintTests {
    func lint(_ json: String, steps: Int) throws -> [LintFinding] {
        ScheduleLint.check(try ScheduleSpec.parse(json: json), steps: steps)
    }

    func codes(_ findings: [LintFinding]) -> Set<String> { Set(findings.map(\.code)) }

    @Test(
        "sensible schedules have no findings",
        arguments: [
            (
                #"{"type": "warmup", "lr": 0.1, "warmup_steps": 50, "schedule": {"type": "cosine_annealing", "t_max": 950}}"#,
                1000
            ),
            (
                #"{"type": "sequential", "lr": 0.1, "milestones": [50], "schedules": [{"type": "linear", "start_factor": 0.01, "total_iters": 50}, {"type": "cosine_annealing", "t_max": 950}]}"#,
                1000
            ),
            (
                #"{"type": "warmup", "lr": 0.1, "warmup_steps": 100, "counting": "inside", "schedule": {"type": "cosine_annealing", "t_max": 1000, "eta_min": 1e-5}}"#,
                1000
            ),
            (#"{"type": "one_cycle", "max_lr": 0.1, "total_steps": 1000}"#, 1000),
            (#"{"type": "one_cycle", "max_lr": 0.1, "total_steps": 100}"#, 100),
            (#"{"type": "one_cycle", "max_lr": 0.1, "total_steps": 30, "three_phase": true}"#, 30),
            (#"{"type": "multi_step", "lr": 0.1, "milestones": [30, 60], "gamma": 0.1}"#, 90),
            (#"{"type": "step", "lr": 0.1, "step_size": 25, "gamma": 0.1}"#, 100),
            (#"{"type": "cosine_annealing", "lr": 0.1, "t_max": 100}"#, 101),
            (#"{"type": "step", "lr": 0.1, "step_size": 30, "gamma": 0.5}"#, 100),
            (#"{"type": "cosine_annealing_warm_restarts", "lr": 0.1, "t_0": 10, "t_mult": 2}"#, 70),
            (#"{"type": "cyclic", "base_lr": 0.01, "max_lr": 0.1, "step_size_up": 20}"#, 200),
            (#"{"type": "reduce_on_plateau", "lr": 0.1}"#, 100),
        ])
    func sensible(_ json: String, _ steps: Int) throws {
        let findings = try lint(json, steps: steps)
        #expect(findings.isEmpty, "\(findings.map(\.description))")
    }

    @Test("warmup-too-long: warmup not shorter than the run")
    func warmupTooLong() throws {
        let findings = try lint(
            #"{"type": "warmup", "lr": 0.1, "warmup_steps": 100, "schedule": {"type": "cosine_annealing", "t_max": 100}}"#,
            steps: 80)
        let finding = try #require(findings.first { $0.code == "warmup-too-long" })
        #expect(finding.severity == .error)
        #expect(finding.message.contains("100") && finding.message.contains("80"))
        let torchStyle = try lint(
            #"{"type": "sequential", "lr": 0.1, "milestones": [60], "schedules": [{"type": "linear", "start_factor": 0.1, "total_iters": 60}, {"type": "exponential", "gamma": 0.9}]}"#,
            steps: 50)
        #expect(codes(torchStyle).contains("warmup-too-long"))
        #expect(
            try !codes(
                lint(
                    #"{"type": "warmup", "lr": 0.1, "warmup_steps": 10, "schedule": {"type": "exponential", "gamma": 0.99}}"#,
                    steps: 80)
            ).contains("warmup-too-long"))
    }

    @Test("tail-near-zero: multi_step with gamma 0.01 leaves the last 30% below 0.1% of the peak")
    func tailNearZero() throws {
        let findings = try lint(
            #"{"type": "multi_step", "lr": 0.1, "milestones": [50, 70], "gamma": 0.01}"#, steps: 100)
        let finding = try #require(findings.first { $0.code == "tail-near-zero" })
        #expect(finding.severity == .warning)
        #expect(finding.step == 70)
        #expect(finding.message.contains("30 steps"))
        #expect(
            try !codes(lint(#"{"type": "multi_step", "lr": 0.1, "milestones": [50, 95], "gamma": 0.01}"#, steps: 100))
                .contains("tail-near-zero"))
    }

    @Test("restart-cut-off: warm restarts end high inside a cycle")
    func restartCutOff() throws {
        let json = #"{"type": "cosine_annealing_warm_restarts", "lr": 0.1, "t_0": 10}"#
        let finding = try #require(try lint(json, steps: 25).first { $0.code == "restart-cut-off" })
        #expect(finding.step == 20)
        #expect(try !codes(lint(json, steps: 30)).contains("restart-cut-off"), "ending at the end of a cycle is fine")
    }

    @Test("rate-jump: more than 10x in one step")
    func rateJump() throws {
        let findings = try lint(#"{"type": "step", "lr": 0.1, "step_size": 20, "gamma": 0.05}"#, steps: 40)
        let finding = try #require(findings.first { $0.code == "rate-jump" })
        #expect(finding.step == 20)
        #expect(finding.message.contains("20x"))
        #expect(
            try !codes(lint(#"{"type": "step", "lr": 0.1, "step_size": 20, "gamma": 0.2}"#, steps: 40)).contains(
                "rate-jump"))
        // A sudden rise to a new high is a jump too; a warm restart back to the earlier peak is not.
        let rise =
            #"{"type": "sequential", "lr": 0.1, "milestones": [5], "schedules": [{"type": "constant", "factor": 0.05, "total_iters": 10}, {"type": "exponential", "gamma": 0.9}]}"#
        #expect(try lint(rise, steps: 20).first { $0.code == "rate-jump" }?.step == 5)
    }

    @Test("past-total-steps: one_cycle stepped past total_steps is an error, cosine a warning")
    func pastTotalSteps() throws {
        let oneCycle = #"{"type": "one_cycle", "max_lr": 0.1, "total_steps": 100}"#
        let error = try #require(try lint(oneCycle, steps: 101).first { $0.code == "past-total-steps" })
        #expect(error.severity == .error)
        #expect(error.message.contains("PyTorch raises"))
        #expect(try !codes(lint(oneCycle, steps: 100)).contains("past-total-steps"))
        let cosine = #"{"type": "cosine_annealing", "lr": 0.1, "t_max": 100}"#
        let warning = try #require(try lint(cosine, steps: 150).first { $0.code == "past-total-steps" })
        #expect(warning.severity == .warning)
        #expect(try !codes(lint(cosine, steps: 101)).contains("past-total-steps"))
        let wrapped =
            #"{"type": "warmup", "lr": 0.1, "warmup_steps": 10, "schedule": {"type": "one_cycle", "max_lr": 0.1, "total_steps": 100}}"#
        #expect(try lint(wrapped, steps: 111).contains { $0.code == "past-total-steps" && $0.severity == .error })
    }

    @Test("min-above-max: cosine_annealing eta_min above lr")
    func minAboveMax() throws {
        let finding = try #require(
            try lint(#"{"type": "cosine_annealing", "lr": 0.1, "t_max": 100, "eta_min": 0.2}"#, steps: 100)
                .first { $0.code == "min-above-max" })
        #expect(finding.severity == .error)
        #expect(finding.message.contains("eta_min") && finding.message.contains("lr"))
        #expect(
            try lint(#"{"type": "cyclic", "base_lr": 0.1, "max_lr": 0.01}"#, steps: 100).contains {
                $0.code == "min-above-max"
            })
    }

    @Test("non-finite-rate: a rate that overflows")
    func nonFinite() throws {
        let findings = try lint(#"{"type": "exponential", "lr": 0.1, "gamma": 1e10}"#, steps: 50)
        let finding = try #require(findings.first { $0.code == "non-finite-rate" })
        #expect(finding.severity == .error)
        #expect(finding.step == (0..<50).first { !(0.1 * pow(1e10, Double($0))).isFinite })
    }

    @Test("invalid-spec: lint reports the validation error")
    func invalidSpec() throws {
        let findings = try lint(#"{"type": "step", "lr": 0.1, "step_sise": 10}"#, steps: 50)
        #expect(findings.count == 1)
        #expect(findings.first?.code == "invalid-spec")
        #expect(findings.first?.fix.contains("step_size") == true)
    }

    @Test("findings print as one line with code and step")
    func description() {
        let finding = LintFinding(code: "rate-jump", severity: .warning, step: 3, message: "m", fix: "f")
        #expect(finding.description == "warning[rate-jump] at step 3: m; f")
    }
}
