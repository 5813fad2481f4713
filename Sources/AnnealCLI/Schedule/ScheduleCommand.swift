import ArgumentParser

/// `anneal schedule`: inspect schedules before a run starts.
struct ScheduleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Print, plot, lint and list learning-rate schedules.",
        discussion: """
            SPEC is a .json or .yaml file, or inline JSON such as '{"type":"step","lr":0.1,"step_size":30}'.
            Step t is the rate used for update t+1 (PyTorch's get_last_lr() after t calls of step()).
            """,
        subcommands: [ScheduleValues.self, SchedulePlot.self, ScheduleLintCommand.self, ScheduleList.self]
    )
}
