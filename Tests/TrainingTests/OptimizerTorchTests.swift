import Foundation
import Tensors
import Testing

@testable import Training

/// Each optimizer's five-step update sequence against torch / schedulefree (float32), including parameter groups,
/// per-step hyperparameters (companion schedules), the schedule-free train/eval switch, and checkpoint resume.
@Suite struct OptimizerTorchTests {
    struct Groups: Decodable {
        var lr_multiplier: Double
        var weight_decay: Double?
    }

    struct Case: Decodable {
        var name: String
        var spec: String
        var rates: [Double]
        var history: [[[Float]]]
        var groups: Groups?
        var perStep: [String: [Double]]?
        var evaluation: [[Float]]?
        var backToTraining: [[Float]]?
    }

    struct File: Decodable {
        var initial: [[Float]]
        var shapes: [[Int]]
        var gradients: [[[Float]]]
        var cases: [Case]
    }

    static let names = [
        "sgd", "sgd_momentum_dampening", "sgd_nesterov_wd", "sgd_momentum_schedule", "sgd_groups", "adam",
        "adam_wd_amsgrad", "adam_beta1_schedule", "adamw", "adamw_amsgrad_betas", "adamw_groups", "rmsprop",
        "rmsprop_centered_momentum", "adagrad", "adagrad_decay", "sgd_schedule_free", "sgd_schedule_free_warmup",
        "adamw_schedule_free", "adamw_schedule_free_warmup", "adamw_schedule_free_groups",
    ]

    static func parameters(_ file: File) throws -> [Parameter] {
        try zip(file.initial, file.shapes).enumerated().map { i, pair in
            Parameter(name: "p\(i)", value: try Matrix(rows: pair.1[0], columns: pair.1[1], values: pair.0))
        }
    }

    static func optimizer(_ fixture: Case) throws -> any Optimizer {
        let groups =
            fixture.groups.map {
                [
                    ParameterGroup(
                        parameterIndices: [1], learningRateMultiplier: $0.lr_multiplier, weightDecay: $0.weight_decay)
                ]
            } ?? []
        return try OptimizerSpec(parsing: fixture.spec).makeOptimizer(groups: groups)
    }

    /// Runs steps `range` of the fixture on `parameters`.
    static func run(
        _ optimizer: inout any Optimizer, _ parameters: inout [Parameter], _ fixture: Case, _ file: File,
        steps range: Range<Int>
    ) throws {
        for k in range {
            for (key, values) in fixture.perStep ?? [:] {
                switch key {
                case "momentum": optimizer.hyperparameters.momentum = values[k]
                case "beta1": optimizer.hyperparameters.beta1 = values[k]
                default: Issue.record("unknown per-step key \(key)")
                }
            }
            for i in parameters.indices {
                parameters[i].gradient = try Matrix(
                    rows: parameters[i].value.rows, columns: parameters[i].value.columns, values: file.gradients[k][i])
            }
            try optimizer.step(&parameters, learningRate: fixture.rates[k])
            for i in parameters.indices {
                TorchFixture.expectClose(
                    parameters[i].value.values, fixture.history[k][i], rtol: 2e-5, atol: 1e-6,
                    "\(fixture.name) step \(k + 1) parameter \(i)")
            }
        }
    }

    @Test func fixtureHasEveryCase() throws {
        #expect(try TorchFixture.load("torch_optimizers.json", as: File.self).cases.map(\.name) == Self.names)
    }

    @Test(arguments: names)
    func updatesMatchTorch(name: String) throws {
        let file = try TorchFixture.load("torch_optimizers.json", as: File.self)
        let fixture = try #require(file.cases.first { $0.name == name })
        var parameters = try Self.parameters(file)
        var optimizer = try Self.optimizer(fixture)
        try Self.run(&optimizer, &parameters, fixture, file, steps: 0..<fixture.rates.count)
        #expect(optimizer.stepCount == fixture.rates.count)
        if let evaluation = fixture.evaluation, let back = fixture.backToTraining {
            optimizer.setMode(.evaluation, parameters: &parameters)
            for i in parameters.indices {
                TorchFixture.expectClose(
                    parameters[i].value.values, evaluation[i], rtol: 2e-5, atol: 1e-6, "\(name) x[\(i)]")
            }
            #expect(throws: TrainingError.self) { try optimizer.step(&parameters, learningRate: 0.1) }
            optimizer.setMode(.training, parameters: &parameters)
            for i in parameters.indices {
                TorchFixture.expectClose(parameters[i].value.values, back[i], rtol: 2e-5, atol: 1e-6, "\(name) y[\(i)]")
            }
        }
    }

    @Test(arguments: names)
    func resumingFromSavedStateContinuesTheSameSequence(name: String) throws {
        let file = try TorchFixture.load("torch_optimizers.json", as: File.self)
        let fixture = try #require(file.cases.first { $0.name == name })
        var parameters = try Self.parameters(file)
        var optimizer = try Self.optimizer(fixture)
        try Self.run(&optimizer, &parameters, fixture, file, steps: 0..<2)
        let saved = try JSONEncoder().encode(optimizer.state)
        var resumed = try Self.optimizer(fixture)
        try resumed.restore(try JSONDecoder().decode(OptimizerState.self, from: saved))
        #expect(resumed.state == optimizer.state)
        try Self.run(&resumed, &parameters, fixture, file, steps: 2..<fixture.rates.count)
    }
}
