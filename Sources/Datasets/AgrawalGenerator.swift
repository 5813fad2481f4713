/// Agrawal, Imielinski & Swami (1993) loan-applicant stream with its ten classification functions, as MOA's
/// `AgrawalGenerator` defines them.
///
/// Features: salary U[20K, 150K]; commission 0 when salary ≥ 75K, else U[10K, 75K]; age U{20…80};
/// elevel U{0…4}; car U{1…20}; zipcode U{0…8}; hvalue U[0.5k, 1.5k)·100K with k = 9 − zipcode; hyears U{1…30};
/// loan U[0, 500K]. Labels: 0 = the paper's group A, 1 = group B, for every function (MOA's convention).
/// Functions 7–10 compare `disposable = 2/3 (salary + commission) − …` with 0. River differs from MOA in three
/// ways: its functions 0–5 return 1 for group A, its function 4 (our 5) tests salary instead of loan in two
/// branches, and its functions 6–9 compare with 1. With `perturbation` p, after labelling, numeric features move
/// by up to ±p of their range and are clamped to it (MOA; hvalue moves within its own zipcode's range).
public struct AgrawalGenerator: SyntheticGenerator {
    /// The classification function, 1...10 (River's `classification_function` + 1).
    public let function: Int
    /// The perturbation fraction in [0, 1].
    public let perturbation: Double
    /// Whether rows alternate between the two classes (by rejection).
    public let balanceClasses: Bool
    private var nextClassIsZero = false

    /// Creates an Agrawal stream.
    /// - Throws: `DatasetError.invalidArgument` unless `function` is 1...10 and `perturbation` in [0, 1].
    public init(function: Int = 1, perturbation: Double = 0, balanceClasses: Bool = false) throws {
        guard (1...10).contains(function), (0...1).contains(perturbation) else {
            throw DatasetError(
                .invalidArgument,
                "Agrawal function \(function), perturbation \(perturbation); use function 1...10 "
                    + "and perturbation in [0, 1]")
        }
        self.function = function
        self.perturbation = perturbation
        self.balanceClasses = balanceClasses
    }

    /// The feature names, in order.
    public static let featureNames = [
        "salary", "commission", "age", "elevel", "car", "zipcode", "hvalue", "hyears", "loan",
    ]

    public var columns: [SyntheticColumn] {
        let integers: Set = ["age", "elevel", "car", "zipcode", "hyears"]
        return Self.featureNames.map { SyntheticColumn($0, integers.contains($0) ? .integer : .number) }
            + [SyntheticColumn("label", .integer)]
    }

    public mutating func nextRow(using random: inout SeededGenerator) -> [Cell] {
        var x: [Double]
        var label: Int
        repeat {
            let salary = random.uniform(20_000, 150_000)
            let commission = salary >= 75_000 ? 0 : random.uniform(10_000, 75_000)
            let age = Double(random.integer(in: 20...80))
            let elevel = Double(random.integer(in: 0...4))
            let car = Double(random.integer(in: 1...20))
            let zipcode = Double(random.integer(in: 0...8))
            let hvalue = (9 - zipcode) * 100_000 * (0.5 + random.uniform())
            let hyears = Double(random.integer(in: 1...30))
            let loan = random.uniform(0, 500_000)
            x = [salary, commission, age, elevel, car, zipcode, hvalue, hyears, loan]
            label = Self.label(function: function, x)
        } while balanceClasses && label != (nextClassIsZero ? 0 : 1)
        if balanceClasses { nextClassIsZero.toggle() }
        if perturbation > 0 {
            func perturb(_ value: Double, _ lower: Double, _ upper: Double, range: Double? = nil) -> Double {
                let moved = value + (range ?? upper - lower) * (2 * (random.uniform() - 0.5)) * perturbation
                return min(max(moved, lower), upper)
            }
            let k = 9 - x[5]
            x[0] = perturb(x[0], 20_000, 150_000)
            if x[1] > 0 { x[1] = perturb(x[1], 10_000, 75_000) }
            x[2] = perturb(x[2], 20, 80).rounded()
            x[6] = perturb(x[6], 0.5 * k * 100_000, 1.5 * k * 100_000)
            x[7] = perturb(x[7], 1, 30).rounded()
            x[8] = perturb(x[8], 0, 500_000)
        }
        return x.map { .number($0) } + [.number(Double(label))]
    }

    /// The label (0 = group A, 1 = group B) of features `x` (in `featureNames` order) under `function` 1...10.
    public static func label(function: Int, _ x: [Double]) -> Int {
        let (salary, commission, age, elevel, hvalue, hyears, loan) = (x[0], x[1], x[2], x[3], x[6], x[7], x[8])
        func within(_ value: Double, _ lower: Double, _ upper: Double) -> Bool { lower <= value && value <= upper }
        let groupA: Bool
        switch function {
        case 1:
            groupA = age < 40 || age >= 60
        case 2:
            groupA =
                age < 40
                ? within(salary, 50_000, 100_000)
                : age < 60 ? within(salary, 75_000, 125_000) : within(salary, 25_000, 75_000)
        case 3:
            groupA = age < 40 ? elevel <= 1 : age < 60 ? within(elevel, 1, 3) : elevel >= 2
        case 4:
            if age < 40 {
                groupA = elevel <= 1 ? within(salary, 25_000, 75_000) : within(salary, 50_000, 100_000)
            } else if age < 60 {
                groupA = within(elevel, 1, 3) ? within(salary, 50_000, 100_000) : within(salary, 75_000, 125_000)
            } else {
                groupA = elevel >= 2 ? within(salary, 50_000, 100_000) : within(salary, 25_000, 75_000)
            }
        case 5:
            if age < 40 {
                groupA =
                    within(salary, 50_000, 100_000) ? within(loan, 100_000, 300_000) : within(loan, 200_000, 400_000)
            } else if age < 60 {
                groupA =
                    within(salary, 75_000, 125_000) ? within(loan, 200_000, 400_000) : within(loan, 300_000, 500_000)
            } else {
                groupA =
                    within(salary, 25_000, 75_000) ? within(loan, 300_000, 500_000) : within(loan, 100_000, 300_000)
            }
        case 6:
            let total = salary + commission
            groupA =
                age < 40
                ? within(total, 50_000, 100_000)
                : age < 60 ? within(total, 75_000, 125_000) : within(total, 25_000, 75_000)
        case 7:
            groupA = 2 * (salary + commission) / 3 - loan / 5 - 20_000 > 0
        case 8:
            groupA = 2 * (salary + commission) / 3 - 5_000 * elevel - 20_000 > 0
        case 9:
            groupA = 2 * (salary + commission) / 3 - 5_000 * elevel - loan / 5 - 10_000 > 0
        default:
            let equity = hyears >= 20 ? hvalue * (hyears - 20) / 10 : 0
            groupA = 2 * (salary + commission) / 3 - 5_000 * elevel + equity / 5 - 10_000 > 0
        }
        return groupA ? 0 : 1
    }
}
