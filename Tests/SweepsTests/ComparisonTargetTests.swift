import Evaluation
import Testing

@testable import Sweeps

@Suite struct ComparisonTargetTests {
    @Test(arguments: [
        ("valid_loss<=0.3", "val_loss", MetricGoal.minimize, 0.3),
        ("valid_accuracy >= 0.9", "val_accuracy", .maximize, 0.9),
        ("loss<=1e-2", "loss", .minimize, 0.01),
    ])
    func parses(text: String, metric: String, goal: MetricGoal, value: Double) throws {
        let target = try ComparisonTarget(parsing: text)
        #expect(target.metric == metric && target.goal == goal && target.value == value)
    }

    @Test(arguments: ["valid_loss", "valid_loss<0.3", "<=0.3", "valid_loss<=abc", "valid_loss<=nan", ""])
    func rejectsMalformedTargets(text: String) {
        #expect { try ComparisonTarget(parsing: text) } throws: { ($0 as? SweepsError)?.code == .invalidTarget }
    }
}
