import ArgumentParser

/// `anneal runs`: look at recorded runs.
struct RunsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "runs",
        abstract: "List, show and export recorded runs.",
        discussion: """
            RUN is a run id or any unique prefix of one (as `anneal runs list` prints them). The store is --store, \
            else $ANNEAL_STORE, else ./.anneal.
            """,
        subcommands: [RunsList.self, RunsShow.self, RunsExport.self]
    )
}
