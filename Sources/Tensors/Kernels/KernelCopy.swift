// Compiled with the micro-kernels (see MicroKernelTiles.swift).

/// Everything one compiled copy of this folder offers, as one value Tensors picks a copy by.
package enum KernelCopy {
    /// The copy's fused and multiply-then-add tile kernels (in `MicroKernelTiles.shapes` order), its packing, and
    /// its kernels for thin products (row dot products, outer-product sums, row combinations) and a thin Dense
    /// layer's backward. A tuple of function types, so the copies' values have one type across modules.
    package typealias EntryPoints = (
        fused: [MicroKernelTiles.Body], separate: [MicroKernelTiles.Body], pack: GEMMPacking.Pack,
        rowDots: RowDots.Run, outerSums: OuterSums.Run, rowCombinations: RowCombinations.Run,
        thinDenseBackward: ThinDenseBackward.Run
    )

    /// This copy's entry points.
    package static let entryPoints: EntryPoints = (
        MicroKernelTiles.fused, MicroKernelTiles.separate, GEMMPacking.pack, RowDots.run, OuterSums.run,
        RowCombinations.run, ThinDenseBackward.run
    )
}
