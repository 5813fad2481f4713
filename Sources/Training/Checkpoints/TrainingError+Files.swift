extension TrainingError.Code {
    /// A checkpoint or bundle file cannot be read (missing, no permission).
    public static let fileUnreadable = TrainingError.Code("fileUnreadable")
    /// A checkpoint or bundle file cannot be written (no space, no permission, missing folder).
    public static let fileUnwritable = TrainingError.Code("fileUnwritable")
    /// A file is not an Anneal checkpoint or bundle (wrong magic number), or of another kind than expected.
    public static let foreignFile = TrainingError.Code("foreignFile")
    /// A file was written by a newer (or unknown) format version.
    public static let unsupportedVersion = TrainingError.Code("unsupportedVersion")
    /// A file is truncated, or its checksum does not match its contents (flipped bytes).
    public static let damagedFile = TrainingError.Code("damagedFile")
}
