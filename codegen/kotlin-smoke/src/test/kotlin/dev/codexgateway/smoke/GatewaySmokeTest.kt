package dev.codexgateway.smoke

import dev.codexgateway.client.apis.ApprovalsApi
import dev.codexgateway.client.apis.ChatsApi
import dev.codexgateway.client.apis.ProjectsApi
import dev.codexgateway.client.infrastructure.ApiClient
import dev.codexgateway.client.models.Approval
import dev.codexgateway.client.models.ApprovalAnswerParams
import dev.codexgateway.client.models.ApprovalDecision
import dev.codexgateway.client.models.ChatCreateParams
import dev.codexgateway.client.models.ChatMessageSendParams
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.Test

/**
 * The Android app's round trip through the generated Kotlin client, against a live gateway that
 * contract-tests/kotlin-smoke.test.ts starts: GATEWAY_URL, GATEWAY_TOKEN and GATEWAY_CWD (a git
 * repository). Its scripted model first asks to run `touch kotlin.txt` outside the sandbox, then
 * answers "kotlin done". Without GATEWAY_URL the test is skipped: that run only fills Maven's cache.
 */
class GatewaySmokeTest {
    private val env = System.getenv()

    @Test
    fun `a phone lists projects, starts a chat, answers its approval and reads the history`() {
        val url = env["GATEWAY_URL"]
        assumeTrue(url != null, "GATEWAY_URL is not set (a warm-up run)")
        ApiClient.accessToken = env.getValue("GATEWAY_TOKEN")
        val cwd = env.getValue("GATEWAY_CWD")
        val chats = ChatsApi(url!!)
        val approvals = ApprovalsApi(url)

        val chatId = chats.chatCreate(ChatCreateParams(cwd = cwd)).`data`.chatId
        val projects = ProjectsApi(url).projectList().`data`
        assertTrue(projects.any { it.cwd == cwd }, "the new chat's project is listed")

        val turn = chats.chatMessageSend(chatId, ChatMessageSendParams(text = "please touch the file")).`data`
        val approval = poll("a pending approval") { approvals.chatPendingApprovalGet(chatId).`data` }
        assertEquals(Approval.Kind.command, approval.kind)
        assertTrue(approval.summary.contains("touch kotlin.txt"), approval.summary)
        val answer = approvals.approvalAnswer(approval.id, ApprovalAnswerParams(decision = ApprovalDecision.approve)).`data`
        assertEquals(ApprovalDecision.approve, answer.decision)

        poll("the turn to finish") { chats.chatRunStateGet(chatId).`data`.takeIf { !it.isRunning } }
        assertEquals(null, approvals.chatPendingApprovalGet(chatId).`data`, "nothing left to answer")
        val messages = chats.chatMessagesGet(chatId, limit = 50).`data`.messages
        assertEquals(
            listOf("user" to "please touch the file", "assistant" to "kotlin done"),
            messages.map { it.role.value to it.text },
        )
        assertEquals(turn.turnId, messages.last().turnId)
    }

    /** `probe` until it returns a value; every wait has a timeout. */
    private fun <T : Any> poll(what: String, timeoutMs: Long = 60_000, probe: () -> T?): T {
        val deadline = System.currentTimeMillis() + timeoutMs
        while (true) {
            probe()?.let { return it }
            check(System.currentTimeMillis() < deadline) { "no $what within $timeoutMs ms" }
            Thread.sleep(100)
        }
    }
}
