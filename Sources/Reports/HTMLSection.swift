/// A titled part of an `HTMLReport`; sections can nest, and top-level ones appear in the page's contents.
public struct HTMLSection: HTMLContent, Sendable {
    /// The section heading.
    public var title: String
    /// The section's blocks in order.
    public var blocks: [HTMLBlock]

    /// Creates a section, empty unless blocks are given.
    public init(title: String, blocks: [HTMLBlock] = []) {
        self.title = title
        self.blocks = blocks
    }
}
