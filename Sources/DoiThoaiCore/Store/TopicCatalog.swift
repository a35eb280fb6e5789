import Foundation

/// The topic catalog, `DATA/topics.json`: the fields the seed reports name,
/// plus the ones users add.
public struct TopicCatalog: Equatable, Sendable {
    public var topics: [Topic]
    public var extra: JSONObject = [:]

    public init(topics: [Topic]) { self.topics = topics }

    public static let standard = TopicCatalog(topics: [
        Topic(id: "giai-phong-mat-bang", name: "Giải phóng mặt bằng", nameEn: "Land clearance"),
        Topic(id: "cap-giay-phep-xay-dung", name: "Cấp giấy phép xây dựng", nameEn: "Building permits"),
        Topic(id: "dang-ky-kinh-doanh", name: "Đăng ký kinh doanh", nameEn: "Business registration"),
        Topic(id: "chinh-sach-nguoi-co-cong", name: "Chính sách người có công", nameEn: "Policy for people with merit"),
        Topic(id: "an-toan-ve-sinh-thuc-pham", name: "An toàn vệ sinh thực phẩm", nameEn: "Food safety"),
        Topic(id: "dich-vu-cong-truc-tuyen", name: "Dịch vụ công trực tuyến", nameEn: "Online public services"),
        Topic(id: "ho-tich", name: "Hộ tịch", nameEn: "Civil status"),
        Topic(id: "dat-dai", name: "Đất đai", nameEn: "Land"),
        Topic(id: "thai-do-phuc-vu", name: "Thái độ phục vụ", nameEn: "Attitude of officials"),
        Topic(id: "khac", name: "Khác", nameEn: "Other"),
    ])

    public func topic(_ id: TopicID) -> Topic? { topics.first { $0.id == id } }
    public var ids: Set<TopicID> { Set(topics.map(\.id)) }

    /// The topic `text` names: an id, or a name with or without diacritics,
    /// or an unambiguous start of one, or what the topic picker finds when it
    /// finds one topic only (initials "gpxd", starts of words "giai phong").
    public func find(_ text: String) -> Topic? {
        let folded = VietnameseFolding.fold(text.trimmingCharacters(in: .whitespaces))
        if let exact = topics.first(where: { $0.id.rawValue == folded || VietnameseFolding.fold($0.name) == folded }) {
            return exact
        }
        let slug = MeetingSlug.slug(text)
        if let bySlug = topics.first(where: { $0.id.rawValue == slug || MeetingSlug.slug($0.name) == slug }) {
            return bySlug
        }
        let prefixed = topics.filter { VietnameseFolding.fold($0.name).hasPrefix(folded) || $0.id.rawValue.hasPrefix(slug) }
        if prefixed.count == 1 { return prefixed[0] }
        let picked = TopicMatcher.matches(text, in: self, usage: [:])
        return picked.count == 1 ? picked[0] : nil
    }

    /// Adds a topic named `name`, with an id made from it; returns it.
    public mutating func add(name: String, nameEn: String? = nil) -> Topic {
        if let existing = find(name), VietnameseFolding.fold(existing.name) == VietnameseFolding.fold(name) {
            return existing
        }
        var id = MeetingSlug.slug(name)
        if id.isEmpty { id = "chu-de" }
        var candidate = id
        var counter = 2
        while topic(TopicID(candidate)) != nil {
            candidate = "\(id)-\(counter)"
            counter += 1
        }
        let topic = Topic(id: TopicID(candidate), name: NFC.normalize(name), nameEn: nameEn)
        topics.append(topic)
        return topic
    }
}

/// Reads and writes `topics.json`; a missing file is the standard catalog.
public struct TopicStore: Sendable {
    public static let currentSchemaVersion = 1
    public let data: DataDirectory

    public init(data: DataDirectory) { self.data = data }

    private struct File: Codable {
        var schemaVersion: Int
        var topics: [Topic]
    }

