import ArgumentParser
import Foundation
import Sweeps
import Tensors

/// `anneal compare`: trains every schedule with every seed, records the trials in the store and prints a
/// leaderboard with the winner or "no significant difference".
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare schedules over several seeds: leaderboard, cost to target, winner.",
        discussion: """
            Each --schedule is trained with --seeds seeds (--seed, --seed+1, …); a seed fixes the initial weights, \
            the validation split and the batch order, so the schedules' results pair up seed by seed. Trials run in \
            parallel (--jobs, default the number of cores) and are recorded as runs of one experiment in --store.

            The leaderboard gives, per schedule, the mean and 95% t-interval over seeds of the final validation \
            loss, accuracy and expected calibration error (classification), the whole trial's wall and CPU \
            seconds, and with --target-metric (e.g. valid_loss<=0.3) the steps, seconds and samples to the first \
            validation that reached it. With --price (money per CPU core-hour, e.g. --price 0.05 --currency USD) \
            it adds the money of each schedule's trials and the money to the target: CPU core-seconds are billed \
            (user + system time of every thread, as vCPU-hours are billed), not wall time. The leader (lowest mean validation loss) wins when paired t-tests over the \
            same seeds find it better than every other schedule (Holm-corrected, 5%); otherwise the verdict is \
            "no significant difference". Ranks tie schedules whose intervals overlap.

            On a terminal (or with --plot) the text leaderboard is followed by braille plots of each schedule's mean \
            validation loss and learning rate; piped output stays plain text unless --plot is given.

            --out report.html writes a self-contained page with the rate curves and the loss curves with seed bands.
            """)

    @OptionGroup var options: ModelOptions

    @Option(
        name: .customLong("schedule"),
        help: ArgumentHelp(
            "A schedule spec (.json/.yaml file or inline JSON); repeat for each schedule.", valueName: "spec"))
    var schedules: [String] = []

    @Option(help: "Seeds per schedule (at least 2 for intervals and tests).")
    var seeds: Int = 5

    @Option(help: "Number of updates per trial.")
    var steps: Int?

    @Option(help: "Number of passes over the training rows per trial (instead of --steps).")
    var epochs: Int?

    @Option(help: "Validation data with the same columns (default: hold out --valid-fraction of --data per seed).")
    var valid: String?

    @Option(name: .customLong("valid-fraction"), help: "Share of --data held out for validation.")
    var validFraction: Double = 0.2

    @Option(name: .customLong("valid-every"), help: "Validate every N steps (default: a twentieth of the run).")
    var validEvery: Int?

    @Option(
        name: .customLong("target-metric"),
        help: ArgumentHelp("A quality to reach, e.g. valid_loss<=0.3 or valid_accuracy>=0.9.", valueName: "goal"))
    var targetMetric: String?

    @Option(
        help: ArgumentHelp(
            "Money per CPU core-hour (e.g. 0.05): adds each schedule's money, whole trial and to target.",
            valueName: "amount"))
    var price: Double?

    @Option(help: ArgumentHelp("The currency label of --price (e.g. USD); a label only.", valueName: "code"))
    var currency: String?

    @Option(help: "Trials at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: "Write an HTML report here.")
    var out: String?

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    @Flag(
        inversion: .prefixedNo,
        help: "Plot each schedule's mean validation loss and rate after the text leaderboard (default: on a terminal).")
    var plot: Bool?

    @OptionGroup var storeOptions: StoreOptions

    @Flag(name: .customLong("no-store"), help: "Do not record the trials.")
    var noStore = false

    @Option(help: "The experiment the trials are recorded in (default: compare-<time>).")
    var experiment: String?

    func validate() throws {
        if schedules.isEmpty { throw ValidationError("give at least one --schedule (repeat it to compare several)") }
        if seeds < 1 { throw ValidationError("--seeds must be at least 1, got \(seeds)") }
        switch (steps, epochs) {
        case (nil, nil): throw ValidationError("give each trial's length with --steps N or --epochs E")
        case (.some, .some): throw ValidationError("give either --steps or --epochs, not both")
        case (.some(let steps), nil) where steps < 1: throw ValidationError("--steps must be at least 1, got \(steps)")
        case (nil, .some(let epochs)) where epochs < 1:
            throw ValidationError("--epochs must be at least 1, got \(epochs)")
        default: break
        }
        if valid == nil && !(validFraction > 0 && validFraction < 1) {
            throw ValidationError(
                "--valid-fraction must be in (0, 1) to compare on held-out rows, got \(validFraction); or give --valid")
        }
        if let validEvery, validEvery < 1 {
            throw ValidationError("--valid-every must be at least 1, got \(validEvery)")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        if let price, !(price.isFinite && price >= 0) {
            throw ValidationError(
                "--price must be a finite amount ≥ 0 per CPU core-hour, got \(price); e.g. --price 0.05")
        }
        if let currency {
            if price == nil { throw ValidationError("--currency \(currency) needs --price (money per core-hour)") }
            if currency.trimmingCharacters(in: .whitespaces).isEmpty || currency.contains(where: \.isWhitespace) {
                throw ValidationError("--currency must be a short label without spaces, e.g. USD; got '\(currency)'")
            }
        }
        if noStore && storeOptions.store != nil { throw ValidationError("give --store or --no-store, not both") }
    }

    func run() async throws {
        try await reportingErrors { try await compare() }
    }
}
