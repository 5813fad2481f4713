#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An elementwise activation function and its derivative, matching PyTorch's definitions.
public enum Activation: Sendable, Hashable, Codable {
    /// `f(x) = x`.
    case identity
    /// `max(0, x)`; derivative 0 at `x = 0` (as in PyTorch).
    case relu
    /// `x` for `x > 0`, else `negativeSlope * x` (PyTorch's default slope is 0.01).
    case leakyReLU(negativeSlope: Float)
    /// Exact GELU, `x · Φ(x) = 0.5 x (1 + erf(x / √2))` (PyTorch's default `approximate='none'`).
    case gelu
    /// Tanh-approximated GELU, `0.5 x (1 + tanh(√(2/π) (x + 0.044715 x³)))` (PyTorch `approximate='tanh'`).
    case geluTanh
    /// Hyperbolic tangent.
    case tanh
    /// Logistic sigmoid `1 / (1 + e^(-x))`, evaluated without overflow for large `|x|`.
    case sigmoid

    /// Leaky ReLU with PyTorch's default slope 0.01.
    public static let leakyReLU = Activation.leakyReLU(negativeSlope: 0.01)

    @usableFromInline static let sqrtHalf: Float = 0.707_106_781_186_547_524_4
    @usableFromInline static let inverseSqrtTwoPi: Float = 0.398_942_280_401_432_677_9
    @usableFromInline static let sqrtTwoOverPi: Float = 0.797_884_560_802_865_355_9

    /// `f(x)`.
    @inlinable
    public func callAsFunction(_ x: Float) -> Float {
        switch self {
        case .identity: return x
        case .relu: return x > 0 ? x : 0
        case .leakyReLU(let slope): return x > 0 ? x : slope * x
        case .gelu: return 0.5 * x * (1 + erff(x * Activation.sqrtHalf))
        case .geluTanh:
            let inner = Activation.sqrtTwoOverPi * (x + 0.044715 * x * x * x)
            return 0.5 * x * (1 + tanhf(inner))
        case .tanh: return tanhf(x)
        case .sigmoid: return Activation.logistic(x)
        }
    }

    /// `f'(x)`, the derivative at the pre-activation value `x`.
    @inlinable
    public func derivative(_ x: Float) -> Float {
        switch self {
        case .identity: return 1
        case .relu: return x > 0 ? 1 : 0
        case .leakyReLU(let slope): return x > 0 ? 1 : slope
        case .gelu:
            let cdf = 0.5 * (1 + erff(x * Activation.sqrtHalf))
            return cdf + x * Activation.inverseSqrtTwoPi * expf(-0.5 * x * x)
        case .geluTanh:
            let x2 = x * x
            let t = tanhf(Activation.sqrtTwoOverPi * (x + 0.044715 * x2 * x))
            let dInner = Activation.sqrtTwoOverPi * (1 + 3 * 0.044715 * x2)
            return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * dInner
        case .tanh:
            let t = tanhf(x)
            return 1 - t * t
        case .sigmoid:
            let s = Activation.logistic(x)
            return s * (1 - s)
        }
    }

    @inlinable
    static func logistic(_ x: Float) -> Float {
        if x >= 0 { return 1 / (1 + expf(-x)) }
        let e = expf(x)
        return e / (1 + e)
    }
}
