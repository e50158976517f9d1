import type { Handlers } from '../handler-types.ts'
import { approvalAnswer, chatPendingApprovalGet } from './approvals.ts'
import { chatActivate, chatCreate, chatList, chatMessageSend, chatRunStateGet, chatSteer, chatStop } from './chats.ts'
import { debugIosLogStore, pairingRevoke } from './devices.ts'
import { dictationTranscribe } from './dictation.ts'
import { gitBranchesGet, gitCheckout, gitCommit, gitDiffGet, projectContextGet } from './git.ts'
import { healthGet } from './health.ts'
import { chatMessagesGet, chatTimelineGet } from './history.ts'
import { pairingConfirm, pairingRequest } from './pairing.ts'
import { projectList } from './projects.ts'
import { runtimeConfigUpdate } from './runtime.ts'
import { sessionList } from './sessions.ts'

/** Every operation of openapi.yaml has exactly one handler here (the type checker enforces it). */
export const handlers: Handlers = {
  healthGet,
  projectList,
  chatList,
  chatCreate,
  chatActivate,
  chatMessageSend,
  chatSteer,
  chatStop,
  chatRunStateGet,
  chatPendingApprovalGet,
  approvalAnswer,
  dictationTranscribe,
  debugIosLogStore,
  pairingRevoke,
  runtimeConfigUpdate,
  projectContextGet,
  gitBranchesGet,
  gitDiffGet,
  gitCheckout,
  gitCommit,
  chatMessagesGet,
  chatTimelineGet,
  pairingRequest,
  pairingConfirm,
  sessionList,
}
