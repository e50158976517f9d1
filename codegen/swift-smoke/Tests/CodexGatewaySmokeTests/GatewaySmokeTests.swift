import CodexGateway
import Foundation
import XCTest
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The iOS app's round trip through the generated Swift client, against the gateway that
/// contract-tests/swift-smoke.test.ts starts: GATEWAY_URL, GATEWAY_TOKEN and GATEWAY_CWD (a git
/// repository). Its scripted model first asks to run `touch swift.txt` outside the sandbox, then
/// answers "swift done".
final class GatewaySmokeTests: XCTestCase {
    func testAPhoneStartsAChatAnswersItsApprovalAndReadsTheHistory() async throws {
        let env = ProcessInfo.processInfo.environment
        guard let url = env["GATEWAY_URL"], let token = env["GATEWAY_TOKEN"], let cwd = env["GATEWAY_CWD"] else {
            throw XCTSkip("GATEWAY_URL, GATEWAY_TOKEN and GATEWAY_CWD point this test at a gateway")
        }
        // Not the main queue: nothing services it while an async test waits.
        let config = CodexGatewayAPIConfiguration(
            basePath: url,
            customHeaders: ["Authorization": "Bearer \(token)"],
            apiResponseQueue: DispatchQueue(label: "gateway-smoke")
        )

        let chat = try await ChatsAPI.chatCreate(chatCreateParams: ChatCreateParams(cwd: cwd), apiConfiguration: config).data
        let projects = try await ProjectsAPI.projectList(apiConfiguration: config).data
        XCTAssertTrue(projects.contains { $0.cwd == cwd }, "the new chat's project is listed")

        let send = ChatMessageSendParams(text: "please touch the file")
        let turn = try await ChatsAPI.chatMessageSend(chatId: chat.chatId, chatMessageSendParams: send, apiConfiguration: config).data
        let approval = try await poll("a pending approval") {
            try await ApprovalsAPI.chatPendingApprovalGet(chatId: chat.chatId, apiConfiguration: config).data
        }
        XCTAssertEqual(approval.kind, .command)
        let answer = ApprovalAnswerParams(decision: .approve)
        _ = try await ApprovalsAPI.approvalAnswer(approvalId: approval.id, approvalAnswerParams: answer, apiConfiguration: config)

        _ = try await poll("the turn to finish") {
            let state = try await ChatsAPI.chatRunStateGet(chatId: chat.chatId, apiConfiguration: config).data
            return state.isRunning ? nil : state
        }
        let pending = try await ApprovalsAPI.chatPendingApprovalGet(chatId: chat.chatId, apiConfiguration: config).data
        XCTAssertNil(pending, "nothing left to answer")
        let messages = try await ChatsAPI.chatMessagesGet(chatId: chat.chatId, apiConfiguration: config).data.messages
        XCTAssertEqual(messages.map { "\($0.role.rawValue):\($0.text)" }, ["user:please touch the file", "assistant:swift done"])
        XCTAssertEqual(messages.last?.turnId, turn.turnId)
    }

    /// Calls `probe` until it returns a value; every wait has a timeout.
    private func poll<T>(_ what: String, timeout: TimeInterval = 60, _ probe: () async throws -> T?) async throws -> T {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let value = try await probe()
            if let value {
                return value
            }
            if Date() >= deadline {
                throw SmokeTimeout(what: what, seconds: timeout)
            }
            try await Task.sleep(nanoseconds: 100_000_000)
        }
    }
}

struct SmokeTimeout: Error, CustomStringConvertible {
    let what: String
    let seconds: TimeInterval
    var description: String { "no \(what) within \(seconds) s" }
}
