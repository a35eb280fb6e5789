/// What makes a Vietnamese syllable, as Unikey's spell check knows it: the
/// vowel clusters (with what a circumflex or a horn turns each into), the
/// consonant clusters, which finals follow which vowels, and where the tone goes.
enum SyllableRules {
    /// One vowel cluster, possibly the start of a longer one (`ie` of `iê`).
    struct VowelCluster: Sendable {
        let letters: [Character]
        /// Can end a syllable as it is (`iê` can, `ie` cannot).
        let complete: Bool
        /// A final consonant may follow.
        let takesFinal: Bool
        /// The cluster with a circumflex added, and with a horn or breve added.
        let withRoof: String?
        let withHook: String?
        /// Where its circumflex, and its horn or breve, stand (if it has one).
        let roofIndex: Int?
        let hookIndex: Int?

        var count: Int { letters.count }
    }

    // letters, complete, takes a final, with circumflex, with horn/breve
    private static let vowelRows: [(String, Bool, Bool, String?, String?)] = [
        ("a", true, true, "â", "ă"), ("â", true, true, nil, "ă"), ("ă", true, true, "â", nil),
        ("e", true, true, "ê", nil), ("ê", true, true, nil, nil), ("i", true, true, nil, nil),
        ("o", true, true, "ô", "ơ"), ("ô", true, true, nil, "ơ"), ("ơ", true, true, "ô", nil),
        ("u", true, true, nil, "ư"), ("ư", true, true, nil, nil), ("y", true, true, nil, nil),
        ("ai", true, false, nil, nil), ("ao", true, false, nil, nil), ("au", true, false, "âu", nil),
        ("ay", true, false, "ây", nil), ("âu", true, false, nil, nil), ("ây", true, false, nil, nil),
        ("eo", true, false, nil, nil), ("eu", false, false, "êu", nil), ("êu", true, false, nil, nil),
        ("ia", true, false, nil, nil), ("ie", false, true, "iê", nil), ("iê", true, true, nil, nil),
        ("iu", true, false, nil, nil), ("oa", true, true, nil, "oă"), ("oă", true, true, nil, nil),
        ("oe", true, true, nil, nil), ("oi", true, false, "ôi", "ơi"), ("ôi", true, false, nil, "ơi"),
        ("ơi", true, false, "ôi", nil), ("ua", true, true, "uâ", "ưa"), ("uâ", true, true, nil, nil),
        ("ue", false, true, "uê", nil), ("uê", true, true, nil, nil), ("ui", true, false, nil, "ưi"),
        ("uo", false, true, "uô", "ưo"), ("uô", true, true, nil, "uơ"), ("uơ", true, true, "uô", "ươ"),
        ("uu", false, false, nil, "ưu"), ("uy", true, true, nil, nil), ("ưa", true, false, nil, nil),
        ("ưi", true, false, nil, nil), ("ưo", false, true, nil, "ươ"), ("ươ", true, true, nil, nil),
        ("ưu", true, false, nil, nil), ("ye", false, true, "yê", nil), ("yê", true, true, nil, nil),
        ("ieu", false, false, "iêu", nil), ("iêu", true, false, nil, nil), ("oai", true, false, nil, nil),
        ("oay", true, false, nil, nil), ("oeo", true, false, nil, nil), ("uay", false, false, "uây", nil),
        ("uây", true, false, nil, nil), ("uoi", false, false, "uôi", "ưoi"), ("uou", false, false, nil, "ưou"),
        ("uôi", true, false, nil, "uơi"), ("uơi", false, false, "uôi", "ươi"), ("uơu", false, false, nil, "ươu"),
        ("uya", true, false, nil, nil), ("uye", false, true, "uyê", nil), ("uyê", true, true, nil, nil),
        ("uyu", true, false, nil, nil), ("ưoi", false, false, nil, "ươi"), ("ưou", false, false, nil, "ươu"),
        ("ươi", true, false, nil, nil), ("ươu", true, false, nil, nil), ("yeu", false, false, "yêu", nil),
        ("yêu", true, false, nil, nil),
    ]

    static let vowelClusters: [String: VowelCluster] = {
        var table: [String: VowelCluster] = [:]
        for (letters, complete, takesFinal, roof, hook) in vowelRows {
            let chars = Array(letters)
            table[letters] = VowelCluster(
                letters: chars, complete: complete, takesFinal: takesFinal, withRoof: roof, withHook: hook,
                roofIndex: chars.firstIndex { "âêô".contains($0) },
                hookIndex: chars.firstIndex { "ăơư".contains($0) })
        }
        return table
    }()

