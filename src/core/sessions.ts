import { EventEmitter } from 'node:events'
import type { AppServer } from '../codex/app-server.ts'
import { GatewayError } from '../errors.ts'
import type { Approvals } from './approvals.ts'
import type { ChatEvent, Chats } from './chats.ts'
import { DeltaCoalescer } from './delta-coalescer.ts'
import { inputEntry, turnEntries, type SessionEntry, type TurnRecord } from './session-entries.ts'
import type { FallbackReason, SyncLog } from './sync-log.ts'
import type { ThreadReadResponse } from '../../generated/codex/v2/ThreadReadResponse.ts'

/** An event of a session with its place in the session's sequence. */
export interface SessionEvent {
  event: string
  sessionId: string
  turnId: string | null
  seq: number
  payload: unknown
}

export interface PendingApproval {
  request_id: string
  method: string
  params: unknown
  created_at: string
}

/** Turns kept in memory per session, for incremental sync without re-reading the thread. */
const CACHED_TURNS = 200

/**
 * Sessions are chats seen through the bridge: every event gets the session's next seq (SyncLog),
 * turns are followed item by item so an incremental sync can send exactly the turns that changed,
 * and a full snapshot is built from the thread's stored items (upstream `thread/read`).
 */
export class Sessions extends EventEmitter<{ event: [SessionEvent] }> {
  private readonly turns = new Map<string, Map<string, TurnRecord>>()
  private readonly pendingInputs = new Map<string, Map<string, SessionEntry>>()
  private readonly codex: AppServer
  private readonly approvals: Approvals
  private readonly log: SyncLog
  private readonly chats: Chats
  /** Agent-message deltas of one session arriving together become one event with one seq. */
  private readonly deltas = new DeltaCoalescer<{ threadId: string, turnId: string, itemId: string, delta: string }>((sessionId, params) =>
    this.emitEvent(sessionId, 'item/agentMessage/delta', params.turnId, this.log.next(sessionId), params))

  constructor(codex: AppServer, chats: Chats, approvals: Approvals, log: SyncLog) {
    super()
    this.codex = codex
    this.chats = chats
    this.approvals = approvals
    this.log = log
    chats.subscribeAll(event => this.onChatEvent(event))
  }

  lastSeq(sessionId: string): number {
    return this.log.lastSeq(sessionId)
  }

  /** The authoritative snapshot: every stored item of every turn. Upstream `thread/read`. */
  async content(sessionId: string) {
    await this.chats.ensureLoaded(sessionId)
    const lastSeq = this.log.lastSeq(sessionId) // taken first: a sync from here misses nothing
    const thread = await this.readThread(sessionId)
    const entries = thread.turns.flatMap(turn =>
      turnEntries(turn.id, turn.status, turn.error?.message ?? null, turn.items as any[], this.log.turnSeq(sessionId, turn.id) ?? lastSeq))
    return {
      lastSeq,
      session: { id: thread.id, cwd: thread.cwd, preview: thread.preview, name: thread.name, updated_at: thread.updatedAt },
      entries: [...entries, ...this.inputsSince(sessionId, 0)],
      activeTurns: thread.turns.filter(t => t.status === 'inProgress').map(t => t.id),
      pendingApprovals: this.pendingApprovals(sessionId),
    }
  }

  /** The turns changed since `sinceSeq`, whole, or why the client must take a full snapshot. */
  async sync(sessionId: string, sinceSeq: number) {
    await this.chats.ensureLoaded(sessionId)
    const lastSeq = this.log.lastSeq(sessionId)
    const changed = this.log.changedSince(sessionId, sinceSeq)
    const base = { lastSeq, activeTurns: this.activeTurns(sessionId), pendingApprovals: this.pendingApprovals(sessionId) }
    if ('fallback' in changed) return { ...base, entries: [], changedTurnIds: [], fallback: changed.fallback as FallbackReason | undefined }
    const cached = this.turns.get(sessionId)
    if (changed.turnIds.some(id => cached?.get(id)?.streaming.size)) {
      return { ...base, entries: [], changedTurnIds: changed.turnIds, fallback: 'turn_streaming' as FallbackReason }
    }
    const missing = changed.turnIds.filter(id => !cached?.get(id)?.complete)
    const stored = missing.length ? await this.storedTurns(sessionId, new Set(missing)) : new Map()
    const entries = changed.turnIds.flatMap(id => {
      const turn = cached?.get(id)?.complete ? cached.get(id)! : stored.get(id)
      return turn ? turnEntries(id, turn.status, turn.error, turn.items.values(), this.log.turnSeq(sessionId, id)!) : []
    })
    return { ...base, entries: [...entries, ...this.inputsSince(sessionId, sinceSeq)], changedTurnIds: changed.turnIds, fallback: undefined }
  }

