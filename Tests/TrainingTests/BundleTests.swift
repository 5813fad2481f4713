import Datasets
import Foundation
import Schedules
import Tensors
import Testing

@testable import Training

/// Model bundles: round trip of every part, and clear errors for damaged, truncated, foreign or mismatched files.
struct BundleTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    struct DigitsReference: Decodable { var sha256: [String: String] }

    func makeBundle() throws -> (ModelBundle, Table) {
        let table = try Table.readCSV(at: Self.fixtures.appendingPathComponent("digits_test.csv").path)
        let encoder = try FeatureEncoder.fit(table, target: "label")
        let target = try TargetEncoder.fit(table, target: "label")
        let model = try Sequential.mlp(
            inputs: encoder.outputColumns.count, hidden: [8], outputs: target.classes.count, dropout: 0.1, seed: 4)
        let provenance = Provenance(
            dataSHA256: try SHA256.hex(ofFileAt: Self.fixtures.appendingPathComponent("digits_test.csv")),
            rows: table.rowCount, createdAt: Date(timeIntervalSince1970: 1_790_000_000), annealVersion: "0.1.0",
            seed: 4, dataSource: "digits_test.csv", steps: 0)
        let bundle = try ModelBundle(
            model: model, encoder: encoder, target: target,
            schedule: ScheduleSpec(type: "one_cycle", parameters: ["max_lr": 0.01, "total_steps": 300]),
            optimizer: OptimizerSpec(kind: .adam), provenance: provenance)
        return (bundle, table)
    }

    @Test func roundTripKeepsEveryPartExactly() throws {
        let (bundle, table) = try makeBundle()
        let folder = TrainerFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("nested/model.annealmodel")
        try bundle.write(to: url)
        let loaded = try ModelBundle.read(from: url)
        #expect(TrainerFixtures.weightBits(loaded.model) == TrainerFixtures.weightBits(bundle.model))
        #expect(loaded.model.layerSpecs == bundle.model.layerSpecs)
        #expect(loaded.encoder == bundle.encoder)
        #expect(loaded.target == bundle.target)
        #expect(loaded.task == .multiclass)
        #expect(loaded.classLabels == (0...9).map(String.init))
        #expect(loaded.schedule == bundle.schedule)
        #expect(loaded.optimizer == bundle.optimizer)
        #expect(loaded.provenance == bundle.provenance)
        let rows = table.taking(Array(0..<5))
        #expect(try loaded.predict(rows) == bundle.predict(rows))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(leftovers == ["model.annealmodel"], "no temporary file is left behind")
    }

    @Test func calibrationRecordRoundTripsAndIsAbsentUntilSet() throws {
        var (bundle, _) = try makeBundle()
        #expect(bundle.calibration == nil)
        let plain = try ModelBundle(decoding: try bundle.encoded())
        #expect(plain.calibration == nil)
        let header = try #require(String(data: try bundle.encoded(), encoding: .isoLatin1))
        #expect(!header.contains("\"calibration\""), "an uncalibrated bundle's header has no calibration key")
        bundle.calibration = CalibrationRecord(
            temperature: 1.2683, dataSHA256: String(repeating: "ab", count: 32), dataSource: "valid.csv", rows: 400,
            logLossBefore: 0.31, logLossAfter: 0.29, eceBefore: 0.041, eceAfter: 0.017)
        let loaded = try ModelBundle(decoding: try bundle.encoded())
        #expect(loaded.calibration == bundle.calibration)
        #expect(loaded.calibration?.method == "temperature_scaling")
    }

    @Test func provenanceHashMatchesHashlib() throws {
        let data = try Data(contentsOf: Self.fixtures.appendingPathComponent("training_digits_torch.json"))
        let reference = try JSONDecoder().decode(DigitsReference.self, from: data)
        for (name, digest) in reference.sha256 {
            #expect(try SHA256.hex(ofFileAt: Self.fixtures.appendingPathComponent(name)) == digest, "\(name)")
        }
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        (
            "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
        ),
    ])
    func sha256MatchesFIPSExamples(message: String, digest: String) {
        #expect(SHA256.hex(Data(message.utf8)) == digest)
    }

    @Test func truncatedFileIsDamaged() throws {
        let bytes = try makeBundle().0.encoded()
        for length in [bytes.count - 1, bytes.count / 2, 40, 10] {
            expectCode(.damagedFile) { try ModelBundle(decoding: bytes.prefix(length)) }
        }
    }

    @Test func flippedBytesFailTheChecksum() throws {
        let bytes = try makeBundle().0.encoded()
        for offset in [40, bytes.count / 2, bytes.count - 40, bytes.count - 1] {
            var damaged = bytes
            damaged[offset] ^= 0x10
            expectCode(.damagedFile) { try ModelBundle(decoding: damaged) }
        }
    }

    @Test func foreignAndOtherAnnealFilesAreRejected() throws {
        expectCode(.foreignFile) { try ModelBundle(decoding: Data("label,p0\n1,2\n".utf8)) }
        expectCode(.foreignFile) { try ModelBundle(decoding: Data()) }
        var trainer = try Trainer(
            model: Sequential.mlp(inputs: 6, hidden: [4], outputs: 3), optimizer: SGD(), loss: CrossEntropyLoss(),
            configuration: TrainerConfiguration(
                steps: 2, batchSize: 8, schedule: ScheduleSpec(type: "constant", parameters: ["lr": 0.1])))
        _ = try trainer.fit(training: TrainerFixtures.classification(rows: 16))
        let checkpoint = try trainer.checkpoint().encoded()
        expectCode(.foreignFile) { try ModelBundle(decoding: checkpoint) }
        let bundle = try makeBundle().0.encoded()
        expectCode(.foreignFile) { try TrainingCheckpoint(decoding: bundle) }
        #expect(throws: Never.self) { try TrainingCheckpoint(decoding: checkpoint) }
    }

    @Test func newerVersionIsRejected() throws {
        var bytes = try makeBundle().0.encoded()
        bytes[8] = 2
        expectCode(.unsupportedVersion) { try ModelBundle(decoding: bytes) }
    }

    @Test func shapesThatDoNotFitTheArchitectureAreRejected() throws {
        let (bundle, _) = try makeBundle()
        let file = try FramedFile.decode(bundle.encoded(), kind: .bundle, source: "test")
        // Re-frame with a consistent checksum but a header whose first tensor has the wrong shape.
        var header = try JSONSerialization.jsonObject(with: file.header) as! [String: Any]
        var tensors = header["tensors"] as! [[String: Int]]
        tensors[0] = ["rows": tensors[0]["columns"]!, "columns": tensors[0]["rows"]!]
        header["tensors"] = tensors
        let tampered = FramedFile(
            kind: .bundle, header: try JSONSerialization.data(withJSONObject: header), payload: file.payload)
        expectCode(.damagedFile) { try ModelBundle(decoding: tampered.encoded()) }
    }

    @Test func partsThatDoNotFitAreRejectedAtCreation() throws {
        let (bundle, _) = try makeBundle()
        let narrow = try Sequential.mlp(inputs: 3, hidden: [4], outputs: 10)
        expectCode(.shapeMismatch) {
            try ModelBundle(
                model: narrow, encoder: bundle.encoder, target: bundle.target, provenance: bundle.provenance)
        }
        let wrongClasses = try Sequential.mlp(inputs: bundle.model.inputColumns, hidden: [4], outputs: 3)
        expectCode(.shapeMismatch) {
            try ModelBundle(
                model: wrongClasses, encoder: bundle.encoder, target: bundle.target, provenance: bundle.provenance)
        }
    }

    @Test func missingFileIsUnreadable() {
        expectCode(.fileUnreadable) { try ModelBundle.read(from: URL(fileURLWithPath: "/nonexistent/m.annealmodel")) }
    }

    func expectCode(
        _ code: TrainingError.Code, _ body: () throws -> Any, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        do {
            _ = try body()
            Issue.record("expected \(code), nothing was thrown", sourceLocation: sourceLocation)
        } catch let error as TrainingError {
            #expect(error.code == code, "\(error.message)", sourceLocation: sourceLocation)
        } catch {
            Issue.record("expected TrainingError \(code), got \(error)", sourceLocation: sourceLocation)
        }
    }
}
