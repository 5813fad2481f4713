/// A labelled vertical line on a `LineChart` marking an event at one x, such as a restart or a drift alarm.
public struct Marker: Sendable, Equatable {
    /// The kind of event; each kind has its own dash pattern.
    public enum Kind: String, Sendable, CaseIterable {
        /// A warm restart of the schedule.
        case restart
        /// A learning-rate cut by the divergence guard or a plateau rule.
        case guardCut
        /// A drift alarm.
        case drift
        /// Any other event.
        case event

        var dash: String {
            switch self {
            case .restart: "6 3"
            case .guardCut: "2 2"
            case .drift: "8 3 2 3"
            case .event: "4 4"
            }
        }
    }

    /// Where the event happened, in x units.
    public var x: Double
    /// The text drawn beside the line.
    public var label: String
    /// The kind of event.
    public var kind: Kind

    /// Creates a marker at `x` with a label.
    public init(x: Double, label: String, kind: Kind = .event) {
        self.x = x
        self.label = label
        self.kind = kind
    }
}
