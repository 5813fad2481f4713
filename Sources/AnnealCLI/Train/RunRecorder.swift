import ArgumentParser
import Foundation
import Tracking
import Training

/// Records a training run in a Tracking store as it happens: the loss and rate of every step, validation metrics,
/// and each rate change the trainer made on its own as an audit event; at the end the final metrics, the model
/// bundle as an artifact and the run's status.
///
/// The trainer calls observers synchronously on its thread; the recorder hands what it sees to an `AsyncStream`
/// whose consumer feeds Tracking's `MetricLogger` (batched, committed transactions) on the concurrency pool, so
/// training never waits for the database. A store failure does not stop training: it is reported at the end.
final class RunRecorder: TrainingObserver {
    /// What the consumer writes, in order.
    private enum Item: Sendable {
        case metrics([MetricSample])
        case audit(AuditEvent)
    }

    /// The run's id.
    let runID: String
    /// Where the run is recorded.
    let location: StoreLocation
    private let store: any Store
    private let logger: MetricLogger
    private let continuation: AsyncStream<Item>.Continuation
    private let consumer: Task<[String], Never>
    private let scaling: TargetScaling?
    private var pending: [MetricSample] = []

    /// Opens the store and starts a run.
    /// - Throws: `CLIError.data` naming the store and the way out (`--no-store`); `ExitCode(69)` after printing the
    ///   reason when a PostgreSQL server cannot be reached, as every store command does.
    static func start(location: StoreLocation, run: RunStart, scaling: TargetScaling?) async throws -> RunRecorder {
        do {
            let store = try await location.open()
            let started = try await store.startRun(run)
            return RunRecorder(store: store, location: location, runID: started.id, scaling: scaling)
        } catch let error as TrackingError where error.code == .unreachable {
            Terminal.standardError.write("error: \(error.message); fix --store or pass --no-store\n")
            throw ExitCode(StoreOptions.unavailableExitCode)
        } catch {
            let message = (error as? TrackingError)?.message ?? "\(error)"
            throw CLIError.data("cannot record the run in \(location): \(message); fix --store or pass --no-store")
        }
    }

    private init(store: any Store, location: StoreLocation, runID: String, scaling: TargetScaling?) {
        self.store = store
        self.location = location
        self.runID = runID
        self.scaling = scaling
        let logger = MetricLogger(store: store, runID: runID)
        self.logger = logger
        let (stream, continuation) = AsyncStream<Item>.makeStream()
        self.continuation = continuation
        self.consumer = Task.detached {
            var problems: [String] = []
            for await item in stream {
                do {
                    switch item {
                    case .metrics(let samples): try await logger.log(samples)
                    case .audit(let event): _ = try await store.appendAudit(event)
                    }
                } catch {
                    if problems.count < 3 { problems.append("\(error)") }
                }
            }
            return problems
        }
    }

    func trainerDidStep(_ report: StepReport) {
        let now = Date()
        let step = Int64(report.step)
        pending.append(MetricSample(key: "loss", step: step, value: loss(report.loss), wallTime: now))
        pending.append(MetricSample(key: "lr", step: step, value: report.rate, wallTime: now))
        if pending.count >= 256 { sendPending() }
    }

    func trainerDidValidate(_ report: ValidationReport) {
        let now = Date()
        let step = Int64(report.step)
        let value = loss(report.loss)
        pending.append(MetricSample(key: "val_loss", step: step, value: value, wallTime: now))
        if let accuracy = report.accuracy {
            pending.append(MetricSample(key: "val_accuracy", step: step, value: accuracy, wallTime: now))
        }
        if scaling != nil {
            pending.append(MetricSample(key: "val_rmse", step: step, value: value.squareRoot(), wallTime: now))
        }
        sendPending()
    }

    func trainerDidRecord(_ event: TrainingEvent) {
        let actor: String
        switch event.kind {
        case .divergenceCut: actor = "divergence-guard"
        case .plateauCut: actor = "reduce-on-plateau"
        case .earlyStop, .interrupted, .checkpoint: return
        }
        sendPending()
        continuation.yield(
            .audit(
                AuditEvent(
                    kind: "lr.\(event.kind.rawValue)", subject: "run:\(runID)", details: Self.details(event),
                    actor: actor)))
    }

    /// Writes what is left, the final metrics and the model, marks the run ended and closes the store.
    /// - Parameters:
    ///   - status: how the run ended.
    ///   - step: the step the final metrics belong to.
    ///   - metrics: final metrics (`final_train_loss`, `valid_accuracy`, ...); non-finite values are skipped.
    ///   - model: the bundle's bytes and file name, if one was written.
    /// - Returns: what could not be recorded, one line each (empty when everything was).
    func finish(status: RunStatus, step: Int, metrics: [String: Double], model: (bytes: Data, name: String)?) async
        -> [String]
    {
        let now = Date()
        for (key, value) in metrics.sorted(by: { $0.key < $1.key }) where value.isFinite {
            pending.append(MetricSample(key: key, step: Int64(step), value: value, wallTime: now))
        }
        sendPending()
        continuation.finish()
        var problems = await consumer.value
        do {
            if let model { _ = try await store.logArtifact(model.bytes, name: model.name, kind: "model", runID: runID) }
            try await logger.finish(status: status)
        } catch {
            problems.append("\(error)")
        }
        try? await store.close()
        return problems
    }

    /// A loss in the target's units.
    private func loss(_ value: Double) -> Double { scaling?.squaredErrorInTargetUnits(value) ?? value }

    private func sendPending() {
        guard !pending.isEmpty else { return }
        continuation.yield(.metrics(pending))
        pending = []
    }

    /// The event's details as JSON text (sorted keys, so the audit hash is reproducible).
    private static func details(_ event: TrainingEvent) -> String {
        struct Details: Encodable {
            let step: Int
            let oldRate: Double?
            let newRate: Double?
            let reason: String
            enum CodingKeys: String, CodingKey { case step, oldRate = "old_rate", newRate = "new_rate", reason }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let details = Details(step: event.step, oldRate: event.oldRate, newRate: event.newRate, reason: event.reason)
        return (try? encoder.encode(details)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}
