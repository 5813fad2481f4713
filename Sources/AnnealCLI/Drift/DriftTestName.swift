import ArgumentParser
import Drift

/// The `--tests` choice of `anneal drift`: the command-line names of the drift methods.
enum DriftTestName: String, ExpressibleByArgument, CaseIterable {
    case auto, ks, chi2, z, psi, js, wasserstein

    /// Also accepts the names reports print (`chi_square`, `z_test`, `jensen_shannon`).
    init?(argument: String) {
        let lowered = argument.lowercased()
        if let name = DriftTestName(rawValue: lowered) {
            self = name
        } else if let method = DriftMethod(rawValue: lowered),
            let name = DriftTestName.allCases.first(where: {
                $0.method == method
            })
        {
            self = name
        } else {
            return nil
        }
    }

    /// The library's method.
    var method: DriftMethod {
        switch self {
        case .auto: .auto
        case .ks: .kolmogorovSmirnov
        case .chi2: .chiSquare
        case .z: .zTest
        case .psi: .psi
        case .js: .jensenShannon
        case .wasserstein: .wasserstein
        }
    }

    static var list: String { allCases.map(\.rawValue).joined(separator: "|") }
}
