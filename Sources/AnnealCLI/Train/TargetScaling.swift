import Tensors
import Training

/// Standardisation of a regression target: the model trains on `(y − mean) / scale`, and the saved model predicts
/// `y` itself because the scaling is folded into its last dense layer.
///
/// Training on a standardised target lets the default rates work whatever the target's units (a bias that must
/// reach 1000 would take tens of thousands of Adam steps otherwise). Folding is exact algebra:
/// `scale · (W h + b) + mean = (scale · W) h + (scale · b + mean)`.
struct TargetScaling: Sendable, Equatable {
    /// The training targets' mean.
    let mean: Double
    /// The training targets' population standard deviation (1 for a constant target).
    let scale: Double

    /// The scaling of `values` (training rows only).
    init(fitting values: [Float]) {
        let count = Double(max(values.count, 1))
        let mean = values.reduce(0.0) { $0 + Double($1) } / count
        let variance = values.reduce(0.0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / count
        let std = variance.squareRoot()
        self.mean = mean
        self.scale = std > 1e-12 * max(abs(mean), 1) && std.isFinite ? std : 1
    }

    /// `values` standardised.
    func standardize(_ values: [Float]) -> [Float] {
        values.map { Float((Double($0) - mean) / scale) }
    }

    /// A loss measured on standardised targets (mean squared error) in the target's own units.
    func squaredErrorInTargetUnits(_ loss: Double) -> Double { loss * scale * scale }

    /// The model with the scaling folded into its last layer, so it predicts targets in their own units.
    /// - Throws: `CLIError.data` when the model does not end with a dense layer with a bias.
    func unscaled(_ model: Sequential) throws -> Sequential {
        var model = model
        try CLIError.mappingLibraryErrors("undoing the target scaling") {
            try model.scaleOutput(by: Float(scale), shift: Float(mean))
        }
        return model
    }
}
