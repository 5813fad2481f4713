import Foundation
import Testing

@testable import Schedules

/// Hugging Face `transformers.optimization` schedules against transformers' own `LambdaLR` rates.
@Suite("Hugging Face schedules")
struct HuggingFaceTests {
    static let fixture = ReferenceFixture.load("huggingface.json")

    @Test("matches transformers", arguments: fixture.cases)
    func matchesReference(_ reference: ReferenceCase) throws {
        try expectMatches(reference)
    }

    @Test("every hf type has reference cases")
    func coverage() {
        FamilyChecks.expectCovered(Self.fixture, ScheduleCatalog.huggingFaceDefinitions)
    }

    @Test(
        "catalogue entry: family, summary, convention; negative steps read as step 0",
        arguments: ScheduleCatalog.huggingFaceDefinitions.map(\.type))
    func catalogueEntry(_ type: String) throws {
        try FamilyChecks.expectCatalogueEntry(type, family: .huggingFace)
    }

    @Test("specs round-trip through JSON", arguments: fixture.cases)
    func roundTrip(_ reference: ReferenceCase) throws {
        try FamilyChecks.expectRoundTrip(reference)
    }

    @Test("lr is inherited from the optimizer")
    func inheritsRate() throws {
        let spec = try ScheduleSpec.parse(
            json: #"{"type": "hf.linear", "num_warmup_steps": 2, "num_training_steps": 10}"#)
        let built = try ScheduleCatalog.standard.build(spec, inheritedRate: 0.4)
        #expect(
            built.rates(steps: 3)
                == HuggingFace.Linear(lr: 0.4, numWarmupSteps: 2, numTrainingSteps: 10).rates(steps: 3))
        #expect(throws: ScheduleError.self) { try ScheduleCatalog.standard.build(spec) }
    }

    @Test("lint facts name warmup and horizon")
    func facts() throws {
        let built = try ScheduleCatalog.standard.build(
            try ScheduleSpec.parse(
                json:
                    #"{"type": "hf.warmup_stable_decay", "lr": 1, "num_warmup_steps": 5, "num_decay_steps": 10, "num_training_steps": 40}"#
            ))
        #expect(built.facts.warmupSteps == 5)
        #expect(built.facts.totalSteps == 40)
    }

    @Test(
        "inconsistent specs name the field",
        arguments: [
            (
                #"{"type": "hf.polynomial", "lr": 0.001, "num_warmup_steps": 0, "num_training_steps": 10, "lr_end": 0.01}"#,
                "lr_end"
            ),
            (
                #"{"type": "hf.polynomial", "lr": 0.1, "num_warmup_steps": 10, "num_training_steps": 10}"#,
                "num_warmup_steps"
            ),
            (
                #"{"type": "hf.linear", "lr": 0.1, "num_warmup_steps": 20, "num_training_steps": 10}"#,
                "num_warmup_steps"
            ),
            (
                #"{"type": "hf.cosine", "lr": 0.1, "num_warmup_steps": 0, "num_training_steps": 0}"#,
                "num_training_steps"
            ),
            (
                #"{"type": "hf.cosine_warmup_with_min_lr", "lr": 0.1, "num_warmup_steps": 0, "num_training_steps": 9}"#,
                "min_lr"
            ),
            (
                #"{"type": "hf.cosine_warmup_with_min_lr", "lr": 0.1, "num_warmup_steps": 2, "num_training_steps": 9, "min_lr_rate": 0.1, "warmup_lr_rate": 2}"#,
                "warmup_lr_rate"
            ),
            (
                #"{"type": "hf.cosine_with_min_lr", "lr": 0.1, "num_warmup_steps": 0, "num_training_steps": 9}"#,
                "min_lr"
            ),
            (
                #"{"type": "hf.cosine_with_min_lr", "lr": 0.1, "num_warmup_steps": 0, "num_training_steps": 9, "min_lr": 0.01, "min_lr_rate": 0.1}"#,
                "min_lr"
            ),
            (
                #"{"type": "hf.cosine_with_min_lr", "lr": 0.1, "num_warmup_steps": 0, "num_training_steps": 9, "min_lr": 0.5}"#,
                "min_lr"
            ),
            (
                #"{"type": "hf.warmup_stable_decay", "lr": 0.1, "num_warmup_steps": 5, "num_decay_steps": 5}"#,
                "num_stable_steps"
            ),
            (
                #"{"type": "hf.warmup_stable_decay", "lr": 0.1, "num_warmup_steps": 5, "num_decay_steps": 5, "num_training_steps": 8}"#,
                "num_training_steps"
            ),
            (
                #"{"type": "hf.warmup_stable_decay", "lr": 0.1, "num_warmup_steps": 5, "num_decay_steps": 5, "num_stable_steps": 1, "decay_type": "sqrt"}"#,
                "decay_type"
            ),
            (
                #"{"type": "hf.cosine", "lr": 0.1, "num_warmup_steps": 0, "num_training_steps": 10, "num_cycle": 1}"#,
                "num_cycle"
            ),
        ])
    func rejects(_ json: String, _ field: String) throws {
        let spec = try ScheduleSpec.parse(json: json)
        #expect {
            try ScheduleCatalog.standard.build(spec)
        } throws: { error in
            (error as? ScheduleError)?.field == field
        }
    }
}
