import Foundation

/// Times the steps of opening and refreshing the index on standard error
/// when `DOITHOAI_INDEX_TRACE` is set: how the figures of the README's
/// Speed section were taken apart. Silent otherwise.
struct IndexTrace {
    static let enabled = ProcessInfo.processInfo.environment["DOITHOAI_INDEX_TRACE"] != nil
    private var last = DispatchTime.now().uptimeNanoseconds

    mutating func mark(_ step: @autoclosure () -> String) {
        guard Self.enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        FileHandle.standardError.write(Data(String(format: "index: %@ %.1f ms\n", step(), Double(now - last) / 1e6).utf8))
        last = now
    }
}
