import Testing

@testable import Schedules

/// Invalid specs fail with a `ScheduleError` naming the field, the value and the fix.
@Suite("Spec validation")
struct SpecValidationTests {
    /// The error building `json` throws, if any.
    func failure(_ json: String) -> ScheduleError? {
        do {
            _ = try ScheduleCatalog.standard.build(try ScheduleSpec.parse(json: json))
            return nil
        } catch let error as ScheduleError {
            return error
        } catch {
            Issue.record("not a ScheduleError: \(error)")
            return nil
        }
    }

    @Test("unknown type lists the valid ones and suggests the closest")
    func unknownType() throws {
        let error = try #require(failure(#"{"type": "cosine_anealing", "lr": 0.1, "t_max": 10}"#))
        #expect(error.code == .unknownType)
        #expect(error.field == "type")
        #expect(error.value == "\"cosine_anealing\"")
        #expect(error.fix.hasPrefix("did you mean \"cosine_annealing\"?"))
        for type in ScheduleCatalog.standard.typeNames { #expect(error.fix.contains(type)) }
    }

    @Test("unknown field suggests the closest")
    func unknownField() throws {
        let error = try #require(failure(#"{"type": "step", "lr": 0.1, "step_sise": 10}"#))
        #expect(error.code == .unknownField)
        #expect(error.field == "step_sise")
        #expect(error.fix.contains("did you mean \"step_size\"?"))
        #expect(error.fix.contains("step takes: lr, step_size, gamma"))
    }

    @Test("a mistyped choice suggests the closest")
    func choiceTypo() throws {
        let error = try #require(failure(#"{"type": "cyclic", "base_lr": 0.01, "max_lr": 0.1, "mode": "triangulr2"}"#))
        #expect(error.code == .outOfRange)
        #expect(error.field == "mode")
        #expect(error.fix.contains("did you mean \"triangular2\"?"))
    }

    @Test(
        "out-of-range values name field, value and range",
        arguments: [
            (#"{"type": "step", "lr": 0, "step_size": 10}"#, "lr", "0", "> 0"),
            (#"{"type": "step", "lr": -0.1, "step_size": 10}"#, "lr", "-0.1", "> 0"),
            (
                #"{"type": "one_cycle", "max_lr": 0.1, "total_steps": 100, "pct_start": 1.2}"#, "pct_start", "1.2",
                "in (0, 1)"
            ),
            (#"{"type": "one_cycle", "max_lr": 0.1, "total_steps": 0}"#, "total_steps", "0", "> 0"),
            (#"{"type": "exponential", "lr": 0.1, "gamma": -1}"#, "gamma", "-1", "> 0"),
            (#"{"type": "cosine_annealing_warm_restarts", "lr": 0.1, "t_0": 5, "t_mult": 0}"#, "t_mult", "0", ">= 1"),
            (#"{"type": "multi_step", "lr": 0.1, "milestones": [5, -3]}"#, "milestones[1]", "-3", ">= 0"),
            (
                #"{"type": "warmup", "lr": 0.1, "warmup_steps": 5, "start_factor": 1.5, "schedule": {"type": "exponential", "gamma": 0.9}}"#,
                "start_factor", "1.5", "in [0, 1]"
            ),
            (
                #"{"type": "sequential", "lr": 0.1, "milestones": [5], "schedules": [{"type": "linear"}, {"type": "exponential", "gamma": 0}]}"#,
                "schedules[1].gamma", "0", "> 0"
            ),
        ])
    func outOfRange(_ json: String, field: String, value: String, range: String) throws {
        let error = try #require(failure(json))
        #expect(error.code == .outOfRange)
        #expect(error.field == field)
        #expect(error.value == value)
        #expect(error.fix.contains(range), "\(error)")
        #expect(error.description.contains(field) && error.description.contains(value))
    }

    @Test("children of sequential and chained inherit lr")
    func childrenInheritRate() throws {
        let sequential = try ScheduleCatalog.standard.build(
            try ScheduleSpec.parse(
                json:
                    #"{"type": "sequential", "lr": 0.2, "milestones": [3], "schedules": [{"type": "constant", "factor": 0.5, "total_iters": 10}, {"type": "exponential", "gamma": 0.5}]}"#
            ))
        #expect(sequential.rates(steps: 5) == [0.1, 0.1, 0.1, 0.2, 0.1])
        let chained = try ScheduleCatalog.standard.build(
            try ScheduleSpec.parse(
                json:
                    #"{"type": "chained", "lr": 0.2, "schedules": [{"type": "constant", "factor": 0.5, "total_iters": 2}, {"type": "exponential", "gamma": 0.5}]}"#
            ))
        let expected = [0.2 * 0.5, 0.2 * 0.5 * 0.5, 0.2 * 0.25]
        #expect(zip(chained.rates(steps: 3), expected).allSatisfy { isClose($0, $1, relative: 1e-15) })
        // A child of a parent without lr has nothing to inherit.
        let error = try #require(
            failure(
                #"{"type": "sequential", "milestones": [3], "schedules": [{"type": "linear"}, {"type": "exponential", "gamma": 0.5}]}"#
            ))
        #expect(error.code == .missingField)
        #expect(error.field == "lr")
        // The optimizer's rate is inherited at the top level.
        let inherited = try ScheduleCatalog.standard.build(
            ScheduleSpec(type: "exponential", parameters: ["gamma": 0.5]), inheritedRate: 0.4)
        #expect(inherited.rates(steps: 2) == [0.4, 0.2])
    }

    @Test("sequential milestones must match the children")
    func sequentialMilestones() throws {
        let count = try #require(
            failure(
                #"{"type": "sequential", "lr": 0.1, "milestones": [3, 6], "schedules": [{"type": "linear"}, {"type": "exponential", "gamma": 0.5}]}"#
            ))
        #expect(count.code == .inconsistent)
        #expect(count.field == "milestones")
        #expect(count.message.contains("2 entries for 2 schedules"))
        let order = try #require(
            failure(
                #"{"type": "sequential", "lr": 0.1, "milestones": [6, 3], "schedules": [{"type": "linear"}, {"type": "linear"}, {"type": "exponential", "gamma": 0.5}]}"#
            ))
        #expect(order.code == .inconsistent)
        #expect(order.message.contains("increase"))
    }

    @Test("chained rejects a non-multiplicative child")
    func chainedNonMultiplicative() throws {
        let error = try #require(
            failure(
                #"{"type": "chained", "lr": 0.1, "schedules": [{"type": "exponential", "gamma": 0.9}, {"type": "cosine_annealing", "t_max": 10}]}"#
            ))
        #expect(error.code == .inconsistent)
        #expect(error.field == "schedules[1]")
        #expect(error.fix.contains("exponential"))
    }

    @Test("a reactive child is refused where a pure one is needed")
    func reactiveChild() throws {
        let error = try #require(
            failure(
                #"{"type": "sequential", "lr": 0.1, "milestones": [3], "schedules": [{"type": "linear"}, {"type": "reduce_on_plateau"}]}"#
            ))
        #expect(error.code == .inconsistent)
        #expect(error.field == "schedules[1]")
    }

    @Test("missing required fields say what to add")
    func missingFields() throws {
        let error = try #require(failure(#"{"type": "step", "lr": 0.1}"#))
        #expect(error.code == .missingField)
        #expect(error.field == "step_size")
        #expect(error.fix.contains("\"step_size\": a integer > 0") || error.fix.contains("step_size"))
        let noType = try #require(failure(#"{"lr": 0.1}"#))
        #expect(noType.code == .missingField)
        #expect(noType.field == "type")
        let child = try #require(
            failure(#"{"type": "warmup", "lr": 0.1, "warmup_steps": 5, "schedule": {"type": "cosine_annealing"}}"#))
        #expect(child.field == "schedule.t_max")
    }

    @Test(
        "wrong JSON types are named",
        arguments: [
            (#"{"type": "step", "lr": 0.1, "step_size": "30"}"#, "step_size"),
            (#"{"type": "step", "lr": 0.1, "step_size": 2.5}"#, "step_size"),
            (#"{"type": "multi_step", "lr": 0.1, "milestones": 5}"#, "milestones"),
            (#"{"type": "multi_step", "lr": 0.1, "milestones": [5, "x"]}"#, "milestones"),
            (#"{"type": "one_cycle", "max_lr": 0.1, "total_steps": 10, "three_phase": "yes"}"#, "three_phase"),
            (#"{"type": "cyclic", "base_lr": 0.01, "max_lr": 0.1, "mode": 3}"#, "mode"),
            (#"{"type": 5}"#, "type"),
            (#"[1, 2]"#, "spec"),
            (#"{"type": "warmup", "lr": 0.1, "warmup_steps": 5, "schedule": 3}"#, "schedule"),
            (#"{"type": "sequential", "lr": 0.1, "milestones": [], "schedules": [3]}"#, "schedules[0]"),
            (#"{"type": "sequential", "lr": 0.1, "milestones": [], "schedules": []}"#, "schedules"),
        ])
    func wrongTypes(_ json: String, field: String) throws {
        let error = try #require(failure(json))
        #expect(error.code == .wrongType, "\(error)")
        #expect(error.field == field)
    }

    @Test("malformed JSON is reported, not crashed on")
    func malformed() throws {
        let error = try #require(failure(#"{"type": "step", "lr": 0.1,"#))
        #expect(error.code == .malformed)
    }

    @Test("companion needs low <= high")
    func companionOrder() throws {
        let error = try #require(
            failure(
                #"{"type": "companion", "lr": 0.1, "schedule": {"type": "exponential", "gamma": 0.9}, "low": 0.95, "high": 0.85, "horizon": 10}"#
            ))
        #expect(error.code == .inconsistent)
        #expect(error.field == "low")
    }
}
