import Foundation

extension KolmogorovDistribution {
    /// Pomeranz's recursion for P(D_n <= x) (used by scipy for n <= 140 and 0.754693 < n x^2 <= 4).
    static func pomeranzCDF(n: Int, x: Double) -> Double {
        let nd = Double(n)
        let t = nd * x
        let ll = Int(t.rounded(.down))
        let f = t - Double(ll)
        let g = Swift.min(f, 1 - f)
        let ceilF = f > 0 ? 1 : 0
        let roundF = f > 0.5 ? 1 : 0
        let powers = 2 * (ll + 1)
        var gPower = [Double](repeating: 1, count: powers)
        var twoGPower = [Double](repeating: 1, count: powers)
        var oneMinusTwoGPower = [Double](repeating: 1, count: powers)
        for m in 1..<powers {
            gPower[m] = gPower[m - 1] * (g / nd) / Double(m)
            twoGPower[m] = twoGPower[m - 1] * (2 * g / nd) / Double(m)
            oneMinusTwoGPower[m] = oneMinusTwoGPower[m - 1] * ((1 - 2 * g) / nd) / Double(m)
        }
        func bounds(_ i: Int) -> (Int, Int) {
            var j1: Int
            var j2: Int
            if i == 0 {
                (j1, j2) = (-ll - ceilF - 1, ll + ceilF - 1)
            } else {
                let half = (i + 1) / 2
                if (i + 1) % 2 == 0 {
                    if half == n + 1 {
                        (j1, j2) = (n - ll - ceilF - 1, n + ll + ceilF - 1)
                    } else {
                        (j1, j2) = (half - 1 - ll - roundF - 1, half + ll - 1 + ceilF - 1)
                    }
                } else {
                    (j1, j2) = (half - 1 - ll - 1, half + ll + roundF - 1)
                }
            }
            return (Swift.max(j1 + 2, 0), Swift.min(j2, n))
        }
        var previous = [Double](repeating: 0, count: powers)
        var current = [Double](repeating: 0, count: powers)
        current[0] = 1
        var previousStart = 0
        var currentStart = 0
        var exponent = 0
        var (j1, j2) = bounds(0)
        for i in 1..<(2 * n + 2) {
            let k1 = j1
            swap(&previous, &current)
            swap(&previousStart, &currentStart)
            for index in current.indices { current[index] = 0 }
            (j1, j2) = bounds(i)
            let weights = (i == 1 || i == 2 * n + 1) ? gPower : (i % 2 == 1 ? twoGPower : oneMinusTwoGPower)
            let length = j2 - k1 + 1
            if length > 0 {
                let lo = k1 - previousStart
                let sliceCount = Swift.max(0, Swift.min(lo + length, powers) - lo)
                let convStart = j1 - k1
                let convLength = j2 - j1 + 1
                for out in 0..<convLength {
                    let c = convStart + out
                    var sum = 0.0
                    let aLow = Swift.max(0, c - (length - 1))
                    let aHigh = Swift.min(sliceCount - 1, c)
                    if aLow <= aHigh {
                        for a in aLow...aHigh { sum += previous[lo + a] * weights[c - a] }
                    }
                    current[out] = sum
                }
                let maximum = current.max() ?? 0
                if maximum > 0 && maximum < scaleDown {
                    for index in current.indices { current[index] *= scaleUp }
                    exponent -= 128
                }
                currentStart = previousStart + j1 - k1
            }
        }
        var answer = current[n - currentStart]
        for m in 1...n {
            if abs(answer) > scaleUp {
                answer *= scaleDown
                exponent += 128
            }
            answer *= Double(m)
        }
        return exponent != 0 ? scalbn(answer, exponent) : answer
    }

