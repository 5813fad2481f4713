import ArgumentParser
import Foundation

/// `anneal train`: fits a model on a CSV file and writes a model bundle, recording the run in the store.
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a model on a CSV file and save it as a model bundle.",
        discussion: """
            The task follows from the target column (override with --task); the feature encoder is fitted on the \
            training rows only and saved in the bundle. Without --valid, --valid-fraction of the rows (stratified \
            by class) are held out for validation.

            Checkpoints: --checkpoint-every K writes <out>.checkpoints/checkpoint-<step>.annealck every K steps \
            (atomically; the newest 3 are kept). Ctrl-C finishes the current step, writes a checkpoint in the same \
            folder, prints its path and exits with 130; --resume PATH (a checkpoint, or that folder for its newest) \
            continues with the same options and gives bitwise the same model as a run that never stopped.

            The bundle records when it was made; set SOURCE_DATE_EPOCH (seconds since 1970) to fix that time, so \
            that equal runs write byte-identical bundles.

            The run is recorded (parameters, schedule, loss and rate per step, validation metrics, automatic rate \
            changes as audit events, the bundle as an artifact, the data's provenance card) in --store (default \
            $ANNEAL_STORE, else .anneal/); --no-store skips that.
            """)

    @OptionGroup var options: ModelOptions

    @Option(help: "Validation data with the same columns (default: hold out --valid-fraction of --data).")
    var valid: String?

    @Option(name: .customLong("valid-fraction"), help: "Share of --data held out for validation; 0 for none.")
    var validFraction: Double = 0.2

    @Option(name: .customLong("valid-every"), help: "Validate every N steps (default: a tenth of the run).")
    var validEvery: Int?

    @Option(help: "A schedule spec: .json/.yaml file or inline JSON (default: the optimizer's lr, constant).")
    var schedule: String?

    @Option(help: "Number of updates.")
    var steps: Int?

    @Option(help: "Number of passes over the training rows (instead of --steps).")
    var epochs: Int?

    @Option(name: .customLong("checkpoint-every"), help: "Write a checkpoint every K steps next to --out.")
    var checkpointEvery: Int?

    @Option(help: "Continue from this checkpoint (or the newest in this folder), with the same options.")
    var resume: String?

    @Option(help: "Where to write the model bundle.")
    var out: String = "model.annealmodel"

    @Option(help: "Store to record the run in: a folder, a .sqlite file or a postgres:// URL.")
    var store: String?

    @Flag(name: .customLong("no-store"), help: "Do not record the run.")
    var noStore = false

    @Option(help: "Experiment the run belongs to in the store.")
    var experiment: String = "default"

    @Option(name: .customLong("log-every"), help: "Off a terminal: print a progress line every N steps.")
    var logEvery: Int?

    @Option(help: "text or json (one JSON object at the end).")
    var format: ReportFormat = .text

    func validate() throws {
        switch (steps, epochs) {
        case (nil, nil): throw ValidationError("give the run's length with --steps N or --epochs E")
        case (.some, .some): throw ValidationError("give either --steps or --epochs, not both")
        case (.some(let steps), nil) where steps < 1: throw ValidationError("--steps must be at least 1, got \(steps)")
        case (nil, .some(let epochs)) where epochs < 1:
            throw ValidationError("--epochs must be at least 1, got \(epochs)")
        default: break
        }
        if !(validFraction >= 0 && validFraction < 1) {
            throw ValidationError("--valid-fraction must be in [0, 1), got \(validFraction)")
        }
        for (name, value) in [("--valid-every", validEvery), ("--checkpoint-every", checkpointEvery),
                              ("--log-every", logEvery)] {
            if let value, value < 1 { throw ValidationError("\(name) must be at least 1, got \(value)") }
        }
        if noStore && store != nil { throw ValidationError("give --store or --no-store, not both") }
    }

    func run() async throws {
        try await reportingErrors { try await train() }
    }

    /// The folder checkpoints go to: `<out>.checkpoints`.
    var checkpointFolder: String { out + ".checkpoints" }
}