  /**
   * Sends user text with an optimistic echo: the input is shown at once under `itemId`, then
   * re-emitted with its turn id, a new seq and `replaces_seq` once Codex started the turn.
   */
  async send(sessionId: string, text: string, itemId: string): Promise<{ turnId: string }> {
    await this.chats.ensureLoaded(sessionId)
    const echo = inputEntry(itemId, text, this.nextSeq(sessionId), null)
    this.inputs(sessionId).set(itemId, echo)
    this.emitEvent(sessionId, 'session/changed', null, echo.seq, { reason: 'input', entries: [echo] })
    try {
      const { turnId } = await this.chats.sendMessage(sessionId, text, { clientMessageId: itemId })
      const committed = inputEntry(itemId, text, this.nextSeq(sessionId), turnId, echo.seq)
      this.inputs(sessionId).set(itemId, committed)
      this.emitEvent(sessionId, 'session/changed', turnId, committed.seq, { reason: 'input_committed', entries: [committed] })
      return { turnId }
    } catch (error) {
      this.inputs(sessionId).delete(itemId)
      this.emitEvent(sessionId, 'session/changed', null, this.nextSeq(sessionId), { reason: 'input_failed', item_id: itemId })
      throw error
    }
  }

  private onChatEvent(event: ChatEvent): void {
    const sessionId = event.chatId
    if (event.kind === 'upstream') return this.onUpstream(sessionId, event.method, event.params)
    if (event.kind === 'approvalRequired') {
      const { request, approval } = event
      return this.emitEvent(sessionId, request.method, approval.turnId, this.nextSeq(sessionId), { ...request.params, request_id: approval.id })
    }
    if (event.kind === 'approvalCleared') {
      for (const id of event.ids) this.emitEvent(sessionId, 'serverRequest/resolved', null, this.nextSeq(sessionId), { threadId: sessionId, request_id: id })
      return
    }
    this.forgetLiveTurns(sessionId)
    this.emitEvent(sessionId, 'error', null, this.nextSeq(sessionId), { code: event.error.code, message: event.error.message })
  }

  /**
   * The app-server went away: a turn it was running ends however Codex stored it, not as it was
   * followed live. Its record is dropped and its seq moved, so a sync reads it from the thread.
   */
  private forgetLiveTurns(sessionId: string): void {
    const turns = this.turns.get(sessionId)
    if (!turns) return
    for (const [turnId, turn] of turns) {
      if (turn.status !== 'inProgress') continue
      turns.delete(turnId)
      this.turnChangedSeq(sessionId, turnId)
    }
  }

  private onUpstream(sessionId: string, method: string, params: any): void {
    // The app-server's own request ids mean nothing to bridge clients; approvalCleared says it with theirs.
    if (method === 'serverRequest/resolved') return
    if (method === 'item/agentMessage/delta') return this.deltas.add(sessionId, params)
    const turnId: string | null = params.turnId ?? params.turn?.id ?? null
    const tracked = turnId && this.track(sessionId, method, params)
    const seq = tracked ? this.turnChangedSeq(sessionId, turnId) : this.nextSeq(sessionId)
    if (method === 'item/completed' && params.item?.type === 'userMessage') this.inputs(sessionId).delete(params.item.clientId)
    this.emitEvent(sessionId, method, turnId, seq, params)
  }

