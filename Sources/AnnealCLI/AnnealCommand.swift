import ArgumentParser

/// The `anneal` command: learning rates as managed, measured, audited values.
public struct AnnealCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "anneal",
        abstract: "Learning-rate schedules, training and evidence for tabular models.",
        version: "0.1.0",
        subcommands: [
            ScheduleCommand.self, DataCommand.self, DriftCommand.self,
            RunsCommand.self, ExperimentsCommand.self, RegistryCommand.self, AuditCommand.self,
            CompareCommand.self, ReportCommand.self,
            TrainCommand.self, LRFindCommand.self, PredictCommand.self, EvaluateCommand.self,
        ]
    )

    public init() {}
}
