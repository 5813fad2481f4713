// swift-tools-version:6.0
// Schedules benchmark: closed-form rate(at:) per call and 1M-step curves for every catalogue type.
// Depends on the main package's `Schedules` product; only that module is compiled. Kept out of the main build.
// Run through scripts/bench/schedules (release build).
import PackageDescription

let package = Package(
    name: "SchedulesBench",
    dependencies: [.package(name: "Anneal", path: "../..")],
    targets: [
        .executableTarget(
            name: "SchedulesBench", dependencies: [.product(name: "Schedules", package: "Anneal")])
    ],
    swiftLanguageModes: [.v6]
)
