import Schedules

/// "Did you mean …?" for spec keys and names, from `EditDistance` (shared with the schedule specs and the CLI).
enum SpellingSuggestion {
    /// ` (did you mean 'x'?)` when a candidate is within a few edits of `word`, else an empty string.
    static func hint(for word: String, in candidates: [String]) -> String {
        guard let best = EditDistance.suggestion(for: word, among: candidates) else { return "" }
        return " (did you mean '\(best)'?)"
    }
}
