import Foundation

/// Appends little-endian numbers and length-prefixed texts to a byte buffer:
/// the search cache's encoding.
struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func u8(_ value: UInt8) { bytes.append(value) }

    mutating func u32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func i32(_ value: Int32) { u32(UInt32(bitPattern: value)) }

    mutating func i64(_ value: Int64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func string(_ value: String) {
        let utf8 = value.utf8
        u32(UInt32(utf8.count))
        bytes.append(contentsOf: utf8)
    }

    mutating func optional(_ value: String?) {
        if let value {
            u8(1)
            string(value)
        } else {
            u8(0)
        }
    }

    mutating func strings(_ values: [String]) {
        u32(UInt32(values.count))
        for value in values { string(value) }
    }

    mutating func int32s(_ values: [Int32]) {
        for value in values { i32(value) }
    }

    mutating func raw(_ other: some Collection<UInt8>) { bytes.append(contentsOf: other) }
}

/// Reads what `ByteWriter` wrote, refusing to step outside its bytes: a
/// damaged cache is an error, never a crash.
struct ByteReader {
    struct Damaged: Error {}

    let base: UnsafeRawBufferPointer
    var offset: Int
    let end: Int

    init(_ base: UnsafeRawBufferPointer, from start: Int = 0, to end: Int? = nil) {
        self.base = base
        offset = start
        self.end = min(end ?? base.count, base.count)
    }

    var isAtEnd: Bool { offset >= end }

    private mutating func take(_ count: Int) throws -> Int {
        guard count >= 0, offset <= end - count else { throw Damaged() }
        defer { offset += count }
        return offset
    }

    mutating func u8() throws -> UInt8 { base[try take(1)] }

    mutating func u32() throws -> UInt32 {
        let at = try take(4)
        return UInt32(littleEndian: base.loadUnaligned(fromByteOffset: at, as: UInt32.self))
    }

    mutating func i32() throws -> Int32 { Int32(bitPattern: try u32()) }

    mutating func i64() throws -> Int64 {
        let at = try take(8)
        return Int64(littleEndian: base.loadUnaligned(fromByteOffset: at, as: Int64.self))
    }

    mutating func count() throws -> Int { Int(try u32()) }

    mutating func string() throws -> String {
        let length = try count()
        let at = try take(length)
        return String(decoding: UnsafeRawBufferPointer(rebasing: base[at..<(at + length)]), as: UTF8.self)
    }

    mutating func optional() throws -> String? {
        try u8() == 0 ? nil : try string()
    }

    mutating func strings() throws -> [String] {
        let n = try count()
        guard n <= end - offset else { throw Damaged() }
        return try (0..<n).map { _ in try string() }
    }

    /// `count` little-endian 32-bit numbers, copied out at once.
    mutating func int32s(_ n: Int) throws -> [Int32] {
        guard n <= (end - offset) / 4 else { throw Damaged() }
        let at = try take(n * 4)
        return [Int32](unsafeUninitializedCapacity: n) { buffer, initialized in
            for i in 0..<n {
                buffer[i] = Int32(littleEndian: base.loadUnaligned(fromByteOffset: at + i * 4, as: Int32.self))
            }
            initialized = n
        }
    }

    /// The offset of `n` bytes, skipped.
    mutating func skip(_ n: Int) throws -> Int { try take(n) }
}

/// A fast 64-bit checksum of the cache's bytes (eight at a time), to tell a
/// torn or damaged cache file from a whole one. Fed piece by piece while
/// the cache is written; the same result as over the whole at once.
struct CacheHasher {
    private var hash: UInt64
    private var tail: UInt64 = 0
    private var tailCount = 0

    init(length: Int) { hash = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length) }

    @inline(__always)
    private mutating func mix(_ word: UInt64) {
        hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 29
    }

    mutating func feed(_ bytes: UnsafeRawBufferPointer) {
        var i = 0
        while tailCount > 0 && i < bytes.count {
            tail |= UInt64(bytes[i]) << (8 * UInt64(tailCount))
            tailCount += 1
            i += 1
            if tailCount == 8 {
                mix(tail)
                tail = 0
                tailCount = 0
            }
        }
        while i + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
            i += 8
        }
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << (8 * UInt64(tailCount))
            tailCount += 1
            i += 1
        }
    }

    func finish() -> UInt64 {
        var result = hash
        for k in 0..<tailCount {
            result = (result ^ ((tail >> (8 * UInt64(k))) & 0xFF)) &* 0xC4CE_B9FE_1A85_EC53
        }
        return result
    }
}

func cacheChecksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
    var hasher = CacheHasher(length: bytes.count)
    hasher.feed(bytes)
    return hasher.finish()
}
