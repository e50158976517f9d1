// swift-tools-version:6.0
// The Swift client's smoke test (generated/clients/swift, the iOS app's client) against a live
// gateway. `tap contract-tests/swift-smoke.test.ts` starts one and runs `swift test` here; see
// docs/clients.md. Build products go to the scratch path that command passes, never into the tree.

import PackageDescription

let package = Package(
    name: "CodexGatewaySmoke",
    platforms: [.macOS(.v13), .iOS(.v16)],
    dependencies: [
        // A path dependency's identity is its folder name: "swift".
        .package(path: "../../generated/clients/swift"),
    ],
    targets: [
        .testTarget(
            name: "CodexGatewaySmokeTests",
            dependencies: [.product(name: "CodexGateway", package: "swift")],
            path: "Tests/CodexGatewaySmokeTests"
        ),
    ],
    swiftLanguageModes: [.v6]
)
