/// An elementwise activation function and its derivative, matching PyTorch's definitions.
public enum Activation: Sendable, Hashable, Codable {
    /// `f(x) = x`.
    case identity
    /// `max(0, x)`; derivative 0 at `x = 0` (as in PyTorch); NaN passes through.
    case relu
    /// `x` for `x >= 0`, else `negativeSlope * x` (PyTorch's default slope is 0.01).
    case leakyReLU(negativeSlope: Float)
    /// Exact GELU, `x · Φ(x) = 0.5 x (1 + erf(x / √2))` (PyTorch's default `approximate='none'`).
    case gelu
    /// Tanh-approximated GELU, `0.5 x (1 + tanh(√(2/π) (x + 0.044715 x³)))` (PyTorch `approximate='tanh'`).
    case geluTanh
    /// Hyperbolic tangent.
    case tanh
    /// Logistic sigmoid `1 / (1 + e^(-x))`, without overflow for large `|x|`.
    case sigmoid

    /// Leaky ReLU with PyTorch's default slope 0.01.
    public static let leakyReLU = Activation.leakyReLU(negativeSlope: 0.01)

    static let sqrtTwoOverPi: Float = 0.797_884_560_802_865_355_9

    /// `f(x)`. Bitwise equal to what `forward` computes for the same value inside a matrix.
    public func callAsFunction(_ x: Float) -> Float {
        switch self {
        case .identity: return x
        case .relu: return x < 0 ? 0 : x
        case .leakyReLU(let slope): return x < 0 ? slope * x : x
        case .gelu: return SIMDMath.scalar(x, Activation.geluExact)
        case .geluTanh: return SIMDMath.scalar(x, Activation.geluTanh)
        case .tanh: return SIMDMath.scalar(x, SIMDMath.tanh)
        case .sigmoid: return SIMDMath.scalar(x, SIMDMath.logistic)
        }
    }

    /// `f'(x)`, the derivative at the pre-activation value `x`. Bitwise equal to `backward`'s factor.
    public func derivative(_ x: Float) -> Float {
        switch self {
        case .identity: return 1
        case .relu: return x > 0 ? 1 : 0
        case .leakyReLU(let slope): return x > 0 ? 1 : slope
        case .gelu: return SIMDMath.scalar(x, Activation.geluExactDerivative)
        case .geluTanh: return SIMDMath.scalar(x, Activation.geluTanhDerivative)
        case .tanh: return SIMDMath.scalar(x, Activation.tanhDerivative)
        case .sigmoid: return SIMDMath.scalar(x, Activation.logisticDerivative)
        }
    }

    /// `x Φ(x)`.
    @inline(__always)
    static func geluExact(_ x: SIMDMath.Vector) -> SIMDMath.Vector {
        x * SIMDMath.normalCDF(x)
    }

    /// `Φ(x) + x φ(x)`.
    @inline(__always)
    static func geluExactDerivative(_ x: SIMDMath.Vector) -> SIMDMath.Vector {
        SIMDMath.normalCDF(x) + x * SIMDMath.normalPDF(x)
    }

    @inline(__always)
    static func geluTanh(_ x: SIMDMath.Vector) -> SIMDMath.Vector {
        let inner = sqrtTwoOverPi * (x + 0.044715 * x * x * x)
        return 0.5 * x * (1 + SIMDMath.tanh(inner))
    }

    @inline(__always)
    static func geluTanhDerivative(_ x: SIMDMath.Vector) -> SIMDMath.Vector {
        let x2 = x * x
        let t = SIMDMath.tanh(sqrtTwoOverPi * (x + 0.044715 * x2 * x))
        let dInner = sqrtTwoOverPi * (1 + 3 * 0.044715 * x2)
        return 0.5 * (1 + t) + 0.5 * x * (1 - t * t) * dInner
    }

    @inline(__always)
    static func tanhDerivative(_ x: SIMDMath.Vector) -> SIMDMath.Vector {
        let t = SIMDMath.tanh(x)
        return 1 - t * t
    }

    @inline(__always)
    static func logisticDerivative(_ x: SIMDMath.Vector) -> SIMDMath.Vector {
        let s = SIMDMath.logistic(x)
        return s * (1 - s)
    }
}
