import Foundation
import Tensors
import Testing

@testable import Training

/// Parsing optimizer specs from CLI strings: values, defaults, errors that name the key and suggest a fix.
@Suite struct OptimizerSpecTests {
    func error(_ text: String) -> TrainingError? {
        do {
            _ = try OptimizerSpec(parsing: text)
            return nil
        } catch let error as TrainingError {
            return error
        } catch {
            return nil
        }
    }

    @Test func parsesTorchParameterNames() throws {
        let sgd = try OptimizerSpec(parsing: "sgd:momentum=0.9,nesterov=true,weight_decay=1e-4")
        #expect(sgd.kind == .sgd)
        #expect(sgd.hyperparameters.momentum == 0.9)
        #expect(sgd.hyperparameters.nesterov)
        #expect(sgd.hyperparameters.weightDecay == 1e-4)
        let adam = try OptimizerSpec(parsing: "adam:betas=0.8/0.99,amsgrad=true,eps=1e-6")
        #expect(adam.hyperparameters.beta1 == 0.8 && adam.hyperparameters.beta2 == 0.99)
        #expect(adam.hyperparameters.amsgrad && adam.hyperparameters.epsilon == 1e-6)
        let sf = try OptimizerSpec(parsing: "adamw_schedule_free:warmup_steps=100,r=0.5,weight_lr_power=1")
        #expect(sf.kind == .adamwScheduleFree)
        #expect(sf.hyperparameters.warmupSteps == 100 && sf.hyperparameters.r == 0.5)
        #expect(try OptimizerSpec(parsing: "SGD-Schedule-Free").kind == .sgdScheduleFree)
    }

    @Test func defaultsAreTorchs() throws {
        #expect(try OptimizerSpec(parsing: "adamw").hyperparameters.weightDecay == 0.01)
        #expect(try OptimizerSpec(parsing: "adam").hyperparameters.weightDecay == 0)
        #expect(try OptimizerSpec(parsing: "adagrad").hyperparameters.epsilon == 1e-10)
        #expect(try OptimizerSpec(parsing: "rmsprop").hyperparameters.alpha == 0.99)
        #expect(try OptimizerSpec(parsing: "sgd_schedule_free").hyperparameters.momentum == 0.9)
        #expect(try OptimizerSpec(parsing: "sgd").hyperparameters.momentum == 0)
    }

    @Test(arguments: OptimizerKind.allCases)
    func descriptionParsesBackToTheSameSpec(kind: OptimizerKind) throws {
        var spec = OptimizerSpec(kind: kind)
        spec.hyperparameters.weightDecay = 0.125
        let again = try OptimizerSpec(parsing: spec.description)
        #expect(again == spec)
        #expect(spec.makeOptimizer().kind == kind)
    }

    @Test func unknownKeySuggestsTheClosest() throws {
        let e = try #require(error("adam:beta=0.9/0.99"))
        #expect(e.code == .unknownKey)
        #expect(e.message.contains("did you mean 'betas'"))
        let wd = try #require(error("sgd:weight_dacay=0.1"))
        #expect(wd.message.contains("'weight_decay'"))
        let lr = try #require(error("sgd:lr=0.1"))
        #expect(lr.code == .unknownKey && lr.message.contains("schedule"))
        #expect(lr.message.contains("--optimizer sgd:lr=0.01"))
        let nesterovOnAdam = try #require(error("adam:nesterov=true"))
        #expect(nesterovOnAdam.code == .unknownKey && nesterovOnAdam.message.contains("betas"))
    }

    @Test func unknownOptimizerSuggestsTheClosest() throws {
        let e = try #require(error("adamww"))
        #expect(e.code == .invalidSpec)
        #expect(e.message.contains("did you mean 'adamw'"))
    }

