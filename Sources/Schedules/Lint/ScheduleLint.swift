/// Checks a schedule against a run length before training starts.
///
/// Codes: `invalid-spec` (error), `min-above-max` (error), `past-total-steps` (error when the source library
/// fails there, warning otherwise), `warmup-too-long` (error), `tail-near-zero`, `restart-cut-off`, `rate-jump`,
/// `non-finite-rate` (error).
public enum ScheduleLint {
    /// Below this fraction of the peak rate a step is "at or near zero".
    ///
    /// 0.1%, not 1%: the classic 0.1 → 0.01 → 0.001 step recipe ends at 1% of its peak and torch's three-phase
    /// one-cycle spends 13% of the run below 1%; both are sensible. A cosine to zero spends 2% of the run below 0.1%.
    public static let nearZeroFraction = 0.001
    /// The share of final steps near zero that counts as wasted compute.
    public static let wastedTailShare = 0.10
    /// A change between consecutive steps by more than this factor is a jump (a 10x step decay is not).
    public static let jumpFactor = 10.0
    /// Relative slack on the limits, so that a rate exactly at a limit (a 10x decay, 0.1% of the peak) is not
    /// flagged or not by a rounding error.
    static let slack = 1e-9

    /// Validates and lints a spec for a run of `steps` steps.
    public static func check(_ spec: ScheduleSpec, steps: Int, catalog: ScheduleCatalog = .standard) -> [LintFinding] {
        do {
            return check(try catalog.build(spec), steps: steps)
        } catch let error as ScheduleError {
            return [
                LintFinding(
                    code: "invalid-spec", severity: .error,
                    message: "\(error.field)\(error.value.map { " = \($0)" } ?? "") \(error.message)", fix: error.fix)
            ]
        } catch {
            return [LintFinding(code: "invalid-spec", severity: .error, message: "\(error)", fix: "check the spec")]
        }
    }

    /// Lints a built schedule for a run of `steps` steps (a reactive schedule is linted with no metric observed).
    public static func check(_ schedule: BuiltSchedule, steps: Int) -> [LintFinding] {
        let facts = schedule.facts
        let rates = schedule.rates(steps: steps)
        var findings: [LintFinding] = []
        for bound in facts.bounds where bound.low > bound.high {
            findings.append(
                LintFinding(
                    code: "min-above-max", severity: .error,
                    message: "\(bound.lowName) = \(bound.low) is above \(bound.highName) = \(bound.high)",
                    fix: "make \(bound.lowName) <= \(bound.highName)"))
        }
        if let warmup = facts.warmupSteps, warmup >= steps {
            findings.append(
                LintFinding(
                    code: "warmup-too-long", severity: .error, step: warmup,
                    message: "warmup of \(warmup) steps is not shorter than the run of \(steps) steps",
                    fix: "shorten the warmup to about 1-10% of the run, or train longer"))
        }
        // A run of `steps` updates calls torch's `scheduler.step()` `steps` times; OneCycleLR raises on call
        // `total + 1`. Other schedules only matter once a rate past `total` is used (step `total + 1`).
        let limit = facts.failsPastTotal ? facts.totalSteps : facts.totalSteps.map { $0 + 1 }
        if let total = facts.totalSteps, let limit, steps > limit {
            findings.append(
                LintFinding(
                    code: "past-total-steps", severity: facts.failsPastTotal ? .error : .warning, step: limit,
                    message: "the run of \(steps) steps goes past the schedule's \(total) steps"
                        + (facts.failsPastTotal ? " (PyTorch raises an error there)" : ""),
                    fix: "set the schedule's total to \(steps), or train for \(total) steps"))
        }
        if let bad = rates.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
            findings.append(
                LintFinding(
                    code: "non-finite-rate", severity: .error, step: bad, message: "the rate is \(rates[bad])",
                    fix: "check the schedule's parameters"))
        }
        findings += tailFindings(rates) + restartFindings(rates) + jumpFindings(rates)
        return findings
    }

    static func tailFindings(_ rates: [Double]) -> [LintFinding] {
        guard let peak = rates.max(), peak > 0, rates.count >= 10 else { return [] }
        let limit = peak * nearZeroFraction
        let tail = rates.reversed().prefix { $0 < limit * (1 - slack) }.count
        guard Double(tail) > wastedTailShare * Double(rates.count) else { return [] }
        let share = Int((100 * Double(tail) / Double(rates.count)).rounded())
        return [
            LintFinding(
                code: "tail-near-zero", severity: .warning, step: rates.count - tail,
                message: "the rate is below 0.1% of its peak for the last \(tail) steps (\(share)% of the run)",
                fix: "end the decay at the last step, raise the minimum rate, or stop training earlier")
        ]
    }

    static func restartFindings(_ rates: [Double]) -> [LintFinding] {
        guard rates.count >= 3, let peak = rates.max(), peak > 0 else { return [] }
        // A restart is a rise after a fall; the run is cut off when it ends high inside a later cycle.
        var fell = false
        var restarts = 0
        var lastRestart = 0
        for t in 1..<rates.count {
            if rates[t] < rates[t - 1] { fell = true }
            if fell, rates[t] > rates[t - 1] * 1.5 {
                restarts += 1
                lastRestart = t
                fell = false
            }
        }
        guard restarts > 0, let last = rates.last, last >= 0.5 * peak else { return [] }
        return [
            LintFinding(
                code: "restart-cut-off", severity: .warning, step: lastRestart,
                message:
                    "the run ends inside a restart cycle at a high rate (\(last), \(Int(100 * last / peak))% of the peak)",
                fix: "end the run at the end of a cycle so the final model is taken at a low rate")
        ]
    }

    static func jumpFindings(_ rates: [Double]) -> [LintFinding] {
        guard rates.count >= 2, let peak = rates.max() else { return [] }
        // Below 0.1% of the peak a step barely moves the weights: the end of a one-cycle (torch's defaults fall
        // 100x in the last step of a short run) is not a jump; a long tail there is tail-near-zero's business.
        let negligible = peak * nearZeroFraction
        var highest = rates[0]
        for t in 1..<rates.count {
            defer { highest = max(highest, rates[t]) }
            guard rates[t - 1] > 0, rates[t] > 0, max(rates[t - 1], rates[t]) > negligible else { continue }
            // A rise back to a rate already reached is a warm restart (by design, see restart-cut-off), not a jump.
            if rates[t] > rates[t - 1], rates[t] <= highest { continue }
            let ratio = max(rates[t] / rates[t - 1], rates[t - 1] / rates[t])
            if ratio > jumpFactor * (1 + slack) {
                return [
                    LintFinding(
                        code: "rate-jump", severity: .warning, step: t,
                        message:
                            "the rate changes \(Int(ratio.rounded()))x in one step (\(rates[t - 1]) -> \(rates[t]))",
                        fix: "smooth the transition, e.g. with a warmup or a gentler decay")
                ]
            }
        }
        return []
    }
}
