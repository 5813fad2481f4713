import Foundation
import Testing

@testable import Tracking

/// Makes the PostgreSQL half of the suite visible: skipped with a message when no server is configured, a failure
/// when CI demands one (`ANNEAL_REQUIRE_POSTGRES=1`) and it is missing or unreachable.
@Suite("PostgreSQL test server")
struct PostgresServerTests {
    @Test(
        "a PostgreSQL server is configured and reachable for the conformance suite",
        .enabled(if: TestPostgres.url != nil || TestPostgres.required, "\(TestPostgres.skipMessage)"))
    func configured() async throws {
        _ = try #require(
            TestPostgres.url,
            "ANNEAL_REQUIRE_POSTGRES=1 but ANNEAL_TEST_POSTGRES is unset: run `eval \"$(scripts/pg/start)\"` first")
        let test = try await TestStore.make(.postgres)
        let store = try await test.open()
        #expect(try await store.schemaVersion() == PostgresSchema.currentVersion)
        try await store.close()
        await test.remove()
    }
}
