extension IndexedMeeting {
    /// The meeting the program saved last, as it was indexed: its next save
    /// (one opinion added or changed) folds again only the opinions that
    /// differ, instead of every opinion of the meeting (most of a save's
    /// index update on a meeting of 50 opinions).
    struct Previous: Sendable {
        var meeting: Meeting
        var indexed: IndexedMeeting
        var topics: TopicCatalog

        /// The opinion at `position` of `meeting` as indexed before, when
        /// everything its row is made from is the same: the opinion itself,
        /// its place, the follow-ups answering it and the topics' names.
        func opinion(_ position: Int, _ opinion: Opinion, in meeting: Meeting, topics: TopicCatalog) -> IndexedOpinion? {
            guard meeting.id == self.meeting.id, topics == self.topics,
                  position < self.meeting.opinions.count, position < indexed.opinions.count,
                  indexed.opinions[position].position == position, self.meeting.opinions[position] == opinion,
                  self.meeting.followUps(answering: opinion.id) == meeting.followUps(answering: opinion.id) else { return nil }
            return indexed.opinions[position]
        }
    }
}
