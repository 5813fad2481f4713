import Tensors

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Gradient clipping, torch's `torch.nn.utils.clip_grad_norm_`.
public enum GradientClipping {
    /// Scales every gradient by `min(1, maxNorm / (total + 1e-6))`, where `total` is the `normType`-norm of all
    /// gradients together, and returns `total` (before clipping), as torch does.
    /// - Parameters:
    ///   - parameters: the model's parameters (`&model.parameters`); their `gradient`s are scaled in place.
    ///   - maxNorm: the largest allowed total norm.
    ///   - normType: the `p` of the norm (2 by default; `.infinity` for the max norm).
    ///   - errorIfNonfinite: throw when the total norm is NaN or infinite (torch's `error_if_nonfinite`);
    ///     otherwise the gradients are scaled anyway (a NaN norm makes them NaN, as in torch).
    /// - Throws: `TrainingError.Code.invalidValue` for `maxNorm < 0` or `normType <= 0`, or a non-finite norm when
    ///   `errorIfNonfinite`.
    @discardableResult
    public static func clipGlobalNorm(
        _ parameters: inout [Parameter], maxNorm: Double, normType: Double = 2, errorIfNonfinite: Bool = false
    ) throws -> Double {
        guard maxNorm >= 0, !maxNorm.isNaN else { throw TrainingError.invalid("max_norm", maxNorm, allowed: ">= 0") }
        guard normType > 0 else { throw TrainingError.invalid("norm_type", normType, allowed: "> 0 or inf") }
        let total = globalNorm(parameters, normType: normType)
        if errorIfNonfinite && !total.isFinite {
            throw TrainingError(
                .invalidValue,
                "the total gradient norm is \(total); the loss or the data contains NaN/inf (lower "
                    + "the learning rate, check the inputs, or set error_if_nonfinite=false)")
        }
        let coefficient = maxNorm / (total + 1e-6)
        let clamped = Float(coefficient.isNaN ? coefficient : Swift.min(coefficient, 1))
        for i in parameters.indices { parameters[i].gradient.scale(by: clamped) }
        return total
    }

    /// The `normType`-norm of all gradients taken together (without changing them).
    public static func globalNorm(_ parameters: [Parameter], normType: Double = 2) -> Double {
        var total = 0.0
        var sawNaN = false
        for parameter in parameters {
            parameter.gradient.withUnsafeBufferPointer { g in
                if normType == .infinity {
                    for x in g {
                        if x.isNaN { sawNaN = true } else { total = Swift.max(total, Double(abs(x))) }
                    }
                } else if normType == 2 {
                    for x in g { total += Double(x) * Double(x) }
                } else {
                    for x in g { total += pow(Double(abs(x)), normType) }
                }
            }
        }
        if normType == .infinity { return sawNaN ? .nan : total }
        return normType == 2 ? total.squareRoot() : pow(total, 1 / normType)
    }
}
