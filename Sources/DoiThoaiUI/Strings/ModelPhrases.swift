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
