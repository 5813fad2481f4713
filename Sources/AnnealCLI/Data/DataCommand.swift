import ArgumentParser

/// `anneal data`: generate, check and describe datasets.
struct DataCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Generate synthetic datasets, check data quality, print provenance cards.",
        subcommands: [DataGenerate.self, DataCheckCommand.self, DataCardCommand.self]
    )
}
