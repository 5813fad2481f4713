/// Levenshtein distance, for "did you mean" suggestions in every module's error messages (case-insensitive).
public enum EditDistance {
    /// The number of single-character insertions, deletions and substitutions between two words, ignoring case.
    public static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a.lowercased())
        let b = Array(b.lowercased())
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The closest candidate within a distance of a third of the word's length (at least 2), else one that contains
    /// the word or is contained in it, if any.
    public static func suggestion(for word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, between(word, $0)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(2, word.count / 3) else {
            let word = word.lowercased()
            return candidates.first { $0.lowercased().contains(word) || word.contains($0.lowercased()) }
        }
        return best
    }
}
