#if canImport(Glibc)
import Glibc
#endif

/// A search cache about to be written: its bytes as a list of pieces, some
/// made now, some borrowed from the older cache (the documents and texts of
/// meetings that did not change), so that writing it never holds a second
/// copy of the archive in memory.
struct CachePlan {
    enum Piece {
        case owned([UInt8])
        /// A range of the older cache's bytes.
        case borrowed(Range<Int>)
    }

    let base: SearchSegment?
    private(set) var pieces: [Piece] = []
    private(set) var size = 0

    init(base: SearchSegment?) { self.base = base }

    mutating func add(_ bytes: [UInt8]) {
        pieces.append(.owned(bytes))
        size += bytes.count
    }

    mutating func add(_ runs: RunPieces) {
        var table = ByteWriter()
        table.bytes.reserveCapacity(runs.offsets.count * 4)
        for offset in runs.offsets { table.u32(offset) }
        add(table.bytes)
        pieces += runs.pieces
        size += runs.length
    }

    private func withBytes(_ piece: Piece, _ body: (UnsafeRawBufferPointer) -> Void) {
        switch piece {
        case .owned(let bytes): bytes.withUnsafeBytes(body)
        case .borrowed(let range): if let base { body(UnsafeRawBufferPointer(rebasing: base.bytes[range])) }
        }
    }

    /// The checksum of everything after the header's first 20 bytes.
    private func checksum() -> UInt64 {
        var hasher = CacheHasher(length: size - SearchSegment.bodyStart)
        var skip = SearchSegment.bodyStart
        for piece in pieces {
            withBytes(piece) { bytes in
                let dropped = min(skip, bytes.count)
                skip -= dropped
                hasher.feed(UnsafeRawBufferPointer(rebasing: bytes[dropped...]))
            }
        }
        return hasher.finish()
    }

    /// Streams the pieces to `path` through a temporary file renamed over
    /// it, so readers see the old cache or the new. No fsync: a cache torn by
    /// a crash fails its checksum and is rebuilt. Returns why it could not be written.
    func write(to path: String) -> String? {
        let temporary = path + ".\(getpid()).tmp"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, AtomicFile.permissions)
        guard fd >= 0 else { return "cannot write \(temporary): \(errnoText())" }
        var failure: String?
        var checksum = checksum().littleEndian
        for piece in pieces where failure == nil {
            withBytes(piece) { bytes in failure = writeAll(fd, bytes) }
        }
        if failure == nil {
            let wrote = withUnsafeBytes(of: &checksum) { pwrite(fd, $0.baseAddress, 8, 12) }
            if wrote != 8 { failure = errnoText() }
        }
        close(fd)
        if let failure {
            unlink(temporary)
            return "cannot write \(temporary): \(failure)"
        }
        guard rename(temporary, path) == 0 else {
            let reason = errnoText()
            unlink(temporary)
            return "cannot replace \(path): \(reason)"
        }
        return nil
    }

    private func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> String? {
        var done = 0
        while done < bytes.count {
            guard let start = bytes.baseAddress else { return nil }
            let wrote = Glibc.write(fd, start + done, bytes.count - done)
            if wrote < 0 && errno == EINTR { continue }
            guard wrote > 0 else { return errnoText() }
            done += wrote
        }
        return nil
    }

    /// The cache in memory, for when it cannot be written.
    func assemble() -> SearchSegment? {
        let storage = UnsafeMutableRawBufferPointer.allocate(byteCount: max(size, 8), alignment: 8)
        var at = 0
        for piece in pieces {
            withBytes(piece) { bytes in
                UnsafeMutableRawBufferPointer(rebasing: storage[at..<(at + bytes.count)]).copyMemory(from: bytes)
                at += bytes.count
            }
        }
        let whole = UnsafeMutableRawBufferPointer(rebasing: storage[0..<size])
        whole.storeBytes(of: checksum().littleEndian, toByteOffset: 12, as: UInt64.self)
        return try? SearchSegment(taking: whole, verify: false)
    }
}

/// A table of byte runs being gathered: the offsets, and the pieces that
/// hold the runs one after another.
struct RunPieces {
    var offsets: [UInt32] = [0]
    var pieces: [CachePlan.Piece] = []
    var length = 0

    mutating func borrow(_ range: Range<Int>) {
        length += range.count
        offsets.append(UInt32(truncatingIfNeeded: length))
        if case .borrowed(let last)? = pieces.last, last.upperBound == range.lowerBound {
            pieces[pieces.count - 1] = .borrowed(last.lowerBound..<range.upperBound)
        } else {
            pieces.append(.borrowed(range))
        }
    }

    mutating func add(_ bytes: [UInt8]) {
        length += bytes.count
        offsets.append(UInt32(truncatingIfNeeded: length))
        pieces.append(.owned(bytes))
    }
}
