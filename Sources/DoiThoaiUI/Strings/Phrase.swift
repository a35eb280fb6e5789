import Foundation
import DoiThoaiCore

/// Every piece of interface text, by meaning. The words for each language
/// live in one catalog per language (`Catalog+vi.swift`, `Catalog+en.swift`);
/// no screen holds literal interface strings.
public enum Phrase: String, CaseIterable, Sendable {
    // commands
    case cmdHelp, cmdQuit, cmdBack, cmdUp, cmdDown, cmdPageUp, cmdPageDown, cmdFirst, cmdLast
    case cmdNextPanel, cmdPreviousPanel, cmdOpen, cmdNewMeeting, cmdDelete, cmdFilter
    case cmdEditDetails, cmdAddAttendee, cmdEditItem, cmdDeleteItem, cmdConclusion, cmdUndo, cmdRedo
    case cmdSave, cmdNextField, cmdPreviousField, cmdCycleNext, cmdCyclePrevious, cmdConfirm, cmdCancel
    // chrome
    case appName, screenMeetings, screenMeeting, screenHelp, windowTooSmall
    case colMeeting, colOpinionNumbers, trackerOpinions, confirmOverwriteMinutes, colTitleOrganisation, colHeadcount, fieldHeadcount, errorHeadcount, detailHeading, detailTitle, detailRecordedAt, cmdView, dueFormatHint, speakerHint, speakerAnonymous, confirmCreateTopic, suggestionHint, dueMeans, confirmEndPastMidnight, confirmEndWithoutConclusion, livePlanned
    case helpTitle, helpGroupScreen, helpGroupEverywhere, helpTyping, helpMoreBelow, helpMoreAbove
    // meetings list
    case colDate, colOrganizer, colTitle, colOpinions, colOpenFollowUps, colStatus, colMeetingId
    case meetingsCount, meetingsNone, meetingsFilterLabel, brokenFiles
    // statuses and kinds
    case statusPlanned, statusLive, statusClosed
    case kindDialogue, kindSeminar, kindWorkshop, kindConference
    case levelCommune, levelDistrict, levelProvince, levelMinistry
    case roleChair, roleSecretary, roleOfficial, roleDelegate, roleCitizen, roleBusiness, roleExpert, rolePress
    case present, absent, yes, no
    // meeting screen
    case tabDetails, tabAttendees, tabAgenda, tabOpinions, tabFollowUps, tabConclusion
    case fieldTitle, fieldKind, fieldOrganizer, fieldParentBody, fieldLevel, fieldDate, fieldPlace
    case fieldLocality, fieldLegalBasis, fieldDocumentNumber, fieldStart, fieldEnd, fieldStatus
    case fieldName, fieldJobTitle, fieldOrganisation, fieldRole, fieldPresent, fieldConclusion
    case noAttendees, noAgenda, noOpinions, noFollowUps, noConclusion, readOnlyBecause
    case anonymous, opinionsByTopic, dueOn
    // forms
    case formNewMeeting, formEditMeeting, formNewAttendee, formEditAttendee, formConclusion
    case errorRequired, errorDate, errorReplyDateAfterToday, errorTime, errorEndBeforeStart, formUnsavedMark, formHint
    // confirmations
    case confirmDeleteMeeting, confirmDiscard, confirmQuitUnsaved, confirmDeleteAttendee, confirmGoLiveOnAnotherDay
    // messages
    case msgSaved, msgCreated, msgTrashed, msgUndone, msgRedone, msgNothingToUndo, msgNothingToRedo
    case msgMeetingClosedReadOnly, msgFailed, msgReadingArchive, msgReadableByOthers, msgIndexing, msgIndexingNoEstimate
    case trackerLoading
    // live note-taking and the opinion form
    case cmdLive, cmdNewOpinion, cmdEndMeeting, cmdAddResponse, cmdAssignFollowUp, cmdAnonymous
    case screenLive, screenForm, liveBanner, liveElapsed, liveCount, liveLatest, liveNoOpinions, liveStarted
    case kindCommendation, kindComplaint, kindRecommendation, kindQuestion, kindProposal
    case dispositionAnswered, dispositionInWriting, dispositionForwarded, dispositionNoted
    case followUpOpen, followUpInProgress, followUpDone, followUpCancelled
    case fieldSpeaker, fieldOrigin, fieldTopic, fieldOpinionKind, fieldOpinionText, fieldResponder, fieldResponse
    case fieldDisposition, fieldForwardedTo, fieldAddSpeaker, fieldTask, fieldAssignee, fieldDue
    case formNewOpinion, formEditOpinion, formEndMeeting, newTopic, errorForwardedTo, errorAssignee
    case fieldOpinionNumbers, fieldNote, fieldReplyNumber, fieldReplyDate, formNewFollowUp, formEditFollowUp
    case errorOpinionNumbers, cmdFollowUp
    case cmdPrint, screenPreview, formPrintMinutes, fieldMinutesAction, fieldMinutesFormat, fieldMinutesLanguage
    case minutesPreview, minutesSave, minutesPrint, formatDocx, formatPDF, formatHTML, formatText, formatMarkdown, languageVi, languageEn
    case msgMinutesWritten, msgMinutesPrinted, msgNeedsLibreOffice, msgMakingPDF
    case cmdTracker, cmdReport, cmdNextFilter, cmdPreviousFilter, cmdOpenMeeting, screenTracker, screenReport
    case trackerPending, trackerOverdue, trackerThisWeek, trackerDone, trackerAll, trackerNone, trackerLate, trackerLeft
    case colDue, trackerToday, trackerCount, periodMonth, periodQuarter, periodYear, periodAll, reportLoading
    case cmdSearch, cmdFilterPeriod, cmdFilterFollowUp, screenBrowser, browserPrompt, browserCount, browserCountMore, browserSearching
    case browserAllTopics, browserAnyFollowUp, browserNone, periodLastYear, followUpOpenFilter, followUpOverdueFilter
    case followUpDoneFilter, browserResponses, browserTasks
    // the browser's filters
    case cmdEditFilters, cmdClearFilters, cmdApplyFilters, formSearchFilters, fieldFrom, fieldTo, fieldFollowUpState, anyKind, anyDisposition
    case errorFilterDate, errorToBeforeFrom, filterDateHint, filterDateMeans, filterAny, browserNoFilters, browserFiltersLabel
    case chipFrom, chipTo, chipOrganizer, chipSpeaker
    case confirmDeleteAttendeeWhoSpoke, attendeeSpoke, attendeeAnswered, wordAnd
    case cmdAddReport, cmdMoveUp, cmdMoveDown, formNewReport, formEditReport, fieldPresenter, fieldSummary, fieldFigures
    case lockedByAnother, folderReadOnly, confirmRestoreChangedDraft, msgOrphanDraftSetAside, draftRecordGone, confirmDeleteOpinion, confirmRestoreDraft, msgDraftRestored, msgDraftFailed, msgMeetingEnded
    // the minutes' own details in the meeting form
    case fieldDocumentSymbol, fieldRecipients, fieldMinutesApproved, linkedAttendee, msgUnreadableDraftSetAside
    // the built-in Vietnamese input method
    case cmdToggleTyping, cmdTypingSettings, screenTypingSettings, helpGroupHelp, msgTypingOn, msgTypingOff
    case typingIntro, typingEnabled, typingMethod, typingStyle, typingOn, typingOff, typingClassic, typingModern
    case typingFile, typingTelexHint, typingVNIHint, typingSystemHint
    // sync between offices and its conflicts
    case tabConflicts, cmdKeepValue, cmdTakeOther, cmdSync, screenConflict, conflictKept, conflictOther, conflictAbsent
    case conflictOpen, conflictChosen, conflictField, msgConflictResolved
    case syncNever, syncRunning, syncDone, syncFailed, syncLeftLocked, syncNewConflicts
    case syncCommitting, syncFetching, syncMerging, syncUpdating, syncSending, syncAlready
    // keys of a part of a screen: a line of text, a long text, suggestions, choices, the filter
    case cmdCursorLeft, cmdCursorRight, cmdLineStart, cmdLineEnd, cmdWordLeft, cmdWordRight
    case cmdDeleteBackward, cmdDeleteForward, cmdDeleteWord, cmdDeleteToEnd, cmdClearField, cmdNewLine
    case cmdNextSuggestion, cmdPreviousSuggestion, cmdTakeSuggestion, cmdPickKind, cmdEndFilter, cmdClearFilter
    // shorter words for the key bar when the full ones do not fit
    case barLive, barSearch, barNextPanel, barTracker
    case helpGroupLineEdit, helpGroupTextEditor, helpGroupSuggestions, helpGroupChoice, helpGroupKind, helpGroupFilter
}

/// The interface's words. `Language` and its rule (`--lang`, else `LANG`)
/// live in the core, shared with the commands.
extension Language {
    /// The words of a phrase: a domain word from the core's table
    /// (`DomainWords`), anything else from this language's catalog.
    public func text(_ phrase: Phrase) -> String {
        if let word = phrase.domainWord(words) { return word }
        let catalog = self == .vi ? Catalog.vi : Catalog.en
        return catalog[phrase] ?? phrase.rawValue
    }

    /// A phrase with `%1`, `%2`… filled in.
    public func text(_ phrase: Phrase, _ values: CustomStringConvertible...) -> String {
        var result = text(phrase)
        for (index, value) in values.enumerated() {
            result = result.replacingOccurrences(of: "%\(index + 1)", with: value.description)
        }
        return result
    }
}

/// The catalogs, one per language.
public enum Catalog {}
