extension DomainWords {
    /// English. The labels are what a list, a column or a choice shows;
    /// `formal` is how the minutes write the same thing.
    public static let en = DomainWords(
        language: .en,
        meetingKinds: {
            switch $0 {
            case .dialogue: "Dialogue"
            case .seminar: "Seminar"
            case .workshop: "Workshop"
            case .conference: "Conference"
            }
        },
        levels: {
            switch $0 {
            case .commune: "Commune/ward"
            case .district: "District"
            case .province: "Province"
            case .ministry: "Ministry"
            }
        },
        statuses: {
            switch $0 {
            case .planned: "Planned"
            case .live: "Live"
            case .closed: "Closed"
            }
        },
        roles: {
            switch $0 {
            case .chair: "Chair"
            case .secretary: "Secretary"
            case .official: "Official"
            case .delegate: "Delegate"
            case .citizen: "Citizen"
            case .business: "Business"
            case .expert: "Expert"
            case .press: "Press"
            }
        },
        opinionKinds: {
            switch $0 {
            case .commendation: "Commendation"
            case .complaint: "Complaint"
            case .recommendation: "Recommendation"
            case .question: "Question"
            case .proposal: "Proposal"
            }
        },
        dispositions: {
            switch $0 {
            case .answered: "Answered at the meeting"
            case .inWriting: "To be answered in writing"
            case .forwarded: "Forwarded to the competent agency"
            case .noted: "Noted"
            }
        },
        followUpStatuses: {
            switch $0 {
            case .open: "Open"
            case .inProgress: "In progress"
            case .done: "Done"
            case .cancelled: "Cancelled"
            }
        },
        nouns: {
            switch $0 {
            case .meeting: "Meeting"
            case .attendees: "Attendees"
            case .reports: "Reports"
            case .opinions: "Opinions"
            case .topic: "Topic"
            case .responses: "Answers"
            case .followUps: "Follow-ups"
            case .conclusion: "Conclusion"
            case .due: "Due"
            case .present: "Present"
            case .absent: "Absent"
            case .anonymous: "(anonymous)"
            case .pending: "Pending"
            case .overdue: "Overdue"
            case .peopleCounted: "people"
            }
        },
        formal: FormalWords(
            roleGroups: {
                switch $0 {
                case .chair: "chair"
                case .secretary: "secretary"
                case .official: "officials"
                case .delegate: "delegates"
                case .citizen: "citizens"
                case .business: "business representatives"
                case .expert: "experts"
                case .press: "press"
                }
            },
            roleCells: {
                switch $0 {
                case .chair: "Chair"
                case .secretary: "Secretary"
                case .official: "Officials"
                case .delegate: "Delegates"
                case .citizen: "Citizens"
                case .business: "Businesses"
                case .expert: "Experts"
                case .press: "Press"
                }
            },
            kindVerbs: {
                switch $0 {
                case .commendation: "commended"
                case .complaint: "complained"
                case .recommendation: "recommended"
                case .question: "asked"
                case .proposal: "proposed"
                }
            },
            dispositions: {
                switch $0 {
                case .answered: "answered at the meeting"
                case .inWriting: "to be answered in writing"
                case .forwarded: "forwarded to the competent agency"
                case .noted: "noted"
                }
            },
            gatherings: {
                switch $0 {
                case .dialogue, .conference: ("The meeting", "the meeting")
                case .seminar: ("The seminar", "the seminar")
                case .workshop: ("The workshop", "the workshop")
                }
            }))
}