    /// Consonant clusters, and whether each may end a syllable.
    static let consonantClusters: [String: Bool] = [
        "b": false, "c": true, "ch": true, "d": false, "đ": false, "dz": false, "g": false, "gh": false,
        "gi": false, "gin": false, "h": false, "k": false, "kh": false, "l": false, "m": true, "n": true,
        "ng": true, "ngh": false, "nh": true, "p": true, "ph": false, "q": false, "qu": false, "r": false,
        "s": false, "t": true, "th": false, "tr": false, "v": false, "x": false,
    ]

    /// The finals each vowel cluster takes.
    private static let finals: [String: Set<String>] = [
        "a": ["c", "ch", "m", "n", "ng", "nh", "p", "t"], "â": ["c", "m", "n", "ng", "p", "t"],
        "ă": ["c", "m", "n", "ng", "p", "t"], "e": ["c", "ch", "m", "n", "ng", "nh", "p", "t"],
        "ê": ["c", "ch", "m", "n", "nh", "p", "t"], "i": ["c", "ch", "m", "n", "nh", "p", "t"],
        "o": ["c", "m", "n", "ng", "p", "t"], "ô": ["c", "m", "n", "ng", "p", "t"], "ơ": ["m", "n", "p", "t"],
        "u": ["c", "m", "n", "ng", "p", "t"], "ư": ["c", "m", "n", "ng", "t"], "y": ["t"],
        "ie": ["c", "m", "n", "ng", "p", "t"], "iê": ["c", "m", "n", "ng", "p", "t"],
        "oa": ["c", "ch", "m", "n", "ng", "nh", "p", "t"], "oă": ["c", "m", "n", "ng", "t"], "oe": ["n", "t"],
        "ua": ["n", "ng", "t"], "uâ": ["n", "ng", "t"], "ue": ["c", "ch", "n", "nh"], "uê": ["c", "ch", "n", "nh"],
        "uo": ["c", "m", "n", "ng", "p", "t"], "uô": ["c", "m", "n", "ng", "t"],
        "ưo": ["c", "m", "n", "ng", "p", "t"], "ươ": ["c", "m", "n", "ng", "p", "t"],
        "uy": ["c", "ch", "n", "nh", "p", "t"], "ye": ["m", "n", "ng", "p", "t"], "yê": ["m", "n", "ng", "t"],
        "uye": ["n", "t"], "uyê": ["n", "t"],
    ]

    /// Vowel clusters `k` may stand before.
    private static let afterK: Set<String> = ["e", "i", "y", "ê", "eo", "eu", "êu", "ia", "ie", "iê", "ieu", "iêu"]

    static func vowel(_ letters: String?) -> VowelCluster? { letters.flatMap { vowelClusters[$0] } }

    static func isVowelCluster(_ letters: String) -> Bool { vowelClusters[letters] != nil }

    static func isConsonantCluster(_ letters: String) -> Bool { consonantClusters[letters] != nil }

    /// An initial consonant before a vowel cluster (`gi` and `qu` already hold their i and u).
    static func fits(initial: String?, vowel: String?) -> Bool {
        guard let initial, let vowel, let first = vowel.first else { return true }
        if (initial == "gi" && first == "i") || (initial == "qu" && first == "u") { return false }
        if initial == "k" { return afterK.contains(vowel) }
        return true
    }

    /// A vowel cluster before a final consonant.
    static func fits(vowel: String?, final: String?) -> Bool {
        guard let vowel, let final else { return true }
        guard vowelClusters[vowel]?.takesFinal == true, consonantClusters[final] == true else { return false }
        return finals[vowel]?.contains(final) ?? false
    }

    /// A whole syllable: initial, vowels, final (each may be missing).
    static func fits(initial: String?, vowel: String?, final: String?) -> Bool {
        guard let vowel else { return initial == nil || final != nil }
        if initial == nil { return fits(vowel: vowel, final: final) }
        if final == nil { return fits(initial: initial, vowel: vowel) }
        let initialFits = fits(initial: initial, vowel: vowel)
        let finalFits = fits(vowel: vowel, final: final)
        if initialFits && finalFits { return true }
        if !finalFits {
            if initial == "qu", vowel == "y", final == "n" || final == "nh" { return true }   // quyn, quynh
            if initial == "gi", vowel == "e" || vowel == "ê", final == "n" || final == "ng" { return true } // giêng
        }
        return false
    }

    /// Which letter of the cluster carries the tone. `open`: no final follows.
    static func toneIndex(_ letters: String, open: Bool, style: ToneStyle) -> Int {
        guard let cluster = vowelClusters[letters], cluster.count > 1 else { return 0 }
        if let roof = cluster.roofIndex { return roof }
        if let hook = cluster.hookIndex {
            return letters == "ươ" || letters == "ươi" || letters == "ươu" ? 1 : hook
        }
        if cluster.count == 3 { return 1 }
        if style == .modern, letters == "oa" || letters == "oe" || letters == "uy" { return 1 }
        return open ? 0 : 1
    }
}
