import ArgumentParser

/// The synthetic generators `anneal data generate` knows.
enum GeneratorName: String, ExpressibleByArgument, CaseIterable {
    case sea, hyperplane, agrawal, stagger, moons, spirals, blobs, friedman

    /// Whether the generator has numbered concepts to drift between.
    var concepts: ClosedRange<Int>? {
        switch self {
        case .sea: 1...4
        case .agrawal: 1...10
        case .stagger: 1...3
        default: nil
        }
    }

    /// What `--noise` means for this generator.
    var noiseMeaning: String? {
        switch self {
        case .sea: "probability of flipping a label"
        case .agrawal: "perturbation of numeric features (fraction of their range)"
        case .hyperplane: "probability of flipping a label"
        case .moons, .spirals: "standard deviation of Gaussian noise on the points"
        case .blobs: "standard deviation of each blob"
        case .friedman: "standard deviation of Gaussian noise on the target"
        case .stagger: nil
        }
    }

    static var list: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
