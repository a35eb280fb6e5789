/// Meeting ids: a date and a place folded to ASCII, `2020-07-17-ngoc-thuy`.
/// Only `a-z`, `0-9` and `-`, so an id can never leave the data folder.
public enum MeetingSlug {
    /// "Phường Ngọc Thụy" → "phuong-ngoc-thuy".
    public static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in VietnameseFolding.fold(text).unicodeScalars {
            let isWordCharacter = (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9")
            if isWordCharacter {
                if pendingDash && !result.isEmpty { result.append("-") }
                result.unicodeScalars.append(scalar)
                pendingDash = false
            } else {
                pendingDash = true
            }
        }
        return result
    }

    /// The id for a meeting on `date` at `place`, avoiding `taken` ids by
    /// adding `-2`, `-3`…
    public static func id(date: Day, place: String, taken: (String) -> Bool) -> MeetingID {
        let placeSlug = String(slug(place).prefix(48))
        let base = placeSlug.isEmpty ? date.iso : "\(date.iso)-\(placeSlug)"
        var candidate = base
        var counter = 2
        while taken(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        return MeetingID(candidate)
    }

    /// Whether `text` can be a meeting id (and so a file name).
    public static func isValid(_ text: String) -> Bool {
        guard !text.isEmpty, text.utf8.count <= 120, !text.hasPrefix("-"), !text.hasPrefix(".") else { return false }
        return text.unicodeScalars.allSatisfy {
            ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-"
        }
    }
}
