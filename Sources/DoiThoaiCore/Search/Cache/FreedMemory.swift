#if canImport(Glibc)
/// glibc's malloc_trim, which Swift's Glibc module does not export.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif

/// Hands memory freed by the allocator back to the system. glibc keeps what
/// a first build freed (the decoded meetings) in its heap, where it would
/// still count when the new cache is read in.
enum FreedMemory {
    static func giveBack() {
        #if canImport(Glibc)
        _ = glibcMallocTrim(0)
        #endif
    }
}
