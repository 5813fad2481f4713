import Foundation
import Testing

/// End-to-end tests of `anneal drift stream` through the built binary.
@Suite struct DriftStreamCLITests {
    /// A one-column CSV (`x`) of the given values.
    static func stream(_ values: [Double], in folder: URL) throws -> String {
        try DriftFiles.write("x\n" + values.map { "\($0)\n" }.joined(), "stream.csv", in: folder)
    }

    static func run(_ file: String, _ detector: String, _ extra: [String] = []) throws -> (
        AnnealProcess.Result, [String: Any]
    ) {
        let result = try AnnealProcess.run(
            ["drift", "stream", file, "--column", "x", "--detector", detector, "--format", "json"] + extra)
        let object = result.status == 0 ? try DriftFiles.object(result.output) : [:]
        return (result, object)
    }

    @Test func pageHinkleyFiresShortlyAfterAStepFromZerosToOnes() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let file = try Self.stream(Array(repeating: 0, count: 100) + Array(repeating: 1, count: 200), in: folder)
        let (result, object) = try Self.run(file, "page_hinkley")
        #expect(result.status == 0, "\(result.error)")
        #expect(object["detector"] as? String == "page_hinkley")
        #expect(object["rows"] as? Int == 300)
        #expect(object["warnings"] as? [Int] == [])
        // The increase sum grows by about 100/(100+k) for the k-th one after the step, so it passes the
        // threshold 50 after about 100·(e^0.5 − 1) ≈ 65 ones: one detection, well before row 200.
        let detections = try #require(object["detections"] as? [Int])
        #expect(detections.count == 1)
        #expect((150..<180).contains(detections.first ?? -1), "\(detections)")
        // A lower threshold fires sooner: the parameter reaches the detector.
        let (_, lower) = try Self.run(file, "page_hinkley", ["--param", "threshold=10"])
        let early = try #require((lower["detections"] as? [Int])?.first)
        #expect((100..<(detections.first ?? 0)).contains(early))
    }

    @Test func adwinFiresAfterTheMeanShiftAndNotBefore() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let file = try Self.stream(Array(repeating: 0, count: 500) + Array(repeating: 1, count: 500), in: folder)
        let (result, object) = try Self.run(file, "adwin")
        #expect(result.status == 0, "\(result.error)")
        // ADWIN checks every `clock` = 32 rows, so the first detection is within one clock of the change.
        let first = try #require((object["detections"] as? [Int])?.first)
        #expect((500..<(500 + 32 + 1)).contains(first), "\(first)")
    }

    @Test func ddmWarnsBeforeItDetectsARisingErrorRate() throws {
        let folder = try AnnealProcess.temporaryFolder()
        // 10% errors for 300 rows, then every row an error.
        let values = (0..<300).map { $0 % 10 == 9 ? 1.0 : 0.0 } + Array(repeating: 1, count: 100)
        let file = try Self.stream(values, in: folder)
        let (result, object) = try Self.run(file, "ddm")
        #expect(result.status == 0, "\(result.error)")
        let detections = try #require(object["detections"] as? [Int])
        let warnings = try #require(object["warnings"] as? [Int])
        let first = try #require(detections.first)
        #expect(first >= 300 && first < 330, "\(detections)")
        #expect(warnings.contains { $0 >= 300 && $0 < first }, "\(warnings)")
        let text = try AnnealProcess.run(["drift", "stream", file, "--column", "x", "--detector", "ddm"])
        #expect(text.output.contains("detections (0-based rows): \(first)"))
    }

    @Test func errorDetectorsRejectValuesOtherThanZeroAndOneNamingTheRow() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let file = try Self.stream([0, 1, 0, 0, 1, 2, 0], in: folder)
        let (result, _) = try Self.run(file, "eddm")
        #expect(result.status == 65)
        #expect(result.error.contains("row 5"))
        #expect(result.error.contains("0/1"))
        let (numeric, _) = try Self.run(file, "kswin")
        #expect(numeric.status == 0, "any numbers are fine for kswin: \(numeric.error)")
    }

    @Test func unknownParameterIsUsageErrorWithSuggestionAndValidKeys() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let file = try Self.stream([0, 1, 0], in: folder)
        let (result, _) = try Self.run(file, "adwin", ["--param", "detla=0.01"])
        #expect(result.status == 64)
        #expect(result.error.contains("did you mean 'delta'"))
        #expect(result.error.contains("delta, clock, max_buckets, min_window_length, grace_period"))
        let (badValue, _) = try Self.run(file, "hddm_w", ["--param", "two_sided=maybe"])
        #expect(badValue.status == 64)
        #expect(badValue.error.contains("true or false"))
        let (rejected, _) = try Self.run(file, "adwin", ["--param", "delta=2"])
        #expect(rejected.status == 64)
        #expect(rejected.error.contains("delta"))
    }

    @Test func missingColumnAndMissingValuesAreDataErrors() throws {
        let folder = try AnnealProcess.temporaryFolder()
        let file = try DriftFiles.write("x,y\n1,2\n,3\n", "gap.csv", in: folder)
        let absent = try AnnealProcess.run(["drift", "stream", file, "--column", "z", "--detector", "adwin"])
        #expect(absent.status == 65)
        #expect(absent.error.contains("'z' is not in"))
        #expect(absent.error.contains("x, y"))
        let (gap, _) = try Self.run(file, "adwin")
        #expect(gap.status == 65)
        #expect(gap.error.contains("missing value at row 1"))
    }
}
