import DoiThoaiCore
import Foundation

/// A meeting held open for writing the way the program holds it (the
/// store's lock), by this test process, with saves made through the store.
final class ProgramLock {
    let store: MeetingStore
    let id: MeetingID
    private let lock: MeetingLock

    init(folder: String, meeting: String) throws {
        store = MeetingStore(data: DataDirectory(root: folder))
        id = MeetingID(meeting)
        lock = try store.lock(id)
    }

    func addOpinion(text: String) throws {
        let stored = try store.load(id)
        var meeting = stored.meeting
        meeting.addOpinion { id, number in
            Opinion(id: id, number: number, speaker: "Thư ký", topic: "khac", text: text, recordedAt: Clock.system.now())
        }
        try store.save(meeting, over: stored.fingerprint)
    }

    func release() { lock.release() }
}

/// A TCP server on the loopback address that accepts connections and never
/// answers: a remote that hangs.
final class SilentServer {
    let port: UInt16
    private let socketFD: Int32

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0, listen(fd, 8) == 0 else { throw POSIXError(.EADDRINUSE) }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        socketFD = fd
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit { close(socketFD) }
}
