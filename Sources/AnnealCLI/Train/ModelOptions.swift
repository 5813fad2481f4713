import ArgumentParser

/// The options `anneal train` and `anneal lr-find` share: the data, the target, the model, the optimizer and the
/// batch.
struct ModelOptions: ParsableArguments {
    @Option(help: "Training data: a CSV file (or .jsonl).")
    var data: String

    @Option(help: "The column to predict.")
    var target: String

    @Option(help: "binary, multiclass or regression (default: inferred from the target column).")
    var task: TaskName?

    @Option(
        help: ArgumentHelp(
            "logistic, softmax, linear or mlp:128,64[:gelu][:dropout=0.1] (default: logistic for binary, softmax for "
                + "multiclass, linear for regression).", valueName: "spec"))
    var model: String?

    @Option(
        help: ArgumentHelp(
            "sgd:momentum=0.9,nesterov=true,weight_decay=1e-4, adam, adamw:weight_decay=0.01, rmsprop, adagrad, "
                + "sgd_schedule_free, adamw_schedule_free (torch names); lr=R inside it sets the base rate that "
                + "schedules without their own lr inherit (default: torch's default rate of the optimizer).",
            valueName: "spec"))
    var optimizer: String = "adamw"

    @Option(name: .customLong("batch-size"), help: "Samples per batch.")
    var batchSize: Int = 32

    @Option(help: "Seeds the model's initial weights, the validation split and the batch order.")
    var seed: UInt64 = 0

    @Option(help: "Threads for matrix kernels (default: ANNEAL_THREADS or the number of cores).")
    var threads: Int?

    func validate() throws {
        if batchSize < 1 { throw ValidationError("--batch-size must be at least 1, got \(batchSize)") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1, got \(threads)") }
    }
}
