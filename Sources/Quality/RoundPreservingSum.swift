/// Rounds a row of counts to integers that keep the row's rounded total, exactly as cleanlab's
/// `round_preserving_sum`: round half to even (NumPy's `round`), then move the largest remainders up (or the
/// smallest down) one at a time until the totals agree.
enum RoundPreservingSum {
    static func round(_ values: [Double]) -> [Int] {
        var ints = values.map { $0.rounded(.toNearestOrEven) }
        let total = PairwiseSum.sum(values).rounded(.toNearestOrEven)
        var intTotal = PairwiseSum.sum(ints).rounded(.toNearestOrEven)
        var guardSteps = 0
        while abs(intTotal - total) > 1e-6 && guardSteps < values.count + 2 {
            let difference = (total - intTotal).rounded(.toNearestOrEven)
            let increment = difference < 0 ? -1.0 : 1.0
            let changes = min(Int(abs(difference)), values.count)
            let remainders = zip(values, ints).map { $0 - $1 }
            // NumPy's argsort of a short row is stable; cleanlab reverses it to move up the largest remainders.
            var order = remainders.indices.sorted {
                remainders[$0] < remainders[$1] || (remainders[$0] == remainders[$1] && $0 < $1)
            }
            if increment > 0 { order.reverse() }
            for index in order.prefix(changes) { ints[index] += increment }
            intTotal = PairwiseSum.sum(ints).rounded(.toNearestOrEven)
            guardSteps += 1
        }
        return ints.map { Int($0) }
    }
}
