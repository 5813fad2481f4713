// Compiled with the micro-kernels (see MicroKernelTiles.swift), so packing runs with the same vector width.

/// The data movements of packing, written for speed (no overflow checks, 8×8 and 4×4 SIMD transposes).
package enum GEMMPacking {
    package typealias Pack =
        @Sendable (
            _ stepMajor: Bool, _ src: UnsafePointer<Float>, _ stride: Int, _ count: Int, _ depth: Int,
            _ dst: UnsafeMutablePointer<Float>, _ width: Int
        ) -> Void

    /// Packs `count` rows or columns of a source into `width`-wide panels over `depth` K steps: panel `q` starts at
    /// `dst + q * width * depth` and holds, per step, `width` consecutive values (the last panel zero-padded).
    /// With `stepMajor`, source step `p` is the run `src[p * stride ..< + count]`; otherwise source row `i` holds
    /// the steps, `src[i * stride ..< + depth]`, and is transposed.
    package static let pack: Pack = { stepMajor, src, stride, count, depth, dst, width in
        if stepMajor {
            scatterRuns(from: src, stride: stride, count: count, depth: depth, to: dst, width: width)
            return
        }
        var panel = 0
        while panel < count {
            transpose(
                from: src + panel * stride, stride: stride, count: min(width, count - panel), depth: depth,
                to: dst + panel * depth, width: width)
            panel += width
        }
    }

    /// Splits `count` source columns into `width`-wide panels: panel `q`, step `p` of `dst` (at
    /// `dst + q * width * depth + p * width`) holds `src[p * stride + q * width ..< +width]`, the last panel
    /// zero-padded. Each source row is read once, front to back (reading panel by panel instead would revisit every
    /// cache line once per panel, and strides of a power of two map all those lines to one cache set).
    @inline(__always)
    static func scatterRuns(
        from src: UnsafePointer<Float>, stride: Int, count: Int, depth: Int, to dst: UnsafeMutablePointer<Float>,
        width: Int
    ) {
        let full = count / width * width
        let panelSize = width &* depth
        var s = src
        var d = dst
        for _ in 0..<depth {
            var i = 0
            var out = d
            while i < full {
                copy(s + i, to: out, count: width)
                i &+= width
                out += panelSize
            }
            if full < count {
                copy(s + full, to: out, count: count &- full)
                (out + (count &- full)).update(repeating: 0, count: width &- (count &- full))
            }
            s += stride
            d += width
        }
    }

    /// `dst[0..<count] = src[0..<count]` with the widest vectors that fit.
    @inline(__always)
    static func copy(_ src: UnsafePointer<Float>, to dst: UnsafeMutablePointer<Float>, count: Int) {
        var i = 0
        while i &+ 16 <= count {
            UnsafeMutableRawPointer(dst + i).storeBytes(
                of: UnsafeRawPointer(src + i).loadUnaligned(as: SIMD16<Float>.self), as: SIMD16<Float>.self)
            i &+= 16
        }
        while i &+ 4 <= count {
            UnsafeMutableRawPointer(dst + i).storeBytes(
                of: UnsafeRawPointer(src + i).loadUnaligned(as: SIMD4<Float>.self), as: SIMD4<Float>.self)
            i &+= 4
        }
        while i < count {
            dst[i] = src[i]
            i &+= 1
        }
    }

    /// `dst[p * width + i] = src[i * stride + p]` for `i < 8`: eight source rows transposed in 8×8 register blocks.
    @inline(__always)
    static func transposeEightRows(
        from src: UnsafePointer<Float>, stride: Int, depth: Int, to dst: UnsafeMutablePointer<Float>, width: Int
    ) {
        var p = 0
        while p &+ 8 <= depth {
            var v0 = UnsafeRawPointer(src + p).loadUnaligned(as: SIMD8<Float>.self)
            var v1 = UnsafeRawPointer(src + (stride &+ p)).loadUnaligned(as: SIMD8<Float>.self)
            var v2 = UnsafeRawPointer(src + (2 &* stride &+ p)).loadUnaligned(as: SIMD8<Float>.self)
            var v3 = UnsafeRawPointer(src + (3 &* stride &+ p)).loadUnaligned(as: SIMD8<Float>.self)
            var v4 = UnsafeRawPointer(src + (4 &* stride &+ p)).loadUnaligned(as: SIMD8<Float>.self)
            var v5 = UnsafeRawPointer(src + (5 &* stride &+ p)).loadUnaligned(as: SIMD8<Float>.self)
            var v6 = UnsafeRawPointer(src + (6 &* stride &+ p)).loadUnaligned(as: SIMD8<Float>.self)
            var v7 = UnsafeRawPointer(src + (7 &* stride &+ p)).loadUnaligned(as: SIMD8<Float>.self)
            // Seen as one 64-value vector (row r, column c at 8r + c), each round of unzipping (evens, then odds)
            // rotates the six index bits right by one; three rounds swap row and column.
            for _ in 0..<3 {
                let (w0, w4) = unzip(v0, v1)
                let (w1, w5) = unzip(v2, v3)
                let (w2, w6) = unzip(v4, v5)
                let (w3, w7) = unzip(v6, v7)
                (v0, v1, v2, v3, v4, v5, v6, v7) = (w0, w1, w2, w3, w4, w5, w6, w7)
            }
            let out = UnsafeMutableRawPointer(dst + p &* width)
            let rowBytes = width &* 4
            out.storeBytes(of: v0, as: SIMD8<Float>.self)
            out.storeBytes(of: v1, toByteOffset: rowBytes, as: SIMD8<Float>.self)
            out.storeBytes(of: v2, toByteOffset: 2 &* rowBytes, as: SIMD8<Float>.self)
            out.storeBytes(of: v3, toByteOffset: 3 &* rowBytes, as: SIMD8<Float>.self)
            out.storeBytes(of: v4, toByteOffset: 4 &* rowBytes, as: SIMD8<Float>.self)
            out.storeBytes(of: v5, toByteOffset: 5 &* rowBytes, as: SIMD8<Float>.self)
            out.storeBytes(of: v6, toByteOffset: 6 &* rowBytes, as: SIMD8<Float>.self)
            out.storeBytes(of: v7, toByteOffset: 7 &* rowBytes, as: SIMD8<Float>.self)
            p &+= 8
        }
        while p < depth {
            let d = dst + p &* width
            for r in 0..<8 { d[r] = src[r &* stride &+ p] }
            p &+= 1
        }
    }

    /// The even-indexed and the odd-indexed values of `a` followed by `b`.
    @inline(__always)
    static func unzip(_ a: SIMD8<Float>, _ b: SIMD8<Float>) -> (SIMD8<Float>, SIMD8<Float>) {
        let joined = SIMD16(lowHalf: a, highHalf: b)
        return (joined.evenHalf, joined.oddHalf)
    }

    /// `dst[p * width + i] = src[i * stride + p]` for `i < count`, zero for `count <= i < width`: a transpose of
    /// `count` source rows, done in 8×8 and 4×4 register blocks.
    @inline(__always)
    static func transpose(
        from src: UnsafePointer<Float>, stride: Int, count: Int, depth: Int, to dst: UnsafeMutablePointer<Float>,
        width: Int
    ) {
        var i = 0
        while i &+ 8 <= count {
            transposeEightRows(from: src + i &* stride, stride: stride, depth: depth, to: dst + i, width: width)
            i &+= 8
        }
        while i &+ 4 <= count {
            let r0 = src + i &* stride
            let (r1, r2, r3) = (r0 + stride, r0 + 2 &* stride, r0 + 3 &* stride)
            var p = 0
            while p &+ 4 <= depth {
                let x0 = UnsafeRawPointer(r0 + p).loadUnaligned(as: SIMD4<Float>.self)
                let x1 = UnsafeRawPointer(r1 + p).loadUnaligned(as: SIMD4<Float>.self)
                let x2 = UnsafeRawPointer(r2 + p).loadUnaligned(as: SIMD4<Float>.self)
                let x3 = UnsafeRawPointer(r3 + p).loadUnaligned(as: SIMD4<Float>.self)
                let out = UnsafeMutableRawPointer(dst + (p &* width &+ i))
                let rowBytes = width &* 4
                out.storeBytes(of: SIMD4(x0[0], x1[0], x2[0], x3[0]), as: SIMD4<Float>.self)
                out.storeBytes(of: SIMD4(x0[1], x1[1], x2[1], x3[1]), toByteOffset: rowBytes, as: SIMD4<Float>.self)
                out.storeBytes(
                    of: SIMD4(x0[2], x1[2], x2[2], x3[2]), toByteOffset: 2 &* rowBytes, as: SIMD4<Float>.self)
                out.storeBytes(
                    of: SIMD4(x0[3], x1[3], x2[3], x3[3]), toByteOffset: 3 &* rowBytes, as: SIMD4<Float>.self)
                p &+= 4
            }
            while p < depth {
                let d = dst + (p &* width &+ i)
                d[0] = r0[p]
                d[1] = r1[p]
                d[2] = r2[p]
                d[3] = r3[p]
                p &+= 1
            }
            i &+= 4
        }
        while i < count {
            var s = src + i &* stride
            var d = dst + i
            for _ in 0..<depth {
                d.pointee = s.pointee
                s += 1
                d += width
            }
            i &+= 1
        }
        if count < width {
            var d = dst
            for _ in 0..<depth {
                (d + count).update(repeating: 0, count: width &- count)
                d += width
            }
        }
    }
}
