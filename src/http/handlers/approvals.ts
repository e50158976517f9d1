import type { Handler } from '../handler-types.ts'

export const chatPendingApprovalGet: Handler<'chatPendingApprovalGet'> = async ({ params }, { approvals }) => ({
  data: approvals.latest(params.chatId),
})

/** Answers the app-server's server request (e.g. `item/commandExecution/requestApproval`). */
export const approvalAnswer: Handler<'approvalAnswer'> = async ({ params, body }, { approvals }) => {
  const approval = await approvals.answer(params.approvalId, body.decision)
  return { data: { approvalId: approval.id, chatId: approval.chatId, decision: body.decision } }
}