    /// The Pelz–Good asymptotic expansion of P(D_n <= x).
    static func pelzGoodCDF(n: Int, x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let nd = Double(n)
        let z = nd.squareRoot() * x
        let z2 = z * z
        let z3 = z2 * z
        let z4 = z2 * z2
        let z6 = z4 * z2
        let pi2 = Double.pi * Double.pi
        let pi4 = pi2 * pi2
        let pi6 = pi4 * pi2
        let qLog = -pi2 / 8 / z2
        if qLog < -708 { return 0 }
        var q = exp(qLog)
        let k1a = -z2
        let k1b = pi2 / 4
        let k2a = 6 * z6 + 2 * z4
        let k2b = (2 * z4 - 5 * z2) * pi2 / 4
        let k2c = pi4 * (1 - 2 * z2) / 16
        let k3d = pi6 * (5 - 30 * z2) / 64
        let k3c = pi4 * (-60 * z2 + 212 * z4) / 16
        let k3b = pi2 * (135 * z4 - 96 * z6) / 4
        let k3a = -30 * z6 - 90 * pow(z, 8)
        var terms = [0.0, 0.0, 0.0, 0.0]
        let maxK = Int((16 * z / Double.pi).rounded(.up))
        if maxK >= 1 {
            for k in stride(from: maxK, through: 1, by: -1) {
                let m = Double(2 * k - 1)
                let m2 = m * m
                let m4 = m2 * m2
                let m6 = m4 * m2
                let qPower = pow(q, Double(8 * k))
                let coefficients = [
                    1.0, k1a + k1b * m2, k2a + k2b * m2 + k2c * m4, k3a + k3b * m2 + k3c * m4 + k3d * m6,
                ]
                for i in 0..<4 { terms[i] = terms[i] * qPower + coefficients[i] }
            }
        }
        let sqrt2Pi = (2 * Double.pi).squareRoot()
        let divisors = [z, 6 * z4, 72 * pow(z, 7), 6480 * pow(z, 10)]
        for i in 0..<4 { terms[i] = terms[i] * q * sqrt2Pi / divisors[i] }
        q = exp(-pi2 / 2 / z2)
        var k2Extra = 0.0
        var k3Extra = 0.0
        let sqrt3z = 3.0.squareRoot() * z
        if maxK >= 1 {
            for k in stride(from: maxK, through: 1, by: -1) {
                let k2 = Double(k * k)
                let qk = pow(q, k2)
                let kPi = Double.pi * Double(k)
                k2Extra += k2 * qk
                k3Extra += (sqrt3z + kPi) * (sqrt3z - kPi) * k2 * qk
            }
        }
        terms[2] += k2Extra * pi2 * sqrt2Pi / (-36 * z3)
        terms[3] += k3Extra * pi2 * sqrt2Pi / (216 * z6)
        var sum = 0.0
        for i in 0..<4 { sum += terms[i] / pow(nd, Double(i) / 2) }
        return sum
    }

