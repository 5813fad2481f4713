import ArgumentParser

/// `anneal registry`: named models, their versions and aliases.
struct RegistryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registry",
        abstract: "Register trained models as versions, point aliases at them, roll aliases back.",
        discussion: """
            Each new version and each alias move is recorded with its actor (--actor, default $USER@host) in the \
            audit chain; alias moves also keep their --reason. Check the chain with `anneal audit verify`.
            """,
        subcommands: [
            RegistryRegister.self, RegistryList.self, RegistryShow.self, RegistryAlias.self, RegistryRollback.self,
        ]
    )
}
