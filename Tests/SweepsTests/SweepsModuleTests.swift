import Testing
@testable import Sweeps
