import Foundation

extension AliasChange {
    /// The version a rollback moves the alias to: replaying the history as a stack (each ordinary move pushes the
    /// version it left, each rollback pops one), the top of the stack. Repeated rollbacks therefore walk back
    /// through earlier champions instead of flipping between two versions.
    /// - Parameter history: the alias's moves, oldest first.
    /// - Returns: the version to move to, or nil when there is nothing to roll back to.
    public static func rollbackTarget(history: [AliasChange]) -> Int? {
        var previous: [Int] = []
        for change in history {
            if change.isRollback {
                _ = previous.popLast()
            } else if let from = change.fromVersion, from != change.toVersion {
                previous.append(from)
            }
        }
        return previous.last
    }
}
