import Tensors

/// A training objective: the mean loss of a batch and its gradient with respect to the model output.
///
/// `targets` is a matrix with one row per sample: class indices in a single column for `CrossEntropyLoss`
/// (exact integers stored as `Float`), values shaped like the output for the others. Reductions follow torch's
/// `reduction='mean'`.
public protocol Loss: Sendable {
    /// The loss's name as the CLI and reports spell it (`cross_entropy`, `bce_with_logits`, `mse`, `huber`).
    var name: String { get }

    /// The mean loss over the batch; writes dLoss/dOutput into `gradient` (reshaped to the output's shape; no
    /// allocation when its storage fits).
    /// - Throws: `TrainingError.Code.shapeMismatch` when output and targets do not fit, `.invalidTarget` for a bad
    ///   class index, `.invalidValue` for an empty batch. NaN in the output gives a NaN loss, not an error.
    func evaluate(output: Matrix, targets: Matrix, gradient: inout Matrix) throws -> Double

    /// The mean loss over the batch without the gradient.
    func value(output: Matrix, targets: Matrix) throws -> Double
}

extension Loss {
    public func value(output: Matrix, targets: Matrix) throws -> Double {
        var scratch = Matrix(rows: 0, columns: 0)
        return try evaluate(output: output, targets: targets, gradient: &scratch)
    }

    /// The mean of `term` over every element, writing each element's derivative divided by the element count into
    /// `gradient` (torch's `reduction='mean'` for the elementwise losses).
    /// - Parameter term: `(index, output, target) -> (loss, dLoss/dOutput)` of one element, in Double.
    @inline(__always)
    func meanOverElements(
        _ output: Matrix, _ targets: Matrix, _ gradient: inout Matrix,
        _ term: (Int, Double, Double) -> (value: Double, derivative: Double)
    ) throws -> Double {
        try checkSameShape(output, targets)
        let count = Double(output.count)
        gradient.resize(rows: output.rows, columns: output.columns)
        var total = 0.0
        output.withUnsafeBufferPointer { y in
            targets.withUnsafeBufferPointer { t in
                gradient.withUnsafeMutableBufferPointer { g in
                    for i in 0..<y.count {
                        let (value, derivative) = term(i, Double(y[i]), Double(t[i]))
                        total += value
                        g[i] = Float(derivative / count)
                    }
                }
            }
        }
        return total / count
    }

    /// Checks that `output` is non-empty and that `targets` has its shape (the elementwise losses).
    func checkSameShape(_ output: Matrix, _ targets: Matrix) throws {
        guard output.rows > 0, output.columns > 0 else {
            throw TrainingError(.invalidValue, "\(name): the batch is empty; give at least one sample")
        }
        guard targets.rows == output.rows, targets.columns == output.columns else {
            throw TrainingError(
                .shapeMismatch,
                "\(name): targets are \(targets.rows)×\(targets.columns) but the output is "
                    + "\(output.rows)×\(output.columns); give one target per output value")
        }
    }
}