    @Test func badValuesNameKeyValueAndRange() throws {
        let momentum = try #require(error("sgd:momentum=-0.5"))
        #expect(momentum.code == .invalidValue)
        #expect(momentum.message.contains("momentum=-0.5") && momentum.message.contains(">= 0"))
        let betas = try #require(error("adam:betas=0.9/1.5"))
        #expect(betas.code == .invalidValue && betas.message.contains("betas[1]"))
        let malformedBetas = try #require(error("adam:betas=0.9"))
        #expect(malformedBetas.message.contains("0.9/0.999"))
        let flag = try #require(error("sgd:nesterov=maybe"))
        #expect(flag.message.contains("true or false"))
        let steps = try #require(error("sgd_schedule_free:warmup_steps=2.5"))
        #expect(steps.code == .invalidValue && steps.message.contains("warmup_steps"))
        let pair = try #require(error("sgd:momentum"))
        #expect(pair.code == .invalidSpec)
        let nan = try #require(error("adamw:weight_decay=nan"))
        #expect(nan.code == .invalidValue)
    }

    @Test func hyperparametersAreValidatedAtEachStep() throws {
        var parameters = [Parameter(name: "w", value: Matrix(rows: 1, columns: 2, repeating: 1))]
        var sgd = try OptimizerSpec(parsing: "sgd:momentum=0.9,nesterov=true").makeOptimizer()
        try sgd.step(&parameters, learningRate: 0.1)
        sgd.hyperparameters.momentum = 0
        #expect(throws: TrainingError.self) { try sgd.step(&parameters, learningRate: 0.1) }
        var adam = OptimizerSpec(kind: .adam).makeOptimizer()
        adam.hyperparameters.beta1 = 1
        #expect(throws: TrainingError.self) { try adam.step(&parameters, learningRate: 0.1) }
        adam.hyperparameters.beta1 = 0.9
        #expect(throws: TrainingError.self) { try adam.step(&parameters, learningRate: -1) }
        #expect(throws: TrainingError.self) { try adam.step(&parameters, learningRate: .nan) }
        try adam.step(&parameters, learningRate: 0)
    }

    @Test func parameterGroupsAreChecked() throws {
        var parameters = [
            Parameter(name: "a", value: Matrix(rows: 1, columns: 1)),
            Parameter(name: "b", value: Matrix(rows: 1, columns: 1)),
        ]
        var outOfRange = SGD(groups: [ParameterGroup(parameterIndices: [2])])
        #expect(throws: TrainingError.self) { try outOfRange.step(&parameters, learningRate: 0.1) }
        var twice = SGD(groups: [ParameterGroup(parameterIndices: [0]), ParameterGroup(parameterIndices: [0])])
        #expect(throws: TrainingError.self) { try twice.step(&parameters, learningRate: 0.1) }
        var negative = SGD(groups: [ParameterGroup(parameterIndices: [0], learningRateMultiplier: -1)])
        #expect(throws: TrainingError.self) { try negative.step(&parameters, learningRate: 0.1) }
        var frozen = SGD(groups: [ParameterGroup(parameterIndices: [0], learningRateMultiplier: 0)])
        parameters[0].gradient.fill(1)
        parameters[1].gradient.fill(1)
        try frozen.step(&parameters, learningRate: 0.5)
        #expect(parameters[0].value.values == [0])
        #expect(parameters[1].value.values == [-0.5])
    }

    @Test func restoringAnotherAlgorithmsStateIsAnError() throws {
        var parameters = [Parameter(name: "w", value: Matrix(rows: 1, columns: 2, repeating: 1))]
        var adam = Adam()
        try adam.step(&parameters, learningRate: 0.1)
        var sgd = SGD()
        #expect(throws: TrainingError.self) { try sgd.restore(adam.state) }
        var otherModel = [Parameter(name: "w", value: Matrix(rows: 3, columns: 1))]
        var resumed = Adam()
        try resumed.restore(adam.state)
        #expect(throws: TrainingError.self) { try resumed.step(&otherModel, learningRate: 0.1) }
    }
}
