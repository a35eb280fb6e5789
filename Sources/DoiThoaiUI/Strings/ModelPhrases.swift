import DoiThoaiCore

/// The words for the domain's fixed choices.
extension MeetingStatus {
    public var phrase: Phrase {
        switch self {
        case .planned: return .statusPlanned
        case .live: return .statusLive
        case .closed: return .statusClosed
        }
    }
}

extension MeetingKind {
    public var phrase: Phrase {
        switch self {
        case .dialogue: return .kindDialogue
        case .seminar: return .kindSeminar
        case .workshop: return .kindWorkshop
        case .conference: return .kindConference
        }
    }
}

extension AdministrativeLevel {
    public var phrase: Phrase {
        switch self {
        case .commune: return .levelCommune
        case .district: return .levelDistrict
        case .province: return .levelProvince
        case .ministry: return .levelMinistry
        }
    }
}

extension OpinionKind {
    public var phrase: Phrase {
        switch self {
        case .commendation: return .kindCommendation
        case .complaint: return .kindComplaint
        case .recommendation: return .kindRecommendation
        case .question: return .kindQuestion
        case .proposal: return .kindProposal
        }
    }
}

extension SearchFilters.FollowUpState {
    /// As the browser's filter names it: "Việc chưa xong", "Việc quá hạn", "Việc đã xong".
    public var phrase: Phrase {
        switch self {
        case .open: return .followUpOpenFilter
        case .overdue: return .followUpOverdueFilter
        case .done: return .followUpDoneFilter
        }
    }
}

extension Disposition {
    public var phrase: Phrase {
        switch self {
        case .answered: return .dispositionAnswered
        case .inWriting: return .dispositionInWriting
        case .forwarded: return .dispositionForwarded
        case .noted: return .dispositionNoted
        }
    }
}

extension FollowUpStatus {
    public var phrase: Phrase {
        switch self {
        case .open: return .followUpOpen
        case .inProgress: return .followUpInProgress
        case .done: return .followUpDone
        case .cancelled: return .followUpCancelled
        }
    }
}

extension AttendeeRole {
    public var phrase: Phrase {
        switch self {
        case .chair: return .roleChair
        case .secretary: return .roleSecretary
        case .official: return .roleOfficial
        case .delegate: return .roleDelegate
        case .citizen: return .roleCitizen
        case .business: return .roleBusiness
        case .expert: return .roleExpert
        case .press: return .rolePress
        }
    }
}

extension Phrase {
    /// The domain word a phrase stands for, from the core's one table
    /// (`DomainWords`): the catalogs hold no word of their own for these, so
    /// a screen, a command's output, the report and the minutes cannot name
    /// a kind, a status or a role differently. Nil for interface-only phrases.
    func domainWord(_ words: DomainWords) -> String? {
        switch self {
        case .statusPlanned: words.name(MeetingStatus.planned)
        case .statusLive: words.name(MeetingStatus.live)
        case .statusClosed: words.name(MeetingStatus.closed)
        case .kindDialogue: words.name(MeetingKind.dialogue)
        case .kindSeminar: words.name(MeetingKind.seminar)
        case .kindWorkshop: words.name(MeetingKind.workshop)
        case .kindConference: words.name(MeetingKind.conference)
        case .levelCommune: words.name(AdministrativeLevel.commune)
        case .levelDistrict: words.name(AdministrativeLevel.district)
        case .levelProvince: words.name(AdministrativeLevel.province)
        case .levelMinistry: words.name(AdministrativeLevel.ministry)
        case .roleChair: words.name(AttendeeRole.chair)
        case .roleSecretary: words.name(AttendeeRole.secretary)
        case .roleOfficial: words.name(AttendeeRole.official)
        case .roleDelegate: words.name(AttendeeRole.delegate)
        case .roleCitizen: words.name(AttendeeRole.citizen)
        case .roleBusiness: words.name(AttendeeRole.business)
        case .roleExpert: words.name(AttendeeRole.expert)
        case .rolePress: words.name(AttendeeRole.press)
        case .kindCommendation: words.name(OpinionKind.commendation)
        case .kindComplaint: words.name(OpinionKind.complaint)
        case .kindRecommendation: words.name(OpinionKind.recommendation)
        case .kindQuestion: words.name(OpinionKind.question)
        case .kindProposal: words.name(OpinionKind.proposal)
        case .dispositionAnswered: words.name(Disposition.answered)
        case .dispositionInWriting: words.name(Disposition.inWriting)
        case .dispositionForwarded: words.name(Disposition.forwarded)
        case .dispositionNoted: words.name(Disposition.noted)
        case .followUpOpen: words.name(FollowUpStatus.open)
        case .followUpInProgress: words.name(FollowUpStatus.inProgress)
        case .followUpDone, .trackerDone: words.name(FollowUpStatus.done)
        case .followUpCancelled: words.name(FollowUpStatus.cancelled)
        case .present: words.name(DomainNoun.present)
        case .absent: words.name(DomainNoun.absent)
        case .anonymous: words.name(DomainNoun.anonymous)
        case .tabAttendees: words.name(DomainNoun.attendees)
        case .tabAgenda: words.name(DomainNoun.reports)
        case .tabOpinions, .colOpinions: words.name(DomainNoun.opinions)
        case .tabFollowUps, .browserTasks: words.name(DomainNoun.followUps)
        case .tabConclusion: words.name(DomainNoun.conclusion)
        case .fieldTopic: words.name(DomainNoun.topic)
        case .colDue: words.name(DomainNoun.due)
        case .browserResponses: words.name(DomainNoun.responses)
        case .trackerPending: words.name(DomainNoun.pending)
        case .trackerOverdue: words.name(DomainNoun.overdue)
        default: nil
        }
    }
}
