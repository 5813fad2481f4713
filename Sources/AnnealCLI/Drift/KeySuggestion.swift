/// "Did you mean …?" for `--param` keys: the closest candidate by Levenshtein distance.
///
/// Schedules (`EditDistance`) and Training (`SpellingSuggestion`) keep internal copies of the same idea; a public
/// one in a bottom module would let the CLI share it.
enum KeySuggestion {
    /// The candidate within a third of the word's length (at least 2 edits), or one containing it, if any.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let scored = candidates.map { ($0, distance(word.lowercased(), $0.lowercased())) }
        if let (best, edits) = scored.min(by: { $0.1 < $1.1 }), edits <= max(2, word.count / 3) { return best }
        return candidates.first { $0.contains(word.lowercased()) || word.lowercased().contains($0) }
    }

    /// Levenshtein distance between two strings.
    static func distance(_ a: String, _ b: String) -> Int {
        let (a, b) = (Array(a), Array(b))
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
