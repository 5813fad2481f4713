/// The colour-blind-safe palette of Okabe & Ito (2008), ordered for contrast on white; its yellow (#F0E442) is
/// darkened to #B8A800 so thin lines stay visible on a white background.
///
/// After eight series the colours repeat with a different dash pattern so every line stays distinct.
public enum Palette {
    /// The palette colours as CSS hex strings.
    public static let colours = [
        "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#B8A800",
    ]

    private static let dashes = [nil, "7 3", "2 2", "7 3 2 3"]

    /// The colour for the series at `index`.
    public static func colour(at index: Int) -> String {
        colours[abs(index) % colours.count]
    }

    /// The dash pattern (SVG `stroke-dasharray`) for the series at `index`, `nil` for solid.
    public static func dash(at index: Int) -> String? {
        dashes[(abs(index) / colours.count) % dashes.count]
    }
}
