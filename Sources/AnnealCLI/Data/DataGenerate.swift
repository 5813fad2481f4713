import ArgumentParser
import Datasets
import Foundation

/// `anneal data generate`: a synthetic dataset, optionally with concept drift, written as CSV.
struct DataGenerate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic dataset as CSV (target column last).",
        discussion: """
            Generators: \(GeneratorName.list). sea, agrawal and stagger have numbered concepts; --drift-at moves
            from --concept to --drift-to (default: the next concept) abruptly at that row, or gradually over
            --drift-width rows (a sigmoid centred on --drift-at, as River's ConceptDriftStream).
            """)

    @Argument(help: "Generator: \(GeneratorName.list).")
    var name: GeneratorName

    @Option(help: "Number of rows.")
    var rows: Int

    @Option(help: "Random seed.")
    var seed: UInt64 = 42

    @Option(help: "The concept before any drift (sea 1-4, agrawal 1-10, stagger 1-3).")
    var concept: Int = 1

    @Option(name: .customLong("drift-at"), help: "Row where the new concept starts (centre of a gradual drift).")
    var driftAt: Int?

    @Option(name: .customLong("drift-width"), help: "Rows over which a gradual drift takes place.")
    var driftWidth: Int?

    @Option(name: .customLong("drift-to"), help: "The concept after the drift (default: the next one).")
    var driftTo: Int?

    @Option(help: "Noise level; its meaning depends on the generator (see --help).")
    var noise: Double?

    @Option(help: "Output CSV file.")
    var out: String

    func validate() throws {
        if rows <= 0 { throw ValidationError("--rows must be > 0, got \(rows)") }
        if let noise, !(noise >= 0) { throw ValidationError("--noise must be >= 0, got \(noise)") }
        if noise != nil, name.noiseMeaning == nil { throw ValidationError("\(name.rawValue) takes no --noise") }
        if driftAt != nil || driftWidth != nil || driftTo != nil {
            guard let concepts = name.concepts else {
                throw ValidationError(
                    "\(name.rawValue) has no concepts to drift between; drift works with sea, agrawal and stagger")
            }
            guard driftAt != nil else { throw ValidationError("--drift-width and --drift-to need --drift-at ROW") }
            if let driftTo, !concepts.contains(driftTo) {
                throw ValidationError("--drift-to \(driftTo) is not a \(name.rawValue) concept; use \(concepts)")
            }
        }
        if let concepts = name.concepts, !concepts.contains(concept) {
            throw ValidationError("--concept \(concept) is not a \(name.rawValue) concept; use \(concepts)")
        }
        if let driftAt, !(0..<rows).contains(driftAt) {
            throw ValidationError("--drift-at \(driftAt) is outside the \(rows) rows; use 0..<\(rows)")
        }
        if let driftWidth, driftWidth < 1 { throw ValidationError("--drift-width must be >= 1, got \(driftWidth)") }
    }

    func run() async throws {
        try await reportingErrors {
            do {
                try generate()
            } catch let error as DatasetError {
                throw CLIError.data(error.description)
            }
            let drift = driftAt.map { " with drift at row \($0)" } ?? ""
            print("wrote \(out): \(rows) rows of \(name.rawValue)\(drift), seed \(seed)")
        }
    }

    private func generate() throws {
        let next = { (concepts: ClosedRange<Int>) in driftTo ?? (concept % concepts.upperBound + 1) }
        switch name {
        case .sea:
            try emit(SEAGenerator(concept: concept, noise: noise ?? 0), then: SEAGenerator(concept: next(1...4), noise: noise ?? 0))
        case .agrawal:
            try emit(
                AgrawalGenerator(function: concept, perturbation: noise ?? 0),
                then: AgrawalGenerator(function: next(1...10), perturbation: noise ?? 0))
        case .stagger:
            try emit(STAGGERGenerator(concept: concept), then: STAGGERGenerator(concept: next(1...3)))
        case .hyperplane: try emit(RotatingHyperplaneGenerator(noise: noise ?? 0.05))
        case .moons: try emit(TwoMoonsGenerator(noise: noise ?? 0.1))
        case .spirals: try emit(SpiralsGenerator(noise: noise ?? 0.05))
        case .blobs: try emit(GaussianBlobsGenerator(standardDeviation: noise ?? 1))
        case .friedman: try emit(FriedmanGenerator(noise: noise ?? 1))
        }
    }

    private func emit<G: SyntheticGenerator>(_ generator: G) throws {
        try SyntheticFile.write(generator, rows: rows, seed: seed, to: out)
    }

    private func emit<G: SyntheticGenerator>(_ before: G, then after: G) throws {
        guard let driftAt else { return try emit(before) }
        let shape: ConceptDriftStream<G, G>.Shape =
            driftWidth.map { .gradual(center: driftAt, width: $0) } ?? .abrupt(at: driftAt)
        try SyntheticFile.write(
            ConceptDriftStream(before: before, after: after, shape: shape), rows: rows, seed: seed, to: out)
    }
}
