import DoiThoaiCore

/// What happened: a key, the clock, the terminal, or the result of an effect.
public enum Action: Sendable {
    case keyPressed(Key)
    case clockTicked(Timestamp)
    case terminalResized(width: Int, height: Int)
    case archiveLoaded(rows: [MeetingRow], failures: [String])
    case meetingOpened(StoredMeeting, readOnlyReason: String?)
    case meetingCreated(StoredMeeting)
    case meetingSaved(Meeting, FileFingerprint, SaveReason)
    case meetingTrashed(MeetingID, path: String)
    case effectFailed(String)
}

/// Why a meeting is being saved: decides what undo remembers and what the screen says.
public enum SaveReason: Equatable, Sendable {
    case edit
    case undo
    case redo
}

/// What the reducer asks the runner to do; the reducer itself does no I/O.
public enum Effect: Equatable, Sendable {
    case loadArchive
    case openMeeting(MeetingID)
    case closeMeeting(MeetingID)
    case createMeeting(Meeting)
    case saveMeeting(Meeting, over: FileFingerprint, SaveReason)
    case trashMeeting(MeetingID)
    case quit
}