    /// P(D+_n >= x) for the one-sided statistic (scipy `smirnov(n, x)`), by the Birnbaum–Tingey sum in log space.
    static func smirnovSF(n: Int, x: Double) -> Double {
        guard n > 0, x >= 0, x <= 1 else { return .nan }
        let nd = Double(n)
        if n == 1 { return 1 - x }
        if x == 0 { return 1 }
        if x == 1 { return 0 }
        let nx = nd * x
        var nxFloor = nx.rounded(.down)
        var alpha = fma(nd, x, -nxFloor)
        if alpha < 0 {
            nxFloor -= 1
            alpha += 1
        }
        if alpha >= 1 {
            nxFloor += 1
            alpha = 0
        }
        let nxfl = Int(nxFloor)
        if nxfl == 0 || (nxfl == 1 && alpha == 0) {
            return clip(1 - x * pow(1 + x, nd - 1))
        }
        if -2 * nd * x * x < minLog { return 0 }
        if nxfl >= n - 1 { return pow(1 - x, nd) }
        if n > 1_000_000 {
            let logP = -pow(6.0 * nd * x + 1, 2) / 18.0 / nd
            return logP < -log(2.0) ? exp(logP) : 1 + expm1(logP)
        }
        var lastLower = n - nxfl - (alpha == 0 ? 0 : 1)
        var firstUpper = n - nxfl
        if alpha == 0 {
            lastLower -= 1
            firstUpper += 1
        }
        let upperTerms = n - firstUpper + 1
        let useUpper = (upperTerms <= 1 && x < 0.5) || (n >= 10 && upperTerms <= 3 && x <= 0.5 / nd.squareRoot())
        if useUpper {
            // The upper terms alternate in sign; there are at most three of them.
            var cdf = 0.0
            var logBinomial = 0.0
            for j in 0..<upperTerms {
                let v = n - j
                let term =
                    exp(logBinomial) * pow(x + Double(v) / nd, Double(v - 1))
                    * pow(Double(n - v) / nd - x, Double(n - v))
                cdf += term
                logBinomial += log(Double(v) / Double(j + 1))
            }
            return clip(1 - x * cdf)
        }
        let terms = lastLower + 1
        if terms > 20_000, let fast = sampledLowerSum(n: n, x: x, last: lastLower) { return clip(x * fast) }
        var sum = 0.0
        var logBinomial = 0.0
        let half = n / 2
        for v in 0..<terms {
            let vd = Double(v)
            let logTerm = logBinomial + (vd - 1) * log(x + vd / nd) + (nd - vd) * log((nd - vd) / nd - x)
            let term = exp(logTerm)
            sum += term
            if term != 0 {
                if 4 * Double(terms - v) * term < Double.ulpOfOne * sum && v != terms - 1 { break }
            } else if v > half {
                break
            }
            logBinomial += log((nd - vd) / (vd + 1))
        }
        return clip(x * sum)
    }

    /// The Birnbaum–Tingey lower sum for large n, sampled every `step` terms around its peak.
    ///
    /// For large n the terms form one smooth, broad bump (width σ of thousands of terms). Sampling an analytic
    /// bump every s = σ/8 terms and multiplying by s has a relative aliasing error of order exp(-2π²·64), far
    /// below double precision, and turns O(n) logarithms into O(σ/s) = O(100). Returns `nil` (use the full sum)
    /// when the bump is narrow or not negligible at the ends of the range.
    static func sampledLowerSum(n: Int, x: Double, last: Int) -> Double? {
        let nd = Double(n)
        let logNFactorial: Double = lgamma(nd + 1)
        func logTerm(_ v: Int) -> Double {
            let vd = Double(v)
            return logNFactorial - lgamma(vd + 1) - lgamma(nd - vd + 1) + (vd - 1) * log(x + vd / nd)
                + (nd - vd) * log((nd - vd) / nd - x)
        }
        var lo = 0
        var hi = last
        while hi - lo > 2 {
            let m1 = lo + (hi - lo) / 3
            let m2 = hi - (hi - lo) / 3
            if logTerm(m1) < logTerm(m2) { lo = m1 } else { hi = m2 }
        }
        var peak = lo
        for v in lo...hi where logTerm(v) > logTerm(peak) { peak = v }
        let h = 64
        guard peak - h >= 0, peak + h <= last else { return nil }
        let top = logTerm(peak)
        let curvature = (logTerm(peak + h) - 2 * top + logTerm(peak - h)) / Double(h * h)
        guard curvature < 0 else { return nil }
        let step = Int((1 / (-curvature).squareRoot() / 8).rounded(.down))
        guard step >= 8 else { return nil }
        let cutoff = top - 45
        if logTerm(0) >= cutoff || logTerm(last) >= cutoff { return nil }
        var sum = 1.0
        var v = peak + step
        while v <= last {
            let t = logTerm(v)
            if t < cutoff { break }
            sum += exp(t - top)
            v += step
        }
        v = peak - step
        while v >= 0 {
            let t = logTerm(v)
            if t < cutoff { break }
            sum += exp(t - top)
            v -= step
        }
        return Double(step) * sum * exp(top)
    }
}
