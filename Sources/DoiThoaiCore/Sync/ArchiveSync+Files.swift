import Foundation

extension ArchiveSync {
    /// Brings the working folder from commit `old` to commit `new`, file by
    /// file: each meeting under its lock, written atomically. A meeting open
    /// for writing elsewhere (or changed since `old`) keeps its file: the
    /// remote's change to it waits in `pending` for the next sync. A meeting
    /// deleted elsewhere goes to `DATA/trash/` here. Then the branch and the
    /// index move to `new`; the working files are not touched by git.
    func update(from old: String, to new: String, force: Bool = false) throws {
        for (status, path) in try repository.changes(from: old, to: new) {
            let incoming = status == "D" ? nil : try repository.blob(path, at: new)
            if let id = SyncRepository.meetingID(path) {
                outcome.received.add(status: status, id: id)
                try updateMeeting(id, path: path, old: old, incoming: incoming, force: force)
            } else if path == "topics.json" {
                outcome.received.topics = true
                // The catalog being changed right now (its lock held) waits like a meeting.
                let lock = try? FileLock.acquire(data.topicsLock)
                defer { lock?.release() }
                let changedHere = try !force && workingFile(path, differsFrom: old)
                if lock == nil || pending[path] != nil || changedHere {
                    if pending[path] == nil { pending[path] = repository.blobID(path, at: old) ?? "" }
                } else {
                    try write(incoming, to: path)
                }
            } else {
                try write(incoming, to: path)
            }
        }
        let range = old == SyncRepository.emptyTree ? [new] : [new, "--not", old]
        let authors = try git.output(["log", "--format=%an", "--no-merges"] + range)
        for name in authors.split(separator: "\n").map(String.init) where name != office && !outcome.fromOffices.contains(name) {
            outcome.fromOffices.append(name)
        }
        outcome.fromOffices.sort()
        try git.output(["reset", "-q", "--mixed", new])
    }

    private func updateMeeting(_ id: MeetingID, path: String, old: String, incoming: Data?, force: Bool) throws {
        let oldBlob = repository.blobID(path, at: old) ?? ""
        if pending[path] != nil {
            note(leftLocked: id, if: isLockedElsewhere(id))
            return
        }
        if options.heldHere.contains(id) {
            pending[path] = oldBlob
            note(leftLocked: id, if: true)
            return
        }
        let lock: MeetingLock
        do {
            lock = try store.lock(id)
        } catch StoreError.locked {
            pending[path] = oldBlob
            note(leftLocked: id, if: true)
            return
        }
        defer { lock.release() }
        if !force, try workingFile(path, differsFrom: old) {
            pending[path] = oldBlob
            return
        }
        if incoming == nil {
            if store.exists(id) { try store.trash(id) }
            return
        }
        try write(incoming, to: path)
        if let incoming, let meeting = try? MeetingCodec.decode(incoming, path: path) {
            let before = (try? repository.blob(path, at: old)).flatMap { $0 }.flatMap { try? MeetingCodec.decode($0, path: path) }
            let openBefore = before?.conflicts.filter(\.isOpen).count ?? 0
            if meeting.conflicts.filter(\.isOpen).count > openBefore, !outcome.withNewConflicts.contains(id) {
                outcome.withNewConflicts.append(id)
            }
        }
    }

    private func note(leftLocked id: MeetingID, if locked: Bool) {
        if locked, !outcome.leftLocked.contains(id) { outcome.leftLocked.append(id) }
    }

    func isLockedElsewhere(_ id: MeetingID) -> Bool {
        if options.heldHere.contains(id) { return true }
        do {
            let lock = try store.lock(id)
            lock.release()
            return false
        } catch {
            return true
        }
    }

    /// Whether the working file is not what commit `old` holds.
    func workingFile(_ path: String, differsFrom old: String) throws -> Bool {
        let here = FileManager.default.contents(atPath: data.root + "/" + path)
        let there = old == SyncRepository.emptyTree ? nil : try repository.blob(path, at: old)
        return here != there
    }

    func write(_ bytes: Data?, to path: String) throws {
        let full = data.root + "/" + path
        guard let bytes else {
            try? FileManager.default.removeItem(atPath: full)
            return
        }
        try data.ensureFolder((full as NSString).deletingLastPathComponent)
        try AtomicFile.write(bytes, to: full)
    }

    /// Merges into the working files the remote changes that waited for
    /// their meeting to be closed: base = what the file was in step with,
    /// ours = the file now, theirs = the file at HEAD.
    func resolvePending() throws {
        for (path, baseBlob) in pending.sorted(by: { $0.key < $1.key }) {
            let id = SyncRepository.meetingID(path)
            var lock: FileLock?
            if id == nil {
                do { lock = try FileLock.acquire(data.topicsLock) } catch { continue }
            }
            if let id {
                if options.heldHere.contains(id) { note(leftLocked: id, if: true); continue }
                do { lock = try store.lock(id) } catch StoreError.locked {
                    note(leftLocked: id, if: true)
                    continue
                }
            }
            defer { lock?.release() }
            let full = data.root + "/" + path
            guard let theirs = try repository.blob(path, at: "HEAD") else {
                pending[path] = nil // deleted in the shared archive: the copy here stays and goes out as new
                continue
            }
            guard let ours = FileManager.default.contents(atPath: full) else {
                try write(theirs, to: path) // deleted here, changed there: the changed one is kept
                pending[path] = nil
                continue
            }
            let base = baseBlob.isEmpty ? nil : try git.bytes(["cat-file", "blob", baseBlob])
            let modified = FileFingerprint.statFile(full).map { $0.modified / 1_000_000_000 }
            let oursSide = MergeSide(office: office, time: modified.map { Timestamp(seconds: $0, offset: TimeZone.program.secondsFromGMT()) })
            let theirsSide = ChangeHistory.side(of: path, at: "HEAD", git: git)
            do {
                let merged = id == nil
                    ? try TopicCatalogMerge.merge(base: base, ours: ours, theirs: theirs, path: path, oursSide: oursSide, theirsSide: theirsSide)
                    : try MeetingMerge.merge(base: base, ours: ours, theirs: theirs, path: path, oursSide: oursSide, theirsSide: theirsSide)
                if merged != ours { try write(merged, to: path) }
                pending[path] = nil
            } catch let error as MergeError {
                throw SyncError.cannotMerge(path: path, message: error.description)
            }
        }
    }
}
