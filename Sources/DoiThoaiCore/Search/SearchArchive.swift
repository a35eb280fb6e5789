/// Every opinion of the record, indexed for search, and the files that
/// could not be read.
public struct SearchArchive {
    public var index: SearchIndex
    public var failures: [StoreError]

    public static func load(_ store: MeetingStore, topics: TopicCatalog) -> SearchArchive {
        let loaded = store.loadAll()
        let documents = loaded.meetings.flatMap { SearchDocument.of($0.meeting, topics: topics) }
        return SearchArchive(index: SearchIndex(documents: documents), failures: loaded.failures)
    }
}
