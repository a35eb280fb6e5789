extension Catalog {
    /// English, with `--lang en` or an English LANG.
    static let en: [Phrase: String] = [
        .cmdHelp: "Help", .cmdQuit: "Quit", .cmdBack: "Back", .cmdUp: "Up", .cmdDown: "Down",
        .cmdPageUp: "Page up", .cmdPageDown: "Page down", .cmdFirst: "First", .cmdLast: "Last",
        .cmdNextPanel: "Next tab", .cmdPreviousPanel: "Previous tab", .cmdOpen: "Open", .cmdNewMeeting: "New",
        .cmdDelete: "Delete", .cmdFilter: "Filter", .cmdEditDetails: "Edit details", .cmdAddAttendee: "Add attendee",
        .cmdEditItem: "Edit", .cmdDeleteItem: "Delete row", .cmdConclusion: "Conclusion", .cmdUndo: "Undo",
        .cmdRedo: "Redo", .cmdSave: "Save", .cmdNextField: "Next field", .cmdPreviousField: "Previous field",
        .cmdCycleNext: "Next choice", .cmdCyclePrevious: "Previous choice", .cmdConfirm: "Yes", .cmdCancel: "Cancel",

        .appName: "Dialogue", .screenMeetings: "Meetings", .screenMeeting: "Meeting",
        .screenHelp: "Help", .windowTooSmall: "Window too small (%1×%2). Please enlarge it.",
        .helpTitle: "Keys on the screen: %1", .helpGroupScreen: "On this screen",
        .helpGroupEverywhere: "Everywhere", .helpTyping: "While typing, letter keys type text; use F-keys and Ctrl.",

        .colDate: "Date", .colOrganizer: "Organizer", .colTitle: "Title", .colOpinions: "Opinions",
        .colOpenFollowUps: "Open tasks", .colStatus: "Status",
        .meetingsCount: "%1 meetings", .meetingsNone: "No meetings yet. Press n to create one.",
        .meetingsFilterLabel: "Filter: ", .brokenFiles: "⚠ %1 unreadable file(s): %2",

        .statusPlanned: "Planned", .statusLive: "Live", .statusClosed: "Closed",
        .kindDialogue: "Dialogue", .kindSeminar: "Seminar", .kindWorkshop: "Workshop", .kindConference: "Conference",
        .levelCommune: "Commune/ward", .levelDistrict: "District", .levelProvince: "Province", .levelMinistry: "Ministry",
        .roleChair: "Chair", .roleSecretary: "Secretary", .roleOfficial: "Official", .roleDelegate: "Delegate",
        .roleCitizen: "Citizen", .roleBusiness: "Business", .roleExpert: "Expert", .rolePress: "Press",
        .present: "Present", .absent: "Absent", .yes: "Yes", .no: "No",

        .tabDetails: "Details", .tabAttendees: "Attendees", .tabAgenda: "Reports", .tabOpinions: "Opinions",
        .tabFollowUps: "Follow-ups", .tabConclusion: "Conclusion",
        .fieldTitle: "Title", .fieldKind: "Kind", .fieldOrganizer: "Organizer",
        .fieldParentBody: "Parent body", .fieldLevel: "Level", .fieldDate: "Date (dd/mm/yyyy)",
        .fieldPlace: "Place", .fieldLocality: "Locality", .fieldLegalBasis: "Legal basis",
        .fieldDocumentNumber: "Document no.", .fieldStart: "Start (hh:mm)", .fieldEnd: "End (hh:mm)",
        .fieldStatus: "Status", .fieldName: "Name", .fieldJobTitle: "Title",
        .fieldOrganisation: "Organisation / address", .fieldRole: "Role", .fieldPresent: "Present",
        .fieldConclusion: "Chair's conclusion",
        .noAttendees: "No attendees yet. Press a to add one.", .noAgenda: "No reports.",
        .noOpinions: "No opinions yet.", .noFollowUps: "No follow-ups.", .noConclusion: "No conclusion yet. Press c to write it.",
        .readOnlyBecause: "Read only: %1", .anonymous: "(anonymous)", .opinionsByTopic: "Opinions by topic",
        .dueOn: "due %1",

        .formNewMeeting: "New meeting", .formEditMeeting: "Edit meeting details", .formNewAttendee: "Add attendee",
        .formEditAttendee: "Edit attendee", .formConclusion: "Chair's conclusion",
        .errorRequired: "Required", .errorDate: "Date as dd/mm/yyyy", .errorTime: "Time as hh:mm",
        .errorEndBeforeStart: "End is before start", .formUnsavedMark: "● unsaved",
        .formHint: "←/→ or Space to choose",

        .confirmDeleteMeeting: "Delete meeting “%1”? Its file goes to the trash folder.",
        .confirmDiscard: "Discard what you typed?", .confirmQuitUnsaved: "There is unsaved text. Quit anyway?",
        .confirmDeleteAttendee: "Remove “%1” from the attendees?",

        .msgSaved: "Saved.", .msgCreated: "Created meeting %1.", .msgTrashed: "Moved to the trash: %1",
        .msgUndone: "Undone and saved.", .msgRedone: "Redone and saved.", .msgNothingToUndo: "Nothing to undo.",
        .msgNothingToRedo: "Nothing to redo.",
        .msgMeetingClosedReadOnly: "The meeting is closed: its minutes cannot be changed.", .msgFailed: "Error: %1",
    ]
}
