import Foundation
import XCTest

/// `doithoai telex`: lines typed through the built-in input method, for scripts.
final class TelexCommandTests: XCTestCase {
    private func telex(_ arguments: [String], _ input: String) throws -> (Int32, String, String) {
        let outcome = try Command.run(Binary.doithoai.path, ["telex"] + arguments, stdin: input)
        return (outcome.status, outcome.stdout, outcome.stderr)
    }

    func testLinesAreTypedAsUnikeyTypesThem() throws {
        let (status, output, errors) = try telex([], "Nguyeenx Vawn Tuaans\nDdeef nghij giair quyeets\nWindows online email UBND\nhoaf thuys\n")
        XCTAssertEqual(status, 0, errors)
        XCTAssertEqual(output, "Nguyễn Văn Tuấn\nĐề nghị giải quyết\nWindows online email UBND\nhòa thúy\n")
    }

    func testVNIAndModernStyle() throws {
        let (status, output, errors) = try telex(["--method", "vni", "--style", "modern"], "Nguye6n4 ho2a thuy1\n")
        XCTAssertEqual(status, 0, errors)
        XCTAssertEqual(output, "Nguyễn hoà thuý\n")
    }

    func testAnUnknownMethodIsRefusedWithTheChoices() throws {
        let (status, _, errors) = try telex(["--method", "viqr"], "a\n")
        XCTAssertNotEqual(status, 0)
        XCTAssertTrue(errors.contains("telex") && errors.contains("vni"), errors)
    }
}
