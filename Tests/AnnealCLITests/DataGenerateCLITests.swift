import Foundation
import Testing

/// End-to-end tests of `anneal data generate` through the built binary.
@Suite struct DataGenerateCLITests {
    @Test func seaWithAbruptDriftFollowsEachConceptsThreshold() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let out = folder.appendingPathComponent("sea.csv")
        let result = try AnnealProcess.run([
            "data", "generate", "sea", "--rows", "400", "--drift-at", "200", "--seed", "7", "--out", out.path,
        ])
        #expect(result.status == 0, "\(result.error)")
        let lines = try String(contentsOf: out, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "x1,x2,x3,label")
        #expect(lines.count == 401)
        // SEA concept 1 labels 1 when x1 + x2 > 8, concept 2 when x1 + x2 > 9 (no noise).
        for (index, line) in lines.dropFirst().enumerated() {
            let fields = line.split(separator: ",").map { Double($0)! }
            let threshold = index < 200 ? 8.0 : 9.0
            #expect((fields[0] + fields[1] > threshold ? 1.0 : 0.0) == fields[3], "row \(index)")
        }
    }

    @Test func sameSeedGivesSameBytes() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let a = folder.appendingPathComponent("a.csv"), b = folder.appendingPathComponent("b.csv")
        for url in [a, b] {
            let result = try AnnealProcess.run(["data", "generate", "moons", "--rows", "50", "--seed", "3", "--out", url.path])
            #expect(result.status == 0, "\(result.error)")
        }
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func driftOnGeneratorWithoutConceptsIsUsageError() throws {
        let result = try AnnealProcess.run(["data", "generate", "moons", "--rows", "10", "--drift-at", "5", "--out", "/tmp/x.csv"])
        #expect(result.status == 64)
        #expect(result.error.contains("no concepts to drift between"))
    }

    @Test func missingOutputFolderExits66() throws {
        let result = try AnnealProcess.run(["data", "generate", "sea", "--rows", "10", "--out", "/nonexistent/dir/x.csv"])
        #expect(result.status == 66)
    }
}
