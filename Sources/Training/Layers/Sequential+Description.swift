import Tensors

extension Sequential: CustomStringConvertible {
    /// A torch-like summary: one line per layer with its parameter count, then the total.
    public var description: String {
        var lines = ["Sequential(inputs: \(inputColumns), outputs: \(outputColumns))"]
        for (index, spec) in layerSpecs.enumerated() {
            let count = parameterIndices(ofLayer: index).reduce(0) { $0 + parameters[$1].value.count }
            let text: String
            switch spec {
            case .dense(let i, let o, let bias): text = "Dense(\(i) → \(o)\(bias ? "" : ", bias: false"))"
            case .activation(let a): text = "\(a)"
            case .dropout(let p): text = "Dropout(p: \(p))"
            case .layerNorm(let n, let eps): text = "LayerNorm(\(n), eps: \(eps))"
            }
            lines.append("  (\(index)) \(text)" + (count > 0 ? "  \(count) parameters" : ""))
        }
        lines.append("  total: \(parameterValueCount) parameters")
        return lines.joined(separator: "\n")
    }
}
