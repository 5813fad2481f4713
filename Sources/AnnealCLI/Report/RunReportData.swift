import Foundation
import Tracking

/// What `anneal report` shows about one run, read from the store: the run, its metric series, its events from the
/// audit chain and its reliability diagram.
struct RunReportData {
    /// One trainer decision, from the run's audit events.
    struct Event {
        let step: Int
        let kind: String
        let oldRate: Double?
        let newRate: Double?
        let reason: String
        let actor: String
    }

    let run: Run
    let experiment: String
    /// Every metric series by key, in step order.
    let series: [String: [MetricSample]]
    let events: [Event]
    let reliability: RunReliability?

    /// Reads everything about `run`.
    static func load(_ run: Run, from store: any Store) async throws -> RunReportData {
        var series: [String: [MetricSample]] = [:]
        for key in try await store.metricKeys(runID: run.id) {
            series[key] = try await store.metricSeries(runID: run.id, key: key)
        }
        let experiment = try await store.experiments().first { $0.id == run.experimentID }?.name ?? run.experimentID
        return RunReportData(
            run: run, experiment: experiment, series: series, events: try await events(of: run.id, in: store),
            reliability: try await RunReliability.read(runID: run.id, store: store))
    }

    /// The run's `lr.*` audit events (rate cuts the trainer made), in order.
    static func events(of runID: String, in store: any Store) async throws -> [Event] {
        struct Details: Decodable {
            let step: Int?
            let oldRate: Double?
            let newRate: Double?
            let reason: String?
            enum CodingKeys: String, CodingKey {
                case step
                case oldRate = "old_rate"
                case newRate = "new_rate"
                case reason
            }
        }
        var events: [Event] = []
        var after: Int64 = 0
        while true {
            let page = try await store.auditRecords(afterSeq: after, limit: 1000)
            guard let last = page.last else { break }
            for record in page where record.subject == "run:\(runID)" {
                let details = try? JSONDecoder().decode(Details.self, from: Data(record.details.utf8))
                events.append(
                    Event(
                        step: details?.step ?? 0, kind: record.kind, oldRate: details?.oldRate,
                        newRate: details?.newRate, reason: details?.reason ?? record.details, actor: record.actor))
            }
            after = last.seq
        }
        return events
    }

    /// The series `key` as (step, value) pairs.
    func points(_ key: String) -> [(x: Double, y: Double)] {
        (series[key] ?? []).map { (x: Double($0.step), y: $0.value) }
    }
}
