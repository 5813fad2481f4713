import Foundation
import Tensors

extension TrainingCheckpoint {
    /// The JSON header of a checkpoint file (tensors live in the payload, referred to by index).
    struct Header: Codable, FramedHeader {
        var format = "anneal.checkpoint"
        var step: Int
        var fingerprint: Fingerprint
        var model: ModelHeader
        var optimizer: OptimizerHeader
        var sampler: BatchSampler
        var reactiveScheduleState: Data?
        var divergenceGuard: DivergenceGuard?
        var snapshot: SnapshotHeader?
        var earlyStopping: EarlyStopping?
        var smoothedLoss: SmoothedLoss
        var events: [TrainingEvent]
        var lastValidation: ValidationReport?
        var tensors: [TensorTable.Shape]
    }

    struct SnapshotHeader: Codable {
        var step: Int
        var parameterTensors: [Int]
        var modelRandom: RandomSource
        var optimizer: OptimizerHeader
    }

    func framedFile() throws -> FramedFile {
        var table = TensorTable()
        let model = ModelHeader(self.model, table: &table)
        let optimizer = OptimizerHeader(self.optimizer, table: &table)
        let snapshot = self.snapshot.map { snapshot in
            SnapshotHeader(
                step: snapshot.step, parameterTensors: snapshot.parameters.map { table.add($0) },
                modelRandom: snapshot.modelRandom, optimizer: OptimizerHeader(snapshot.optimizer, table: &table))
        }
        let header = Header(
            step: step, fingerprint: fingerprint, model: model, optimizer: optimizer, sampler: sampler,
            reactiveScheduleState: reactiveScheduleState, divergenceGuard: divergenceGuard, snapshot: snapshot,
            earlyStopping: earlyStopping, smoothedLoss: smoothedLoss, events: events, lastValidation: lastValidation,
            tensors: table.shapes)
        return FramedFile(kind: .checkpoint, header: try TensorTable.encoder().encode(header), payload: table.payload)
    }

    init(file: FramedFile, source: String) throws {
        let (header, table) = try file.decodeHeader(Header.self, source: source)
        let snapshot = try header.snapshot.map { snapshot in
            TrainingSnapshot(
                step: snapshot.step,
                parameters: try snapshot.parameterTensors.map { try table.tensor($0, source: source) },
                modelRandom: snapshot.modelRandom,
                optimizer: try snapshot.optimizer.optimizerState(table: table, source: source))
        }
        self.init(
            step: header.step, fingerprint: header.fingerprint,
            model: try header.model.model(table: table, source: source),
            optimizer: try header.optimizer.optimizerState(table: table, source: source), sampler: header.sampler,
            reactiveScheduleState: header.reactiveScheduleState, divergenceGuard: header.divergenceGuard,
            snapshot: snapshot, earlyStopping: header.earlyStopping, smoothedLoss: header.smoothedLoss,
            events: header.events, lastValidation: header.lastValidation)
    }
}