  /** Follows a turn from its events; returns whether the turn's entries changed. */
  private track(sessionId: string, method: string, params: any): boolean {
    let turns = this.turns.get(sessionId)
    if (!turns) this.turns.set(sessionId, turns = new Map())
    const turnId: string = params.turnId ?? params.turn.id
    let turn = turns.get(turnId)
    if (!turn) {
      turn = { turnId, status: 'inProgress', error: null, items: new Map(), streaming: new Set(), complete: method === 'turn/started' }
      turns.set(turnId, turn)
      if (turns.size > CACHED_TURNS) turns.delete(turns.keys().next().value!)
    }
    switch (method) {
      case 'turn/started': return true
      case 'item/started':
        turn.items.set(params.item.id, params.item)
        if (params.item.type === 'agentMessage') turn.streaming.add(params.item.id)
        return true
      case 'item/completed':
        turn.items.set(params.item.id, params.item)
        turn.streaming.delete(params.item.id)
        return true
      case 'turn/completed':
        turn.status = params.turn.status
        turn.error = params.turn.error?.message ?? null
        turn.streaming.clear()
        // An item that started and never completed (a command left running) is not what Codex
        // stores for the turn: a sync then reads the turn from the thread instead.
        if ([...turn.items.values()].some(item => item.status === 'inProgress')) turn.complete = false
        return true
      default: return false
    }
  }

  private async storedTurns(sessionId: string, ids: Set<string>): Promise<Map<string, Pick<TurnRecord, 'status' | 'error' | 'items'>>> {
    const thread = await this.readThread(sessionId)
    return new Map(thread.turns.filter(t => ids.has(t.id)).map(t => [t.id, {
      status: t.status, error: t.error?.message ?? null, items: new Map((t.items as any[]).map(i => [i.id, i])),
    }]))
  }

  /**
   * The thread with its turns; a thread with nothing persisted yet has none (Codex cannot list
   * them). Right after `thread/start` Codex may even fail to read the thread at all (its rollout
   * file exists but is still empty): a thread started here then is what `thread/start` said.
   */
  private async readThread(sessionId: string): Promise<ThreadReadResponse['thread']> {
    const codexError = (error: unknown) => error instanceof GatewayError && error.code === 'CODEX_ERROR'
    try {
      return (await this.codex.request<ThreadReadResponse>('thread/read', { threadId: sessionId, includeTurns: true })).thread
    } catch (error) {
      if (!codexError(error)) throw error
    }
    try {
      const { thread } = await this.codex.request<ThreadReadResponse>('thread/read', { threadId: sessionId })
      return { ...thread, turns: [] }
    } catch (error) {
      const started = this.chats.created.get(sessionId)
      if (!codexError(error) || !started) throw error
      return { ...started, turns: [] }
    }
  }

  private activeTurns(sessionId: string): string[] {
    const active = this.chats.activeTurnId(sessionId)
    return active ? [active] : []
  }

  private pendingApprovals(sessionId: string): PendingApproval[] {
    return this.approvals.list(sessionId).map(({ view, method, params }) => ({ request_id: view.id, method, params, created_at: view.createdAt }))
  }

  private inputs(sessionId: string): Map<string, SessionEntry> {
    let inputs = this.pendingInputs.get(sessionId)
    if (!inputs) this.pendingInputs.set(sessionId, inputs = new Map())
    return inputs
  }

  private inputsSince(sessionId: string, sinceSeq: number): SessionEntry[] {
    return [...this.inputs(sessionId).values()].filter(e => e.seq > sinceSeq)
  }

  /**
   * The next seq of the session. Joined deltas still waiting take theirs first and go out first:
   * seqs keep increasing in the order clients receive events.
   */
  private nextSeq(sessionId: string): number {
    this.deltas.flush(sessionId)
    return this.log.next(sessionId)
  }

  private turnChangedSeq(sessionId: string, turnId: string): number {
    this.deltas.flush(sessionId)
    return this.log.turnChanged(sessionId, turnId)
  }

  private emitEvent(sessionId: string, event: string, turnId: string | null, seq: number, payload: unknown): void {
    this.emit('event', { event, sessionId, turnId, seq, payload })
  }
}
