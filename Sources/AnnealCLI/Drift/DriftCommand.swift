import ArgumentParser

/// `anneal drift`: has the data moved? Batch two-sample tests by default, plus profiles and streaming detectors.
struct DriftCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drift",
        abstract: "Compare current data with a reference, save reference profiles, run streaming detectors.",
        discussion: """
            'anneal drift --reference REF --current CUR' runs the batch comparison (the default subcommand, \
            also 'anneal drift compare'). 'anneal drift profile' saves a reference summary once; \
            'anneal drift stream' feeds one column to a streaming detector.
            """,
        subcommands: [DriftCompare.self, DriftProfile.self, DriftStream.self],
        defaultSubcommand: DriftCompare.self
    )
}
