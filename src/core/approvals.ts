import { randomUUID } from 'node:crypto'
import type { AppServer } from '../codex/app-server.ts'
import type { ServerRequest } from '../codex/json-rpc.ts'
import { GatewayError } from '../errors.ts'
import type { AllowRules } from './allow-rules.ts'
import { APPROVAL_METHODS, approvalView, mcpFingerprint, upstreamAnswer, type ApprovalView, type Decision } from './approval-view.ts'
import type { Chats } from './chats.ts'

interface Pending {
  view: ApprovalView
  request: ServerRequest
}

/** Answered ids remembered so a late second answer gets 409, not 404. */
const ANSWERED_MEMORY = 1000

/**
 * Every approval Codex asks for, whichever client (or none) is connected: kept until it is
 * answered here, resolved upstream, or its turn ends. The first answer wins; every client of
 * the chat hears `approvalRequired` and `approvalCleared`. Other server requests, which no phone
 * can answer, are refused at once so a turn never hangs on them.
 */
export class Approvals {
  private readonly pending = new Map<string, Pending>()
  private readonly answered = new Set<string>()
  /** Paths of file-change items, from item/started, to say which files an approval touches. */
  private readonly fileChanges = new Map<string, string[]>()
  private readonly codex: AppServer
  private readonly chats: Chats
  private readonly rules: AllowRules

  constructor(codex: AppServer, chats: Chats, rules: AllowRules) {
    this.codex = codex
    this.chats = chats
    this.rules = rules
    codex.on('serverRequest', request => this.onServerRequest(request))
    codex.on('notification', (method, params) => this.onNotification(method, params))
    codex.on('down', () => this.clear(() => true))
  }

  /** The latest still-open approval of a chat, or null. */
  latest(chatId: string): ApprovalView | null {
    let found: ApprovalView | null = null
    for (const { view } of this.pending.values()) if (view.chatId === chatId) found = view
    return found
  }

  /** The open approvals of a chat, with the server request each one answers. */
  list(chatId: string): { view: ApprovalView, method: string, params: any }[] {
    return [...this.pending.values()].filter(p => p.view.chatId === chatId).map(p => ({ view: p.view, method: p.request.method, params: p.request.params }))
  }

  /** Answers an approval (of chat `inChat`, when given); APPROVAL_NOT_FOUND, APPROVAL_ALREADY_ANSWERED or INVALID_REQUEST otherwise. */
  async answer(approvalId: string, decision: Decision, inChat?: string): Promise<ApprovalView> {
    const entry = this.pending.get(approvalId)
    if (entry && inChat !== undefined && entry.view.chatId !== inChat) {
      throw new GatewayError('APPROVAL_NOT_FOUND', `no pending approval ${approvalId} in chat ${inChat}`)
    }
    if (!entry) {
      if (this.answered.has(approvalId)) throw new GatewayError('APPROVAL_ALREADY_ANSWERED', `approval ${approvalId} was already answered`)
      throw new GatewayError('APPROVAL_NOT_FOUND', `no pending approval ${approvalId}`)
    }
    const answer = upstreamAnswer(entry.request, decision)
    if (!answer) throw new GatewayError('INVALID_REQUEST', `${decision} is not possible for this approval`)
    if (decision === 'allow_for_session') {
      if (entry.view.kind === 'mcp') this.rules.allowMcpForSession(entry.view.chatId, mcpFingerprint(entry.request))
      else this.rules.allowChatForSession(entry.view.chatId)
    }
    if (decision === 'allow_always' && entry.view.kind === 'mcp') await this.rules.allowMcpAlways(mcpFingerprint(entry.request))
    this.resolve(approvalId, answer)
    return entry.view
  }

  private onServerRequest(request: ServerRequest): void {
    if (!APPROVAL_METHODS.has(request.method)) {
      this.codex.respondError(request, { code: -32601, message: `codex-gateway does not handle ${request.method}` })
      return
    }
    const view = approvalView(randomUUID(), request, this.fileChanges.get(request.params.itemId))
    const fingerprint = view.kind === 'mcp' ? mcpFingerprint(request) : undefined
    // Only a turn that still runs is answered by a standing rule: a late request gets a person's decision.
    const live = view.turnId === null || this.chats.activeTurnId(view.chatId) === view.turnId
    const auto = live && this.rules.allows(view.chatId, fingerprint) && upstreamAnswer(request, view.kind === 'mcp' ? 'approve' : 'allow_for_session')
    if (auto) {
      this.codex.respond(request, auto) // allowed earlier by the phone: no one is asked again
      return
    }
    this.pending.set(view.id, { view, request })
    this.chats.publish(view.chatId, { kind: 'approvalRequired', chatId: view.chatId, approval: view, request: { method: request.method, params: request.params } })
  }

  private onNotification(method: string, params: any): void {
    if (method === 'item/started' && params.item?.type === 'fileChange') {
      this.fileChanges.set(params.item.id, params.item.changes.map((c: { path: string }) => c.path))
    } else if (method === 'serverRequest/resolved') {
      this.clear(p => p.view.chatId === params.threadId && p.request.id === params.requestId)
    } else if (method === 'turn/completed') {
      this.clear(p => p.view.chatId === params.threadId && p.view.turnId === params.turn.id)
      for (const item of params.turn.items ?? []) this.fileChanges.delete(item.id)
    }
  }

  private resolve(id: string, answer: object): void {
    const entry = this.pending.get(id)
    if (!entry) return
    this.codex.respond(entry.request, answer)
    this.clear(p => p === entry)
  }

  /** Drops the matching approvals and tells their chats, one approvalCleared per chat. */
  private clear(match: (p: Pending) => boolean): void {
    const byChat = new Map<string, string[]>()
    for (const [id, entry] of this.pending) {
      if (!match(entry)) continue
      this.pending.delete(id)
      this.remember(id)
      byChat.set(entry.view.chatId, [...(byChat.get(entry.view.chatId) ?? []), id])
    }
    for (const [chatId, ids] of byChat) this.chats.publish(chatId, { kind: 'approvalCleared', chatId, ids })
  }

  private remember(id: string): void {
    this.answered.add(id)
    if (this.answered.size > ANSWERED_MEMORY) this.answered.delete(this.answered.values().next().value!)
  }
}
