import AnnealCLI
import ArgumentParser

/// The executable's entry point; the commands live in `AnnealCLI`, where tests reach them.
@main
struct Anneal: AsyncParsableCommand {
    static let configuration = AnnealCommand.configuration
}
