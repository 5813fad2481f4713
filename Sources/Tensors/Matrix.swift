/// A dense row-major matrix of `Float` values with value semantics (copy-on-write through `Array`).
///
/// Element `(r, c)` is `values[r * columns + c]`. A vector is a `[Float]` or a one-row `Matrix`.
/// Kernels that write into a preallocated `Matrix` (`multiply(_:_:into:...)`, `apply(_:)`, ...) never allocate
/// when the destination is uniquely referenced and already has the right shape.
public struct Matrix: Sendable, Hashable {
    @usableFromInline var rowCount: Int
    @usableFromInline var columnCount: Int
    @usableFromInline var storage: [Float]

    /// Number of rows.
    @inlinable public var rows: Int { rowCount }
    /// Number of columns.
    @inlinable public var columns: Int { columnCount }
    /// Row-major storage, `rows * columns` values. Mutate through subscripts or `withUnsafeMutableBufferPointer`.
    @inlinable public var values: [Float] { storage }

    /// Creates a `rows × columns` matrix filled with `value`.
    /// - Precondition: `rows >= 0` and `columns >= 0` (a negative size is a programming error).
    @inlinable
    public init(rows: Int, columns: Int, repeating value: Float = 0) {
        precondition(rows >= 0 && columns >= 0, "Matrix size must be non-negative, got \(rows)×\(columns)")
        self.rowCount = rows
        self.columnCount = columns
        self.storage = Matrix.newStorage(repeating: value, count: rows * columns)
    }

    /// Fresh storage (see `LargePages`).
    @usableFromInline
    static func newStorage(repeating value: Float, count: Int) -> [Float] {
        LargePages.storage(repeating: value, count: count)
    }

    /// Creates a matrix over existing row-major values.
    /// - Throws: `TensorsError.Code.invalidArgument` when a size is negative or `values.count != rows * columns`.
    public init(rows: Int, columns: Int, values: [Float]) throws {
        guard rows >= 0, columns >= 0 else {
            throw TensorsError(.invalidArgument, "Matrix size must be non-negative, got \(rows)×\(columns)")
        }
        guard values.count == rows * columns else {
            throw TensorsError(
                .invalidArgument,
                "Matrix(rows: \(rows), columns: \(columns)) needs \(rows * columns) values, got \(values.count)")
        }
        self.rowCount = rows
        self.columnCount = columns
        self.storage = values
    }

    /// Creates a matrix from an array of rows, e.g. `[[1, 2], [3, 4]]`.
    /// - Throws: `TensorsError.Code.invalidArgument` when the rows have different lengths.
    public init(_ rowArrays: [[Float]]) throws {
        let width = rowArrays.first?.count ?? 0
        if let bad = rowArrays.firstIndex(where: { $0.count != width }) {
            throw TensorsError(
                .invalidArgument,
                "Matrix rows must have equal length: row 0 has \(width), row \(bad) has "
                    + "\(rowArrays[bad].count)")
        }
        self.rowCount = rowArrays.count
        self.columnCount = width
        self.storage = rowArrays.flatMap { $0 }
    }

    /// Creates a one-row matrix (a row vector) holding `vector`.
    public init(rowVector vector: [Float]) {
        self.rowCount = 1
        self.columnCount = vector.count
        self.storage = vector
    }

    /// The `n × n` identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<n { m.storage[i * n + i] = 1 }
        return m
    }

    /// Number of elements, `rows * columns`.
    @inlinable public var count: Int { values.count }

    /// `true` when the matrix holds no element (a zero row or column count).
    @inlinable public var isEmpty: Bool { values.isEmpty }

    /// Element at `(row, column)`.
    @inlinable
    public subscript(row: Int, column: Int) -> Float {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "Matrix index out of range")
            return values[row * columns + column]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "Matrix index out of range")
            storage[row * columns + column] = newValue
        }
    }

    /// The values of row `index`.
    @inlinable
    public func row(_ index: Int) -> ArraySlice<Float> {
        values[(index * columns)..<((index + 1) * columns)]
    }

    /// Calls `body` with read access to the row-major storage.
    @inlinable
    public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Float>) throws -> R) rethrows -> R {
        try values.withUnsafeBufferPointer(body)
    }

    /// Calls `body` with write access to the row-major storage (the fastest way to write a custom kernel).
    @inlinable
    public mutating func withUnsafeMutableBufferPointer<R>(
        _ body: (inout UnsafeMutableBufferPointer<Float>) throws -> R
    ) rethrows -> R {
        try storage.withUnsafeMutableBufferPointer(body)
    }

    /// Changes the shape to `rows × columns`, reusing storage; contents are unspecified afterwards unless the
    /// shape was already equal. Used to prepare an output buffer without a new allocation when capacity allows.
    @inlinable
    public mutating func resize(rows: Int, columns: Int) {
        precondition(rows >= 0 && columns >= 0, "Matrix size must be non-negative, got \(rows)×\(columns)")
        if rows == self.rows && columns == self.columns { return }
        let n = rows * columns
        if storage.count > n {
            storage.removeLast(storage.count - n)
        } else if storage.capacity < n {
            storage = Matrix.newStorage(repeating: 0, count: n)
        } else if storage.count < n {
            storage.append(contentsOf: repeatElement(0, count: n - storage.count))
        }
        self.rowCount = rows
        self.columnCount = columns
    }

    /// The same values viewed as `rows × columns`.
    /// - Throws: `TensorsError.Code.invalidArgument` when the element counts differ.
    public func reshaped(rows: Int, columns: Int) throws -> Matrix {
        try Matrix(rows: rows, columns: columns, values: values)
    }

    /// The transpose, a new `columns × rows` matrix.
    public func transposed() -> Matrix {
        var t = Matrix(rows: columns, columns: rows)
        let (r, c) = (rows, columns)
        values.withUnsafeBufferPointer { src in
            t.storage.withUnsafeMutableBufferPointer { dst in
                for i in 0..<r {
                    for j in 0..<c { dst[j * r + i] = src[i * c + j] }
                }
            }
        }
        return t
    }
}
