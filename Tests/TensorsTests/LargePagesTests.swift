import Foundation
import Testing

@testable import Tensors

/// Large matrices ask for 2 MiB pages (`LargePages`).
@Suite struct LargePagesTests {
    @Test("Only whole 2 MiB-aligned ranges inside a buffer are advised")
    func advisesAlignedInterior() throws {
        #if os(Linux)
            let huge = LargePages.hugePageBytes
            let raw = UnsafeMutableRawPointer.allocate(byteCount: 5 * huge, alignment: huge)
            defer { raw.deallocate() }
            // From 1 MiB past an aligned address: 5 MiB covers two whole aligned pages, 3 MiB one.
            #expect(LargePages.advise(raw + huge / 2, byteCount: 2 * huge + huge / 2) == 2 * huge)
            #expect(LargePages.advise(raw + huge / 2, byteCount: huge + huge / 2) == huge)
            #expect(LargePages.advise(raw, byteCount: 4 * huge) == 4 * huge)
            #expect(LargePages.advise(raw + 1, byteCount: huge) == 0)
        #endif
    }

    @Test("New and grown large matrices hold their values, and the kernel maps them with 2 MiB pages")
    func largeMatricesUseHugePages() throws {
        let matrix = Matrix(rows: 1024, columns: 2048, repeating: 1.5)
        #expect(matrix.values.allSatisfy { $0 == 1.5 })
        var grown = Matrix(rows: 2, columns: 2, repeating: 3)
        grown.resize(rows: 1024, columns: 2048)
        #expect(grown.count == 1024 * 2048)
        #if os(Linux)
            let mode = (try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8))
            guard ComputeSettings.usesLargePages, let mode, !mode.contains("[never]") else { return }
            for m in [matrix, grown] {
                // The first 2 MiB boundary inside the storage (the advice splits the mapping there).
                let mask = UInt(LargePages.hugePageBytes - 1)
                let address = m.withUnsafeBufferPointer { (UInt(bitPattern: $0.baseAddress) + mask) & ~mask }
                #expect(try Self.hugePageKilobytes(containing: address) > 0)
            }
        #endif
    }

    @Test("ANNEAL_LARGE_PAGES=off turns the advice off; anything else keeps it")
    func environment() {
        for off in ["off", "0", "false", "NO"] { #expect(ComputeSettings.isOff(off)) }
        for on in [nil, "on", "1", "yes"] { #expect(!ComputeSettings.isOff(on)) }
    }

    /// `AnonHugePages` of the mapping in /proc/self/smaps that holds `address`.
    static func hugePageKilobytes(containing address: UInt) throws -> Int {
        // /proc files report a size of 0, so read to the end rather than by size.
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/smaps"))
        defer { try? handle.close() }
        let smaps = String(decoding: handle.readDataToEndOfFile(), as: UTF8.self)
        var inside = false
        for line in smaps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if let range = fields.first, range.contains("-"), !range.hasSuffix(":") {
                let bounds = range.split(separator: "-").compactMap { UInt($0, radix: 16) }
                inside = bounds.count == 2 && bounds[0] <= address && address < bounds[1]
            } else if inside, fields.first == "AnonHugePages:", fields.count > 1 {
                return Int(fields[1]) ?? 0
            }
        }
        return 0
    }
}
