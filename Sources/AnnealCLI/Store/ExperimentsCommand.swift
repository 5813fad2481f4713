import ArgumentParser

/// `anneal experiments`: the named groups runs belong to.
struct ExperimentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "experiments",
        abstract: "List experiments (named groups of runs).",
        subcommands: [ExperimentsList.self],
        defaultSubcommand: ExperimentsList.self
    )
}
