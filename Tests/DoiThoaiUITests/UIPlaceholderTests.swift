import XCTest
final class UIPlaceholderTests: XCTestCase { func testNothingYet() {} }
