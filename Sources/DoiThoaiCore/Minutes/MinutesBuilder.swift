import Foundation

extension MinutesDocument {
    /// The minutes of `meeting`, with topic names from `topics`. Every text
    /// from the meeting goes through `ControlCharacters`, so no control or
    /// direction character reaches any format.
    public init(meeting m: Meeting, topics: TopicCatalog, language: MinutesLanguage = .vi) {
        let l = MinutesLabels.of(language)
        let w = MinutesWording(labels: l, language: language, meeting: m)
        let english = language == .en
        self.language = language
        draftMark = m.status == .closed ? nil : l.draft
        parentBody = m.parentBody.map(MinutesWording.line).flatMap { $0.isEmpty ? nil : $0.uppercased(with: MinutesWording.vietnamese) }
        issuingBody = MinutesWording.line(m.organizer).uppercased(with: MinutesWording.vietnamese)
        let symbol = MinutesWording.line(MinutesConventions.symbol(of: m))
        if let own = m.documentNumber.map(MinutesWording.line), !own.isEmpty {
            number = "\(l.numberPrefix) \(own.contains("/") ? own : "\(own)/\(symbol)")"
        } else {
            number = "\(l.numberPrefix)        /\(symbol)"
        }
        nationalName = l.nationalName
        motto = l.motto
        let locality = MinutesWording.line(m.locality ?? m.place ?? "")
        let day = english ? VietnameseDate.english(m.date) : VietnameseDate.long(m.date)
        placeAndDate = locality.isEmpty ? day.prefix(1).uppercased() + day.dropFirst() : "\(locality), \(day)"
        title = l.title
        subtitle = MinutesWording.line(m.title)
        secretary = Signature(title: l.secretaryTitle, hint: l.signHint, name: w.signatureName(m.secretary))
        chair = Signature(title: l.chairTitle, hint: l.signHint, name: w.signatureName(m.chair))
        recipientsTitle = l.recipientsTitle
        recipients = w.recipients()
        approval = m.minutesApproved ?? true ? l.approval.filled(w.gathering.midSentence) : nil
        closing = w.closing()

        var body: [Block] = []
        let numerals = ["I", "II", "III", "IV", "V"]
        func heading(_ text: String) {
            let count = body.filter { if case .heading = $0 { return true }; return false }.count
            body.append(.heading("\(numerals[min(count, numerals.count - 1)]). \(text)"))
        }
        heading(l.timeAndPlace)
        let start = m.startedAt.map { english ? "\($0.clock), " : "\(VietnameseDate.clock($0)), " } ?? ""
        body.append(.paragraph([Run("- \(l.time): ", bold: true), Run(start + day + ".")]))
        if let place = m.place.map(MinutesWording.line), !place.isEmpty {
            body.append(.paragraph([Run("- \(l.place): ", bold: true), Run(MinutesWording.sentence(place))]))
        }
        if let basis = m.legalBasis.map(MinutesWording.line), !basis.isEmpty {
            body.append(.paragraph([Run("- \(l.legalBasis): ", bold: true), Run(MinutesWording.sentence(basis))]))
        }
        heading(l.attendance)
        body += w.attendance()
        heading(l.content)
        body += w.proceedings(topics: topics)
        self.body = body
    }
}
