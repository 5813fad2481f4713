/// The pure-Swift SGEMM kernel.
enum GEMMKernel {
    static func run(_ p: GEMMProblem, threads: Int) {
        for i in 0..<p.m {
            for j in 0..<p.n {
                var acc: Float = 0
                for q in 0..<p.k { acc = acc.addingProduct(p.opA(i, q), p.opB(q, j)) }
                let cij = p.c + i * p.ldc + j
                cij.pointee = p.beta == 0 ? p.alpha * acc : p.alpha * acc + p.beta * cij.pointee
            }
        }
    }
}
