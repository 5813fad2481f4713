import Foundation

/// How a bundle's probabilities were calibrated after training: the temperature its output layer was divided by,
/// the rows it was fitted on and what it changed there. Stored in the bundle's header so that provenance shows it.
public struct CalibrationRecord: Sendable, Hashable, Codable {
    /// The method; `temperature_scaling` (Guo et al. 2017) is the one Anneal applies.
    public var method: String
    /// The temperature T the trained output layer is divided by, in total: calibrating a calibrated bundle again
    /// multiplies the temperatures, so this always relates the bundle to the weights training produced.
    public var temperature: Double
    /// SHA-256 of the file the temperature was fitted on (hexadecimal).
    public var dataSHA256: String
    /// Where the fitting rows came from (a path), if known.
    public var dataSource: String?
    /// Rows the temperature was fitted on.
    public var rows: Int
    /// Log loss on the fitting rows before and after.
    public var logLossBefore: Double
    /// Log loss on the fitting rows after scaling.
    public var logLossAfter: Double
    /// Expected calibration error (15 equal-width bins) on the fitting rows before scaling.
    public var eceBefore: Double
    /// Expected calibration error on the fitting rows after scaling.
    public var eceAfter: Double

    /// Creates a record of a temperature scaling.
    public init(
        method: String = "temperature_scaling", temperature: Double, dataSHA256: String, dataSource: String? = nil,
        rows: Int, logLossBefore: Double, logLossAfter: Double, eceBefore: Double, eceAfter: Double
    ) {
        self.method = method
        self.temperature = temperature
        self.dataSHA256 = dataSHA256
        self.dataSource = dataSource
        self.rows = rows
        self.logLossBefore = logLossBefore
        self.logLossAfter = logLossAfter
        self.eceBefore = eceBefore
        self.eceAfter = eceAfter
    }

    private enum CodingKeys: String, CodingKey {
        case method, temperature, rows
        case dataSHA256 = "data_sha256"
        case dataSource = "data_source"
        case logLossBefore = "log_loss_before"
        case logLossAfter = "log_loss_after"
        case eceBefore = "ece_before"
        case eceAfter = "ece_after"
    }
}
