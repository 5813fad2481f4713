import Testing
@testable import Quality