    public func load() throws -> TopicCatalog {
        let path = data.topics
        guard let bytes = FileManager.default.contents(atPath: path) else { return .standard }
        let tree = try MeetingCodec.parseTree(bytes, path: path)
        guard case .object(let object) = tree else {
            throw StoreError.unreadable(path: path, location: nil, reason: .noJSONObject)
        }
        if case .int(let version)? = object["schemaVersion"], version > TopicStore.currentSchemaVersion {
            throw StoreError.newerSchema(path: path, version: Int(version))
        }
        do {
            let file = try JSONDecoder().decode(File.self, from: bytes)
            var catalog = TopicCatalog(topics: file.topics)
            catalog.topics.absorb(object["topics"])
            catalog.extra = object.filter { $0.key != "schemaVersion" && $0.key != "topics" }
            return catalog
        } catch let error as DecodingError {
            throw StoreError.unreadable(path: path, location: error.fieldPath, reason: error.problem)
        }
    }

    /// Saves `catalog` merged with what is on disk now, under `topics.lock`:
    /// topics another program added since `catalog` was loaded are kept
    /// (topics are only ever added, so the merge is a union by id, the
    /// file's version first). Returns the catalog written.
    @discardableResult
    public func save(_ catalog: TopicCatalog, waitingUpTo seconds: Double = 10) throws -> TopicCatalog {
        try update(waitingUpTo: seconds) { current in
            for topic in catalog.topics where current.topic(topic.id) == nil { current.topics.append(topic) }
            for (key, value) in catalog.extra where current.extra[key] == nil { current.extra[key] = value }
        }
    }

    /// Adds a topic named `name` to the catalog as it is on disk now, under
    /// the lock; returns the topic (the existing one when the name is known).
    public func add(name: String, nameEn: String? = nil, waitingUpTo seconds: Double = 10) throws -> Topic {
        var added: Topic?
        try update(waitingUpTo: seconds) { added = $0.add(name: name, nameEn: nameEn) }
        guard let added else { throw StoreError.writeFailed(path: data.topics, reason: .topicNotAdded) }
        return added
    }

    /// Lock, re-read, change, write: the one way the catalog is changed.
    @discardableResult
    public func update(waitingUpTo seconds: Double = 10, _ change: (inout TopicCatalog) throws -> Void) throws -> TopicCatalog {
        try data.ensureFolder(data.root)
        let lock: FileLock
        do {
            lock = try FileLock.acquire(data.topicsLock, waitingUpTo: seconds)
        } catch {
            switch error {
            case .held(let pid): throw StoreError.catalogLocked(pid: pid ?? 0, path: data.topicsLock)
            case .readOnly(let reason): throw StoreError.readOnly(path: data.root, reason: reason)
            case .failed(let reason): throw StoreError.writeFailed(path: data.topicsLock, reason: reason)
            }
        }
        defer { lock.release() }
        // Under the lock, any `.topics.json.XXXXXX` is from a writer that was killed.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: data.root)) ?? []
        where MeetingStore.temporaryOwner(name) == "topics.json" {
            unlink(data.root + "/" + name)
        }
        var catalog = try load()
        let before = catalog
        try change(&catalog)
        if catalog != before || !FileManager.default.fileExists(atPath: data.topics) { try write(catalog) }
        return catalog
    }

    private func write(_ catalog: TopicCatalog) throws {
        var object: JSONObject = catalog.extra
        object["schemaVersion"] = .int(Int64(TopicStore.currentSchemaVersion))
        var topicsValue: JSONValue? = try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(catalog.topics))
        catalog.topics.emit(into: &topicsValue)
        object["topics"] = topicsValue
        var bytes = try MeetingCodec.encoder.encode(JSONValue.object(object))
        bytes.append(0x0A)
        try AtomicFile.write(NFC.normalizedJSON(bytes), to: data.topics)
    }
}
