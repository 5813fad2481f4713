import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Small inputs for `anneal compare` and `anneal report` tests: a two-class CSV and two schedule specs.
enum CompareFiles {
    /// A folder with `data.csv` (160 rows, label = x + y > 0 with 10% flipped), `constant.json` and `cosine.json`.
    static func folder() throws -> URL {
        let folder = try AnnealProcess.temporaryFolder()
        var lines = ["x,y,label"]
        for i in 0..<160 {
            let x = Double((i * 37) % 101) / 50.5 - 1
            let y = Double((i * 61) % 89) / 44.5 - 1
            let flip = i % 10 == 3
            lines.append("\(x),\(y),\((x + y > 0) != flip ? "yes" : "no")")
        }
        try lines.joined(separator: "\n").write(
            to: folder.appendingPathComponent("data.csv"), atomically: true, encoding: .utf8)
        try #"{"type": "constant", "lr": 0.05, "factor": 1, "total_iters": 0}"#.write(
            to: folder.appendingPathComponent("constant.json"), atomically: true, encoding: .utf8)
        try #"{"type": "cosine_annealing", "lr": 0.5, "t_max": 40}"#.write(
            to: folder.appendingPathComponent("cosine.json"), atomically: true, encoding: .utf8)
        return folder
    }

    /// `anneal compare` on the folder's files: 2 schedules × 2 seeds × 40 steps, recorded in `store`.
    static func compare(in folder: URL, extra: [String] = []) throws -> AnnealProcess.Result {
        try AnnealProcess.run(arguments(["--store", "store"] + extra), in: folder)
    }

    /// `anneal compare` arguments for the folder's files (2 schedules × 2 seeds × 40 steps), then `extra`.
    static func arguments(_ extra: [String]) -> [String] {
        [
            "compare", "--data", "data.csv", "--target", "label", "--schedule", "constant.json", "--schedule",
            "cosine.json", "--seeds", "2", "--steps", "40", "--batch-size", "16", "--optimizer", "sgd", "--jobs", "2",
        ] + extra
    }

    /// The JSON object printed on standard output.
    static func object(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }

    /// Whether `url` holds well-formed XML (the reports are XHTML-compatible).
    static func isWellFormed(_ url: URL) throws -> Bool {
        XMLParser(data: try Data(contentsOf: url)).parse()
    }
}
