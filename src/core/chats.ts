import { stat } from 'node:fs/promises'
import { isAbsolute } from 'node:path'
import type { AppServer } from '../codex/app-server.ts'
import { GatewayError } from '../errors.ts'
import type { ApprovalView } from './approval-view.ts'
import type { ThreadStartResponse } from '../../generated/codex/v2/ThreadStartResponse.ts'
import type { TurnStartResponse } from '../../generated/codex/v2/TurnStartResponse.ts'
import type { ThreadReadResponse } from '../../generated/codex/v2/ThreadReadResponse.ts'
import type { Thread } from '../../generated/codex/v2/Thread.ts'

/** What a face hears about one chat. Faces translate these into their own frames. */
export type ChatEvent =
  | { kind: 'upstream', chatId: string, method: string, params: any }
  | { kind: 'approvalRequired', chatId: string, approval: ApprovalView, request: { method: string, params: any } }
  | { kind: 'approvalCleared', chatId: string, ids: string[] }
  | { kind: 'unavailable', chatId: string, error: GatewayError }

export type ChatListener = (event: ChatEvent) => void

export interface RunState {
  chatId: string
  isRunning: boolean
  activeTurnId: string | null
}

/** Per-thread options of upstream `thread/start`. */
export interface ThreadOptions {
  model?: string
  approvalPolicy?: string
  sandbox?: 'read-only' | 'workspace-write' | 'danger-full-access'
}

/** Per-turn overrides of upstream `turn/start`. */
export interface TurnSettings {
  approvalPolicy?: string
  sandboxPolicy?: { type: string, [key: string]: unknown }
}

/** A turn silent this long is checked against `thread/read` before run-state calls it running. */
const RECONCILE_AFTER_MS = 30_000

/**
 * Chats are Codex threads. This is the one place that starts threads and turns, knows which
 * threads the running app-server has loaded and which turn each runs, and fans each thread's
 * events out to whoever listens — without knowing which face listens.
 */
export class Chats {
  /** Threads started here, until thread/list shows them (it does after their first turn). */
  readonly created = new Map<string, Thread>()
  private readonly codex: AppServer
  private readonly listeners = new Map<string, Set<ChatListener>>()
  private readonly everyChat = new Set<ChatListener>()
  private readonly loaded = new Set<string>()
  private readonly activeTurns = new Map<string, { turnId: string, lastEventAt: number }>()
  private readonly reconcileAfterMs: number
  private readonly settings = new Map<string, TurnSettings>()

  constructor(codex: AppServer, options: { reconcileAfterMs?: number } = {}) {
    this.codex = codex
    this.reconcileAfterMs = options.reconcileAfterMs ?? RECONCILE_AFTER_MS
    codex.on('notification', (method, params) => this.onNotification(method, params))
    codex.on('down', error => this.onCodexDown(error))
  }

  /** Overrides for the chat's next turns (the bridge's session.update), in upstream turn/start terms. */
  updateSettings(chatId: string, settings: TurnSettings): TurnSettings {
    const merged = { ...this.settings.get(chatId), ...settings }
    this.settings.set(chatId, merged)
    return merged
  }

  /** Starts a thread in `cwd`. Upstream `thread/start`. */
  async create(cwd: string, options: ThreadOptions = {}): Promise<{ chatId: string, cwd: string }> {
    if (!isAbsolute(cwd)) throw new GatewayError('INVALID_REQUEST', `cwd must be an absolute path: ${cwd}`)
    const info = await stat(cwd).catch(() => undefined)
    if (!info?.isDirectory()) throw new GatewayError('INVALID_REQUEST', `cwd is not an existing directory: ${cwd}`)
    const { thread } = await this.codex.request<ThreadStartResponse>('thread/start', { cwd, ...options })
    this.loaded.add(thread.id)
    this.created.set(thread.id, thread)
    return { chatId: thread.id, cwd: thread.cwd }
  }

  /**
   * Starts a turn with the user's text (upstream `turn/start`). `clientMessageId` becomes the
   * user message item's `clientId`, so an optimistic echo and the stored item share one id.
   */
  async sendMessage(chatId: string, text: string, options: { clientMessageId?: string } = {}): Promise<{ turnId: string }> {
    assertText(text)
    await this.ensureLoaded(chatId)
    const { turn } = await this.codex.request<TurnStartResponse>('turn/start', {
      threadId: chatId,
      input: textInput(text),
      ...(options.clientMessageId ? { clientUserMessageId: options.clientMessageId } : {}),
      ...this.settings.get(chatId),
    })
    this.markActive(chatId, turn.id)
    return { turnId: turn.id }
  }

  /**
   * Adds text to the running turn (upstream `turn/steer`); when the run ended meanwhile,
   * starts a new turn with it instead, so the user's words are never lost.
   */
  async steer(chatId: string, text: string): Promise<{ turnId: string, steered: boolean }> {
    assertText(text)
    await this.ensureLoaded(chatId)
    const active = this.activeTurns.get(chatId)
    if (active) {
      try {
        await this.codex.request('turn/steer', { threadId: chatId, input: textInput(text), expectedTurnId: active.turnId })
        return { turnId: active.turnId, steered: true }
      } catch (error) {
        if (!(error instanceof GatewayError && error.code === 'CODEX_ERROR')) throw error
      }
    }
    return { ...await this.sendMessage(chatId, text), steered: false }
  }

  /** Interrupts the running turn, if any. Upstream `turn/interrupt`. */
  async stop(chatId: string): Promise<{ interrupted: boolean, turnId: string | null }> {
    await this.ensureLoaded(chatId)
    const active = this.activeTurns.get(chatId)
    if (!active) return { interrupted: false, turnId: null }
    try {
      await this.codex.request('turn/interrupt', { threadId: chatId, turnId: active.turnId })
    } catch (error) {
      // The turn ended while the request was on its way (found by schemathesis): nothing to stop.
      if (!(error instanceof GatewayError && error.code === 'CODEX_ERROR' && /no active turn/.test(error.message))) throw error
      if (this.activeTurns.get(chatId) === active) this.activeTurns.delete(chatId)
      return { interrupted: false, turnId: null }
    }
    return { interrupted: true, turnId: active.turnId }
  }

  /** Loads a chat into the app-server: already loaded, resumed from its rollout, or nothing persisted yet. */
  async activate(chatId: string): Promise<'already_active' | 'resumed' | 'no_rollout'> {
    if (this.loaded.has(chatId)) return 'already_active'
    try {
      await this.resume(chatId)
      return 'resumed'
    } catch (error) {
      if (error instanceof GatewayError && error.code === 'CHAT_NOT_FOUND' && this.created.has(chatId)) return 'no_rollout'
      throw error
    }
  }

  /** Fails with CHAT_NOT_FOUND unless Codex knows the thread. */
  async ensureLoaded(chatId: string): Promise<void> {
    if (!this.loaded.has(chatId)) await this.resume(chatId)
  }

  /** Whether a turn runs; a long-silent one is checked with `thread/read` so it cannot stay "running" forever. */
  async runState(chatId: string): Promise<RunState> {
    const active = this.activeTurns.get(chatId)
    if (active && Date.now() - active.lastEventAt >= this.reconcileAfterMs) {
      const { thread } = await this.codex.request<ThreadReadResponse>('thread/read', { threadId: chatId, includeTurns: true })
      const turn = thread.turns.find(t => t.id === active.turnId)
      if (turn && turn.status !== 'inProgress') this.activeTurns.delete(chatId)
      else active.lastEventAt = Date.now()
    }
    const turnId = this.activeTurns.get(chatId)?.turnId ?? null
    return { chatId, isRunning: turnId !== null, activeTurnId: turnId }
  }

  isRunning(chatId: string): boolean {
    return this.activeTurns.has(chatId)
  }

  /** Listens to one chat's events; returns the function that stops listening. */
  subscribe(chatId: string, listener: ChatListener): () => void {
    let set = this.listeners.get(chatId)
    if (!set) this.listeners.set(chatId, set = new Set())
    set.add(listener)
    return () => {
      set.delete(listener)
      if (set.size === 0) this.listeners.delete(chatId)
    }
  }

  /** Listens to the events of every chat (the bridge shows them all). */
  subscribeAll(listener: ChatListener): () => void {
    this.everyChat.add(listener)
    return () => this.everyChat.delete(listener)
  }

  /** Sends an event to every listener of the chat. */
  publish(chatId: string, event: ChatEvent): void {
    for (const listener of this.everyChat) listener(event)
    for (const listener of this.listeners.get(chatId) ?? []) listener(event)
  }

  /** The running turn of a chat, if any. */
  activeTurnId(chatId: string): string | undefined {
    return this.activeTurns.get(chatId)?.turnId
  }

  private async resume(chatId: string): Promise<void> {
    try {
      await this.codex.request('thread/resume', { threadId: chatId })
    } catch (error) {
      if (error instanceof GatewayError && error.code === 'CODEX_ERROR') {
        throw new GatewayError('CHAT_NOT_FOUND', `no chat ${chatId}`, undefined, { cause: error })
      }
      throw error
    }
    this.loaded.add(chatId)
  }

  private markActive(chatId: string, turnId: string): void {
    this.activeTurns.set(chatId, { turnId, lastEventAt: Date.now() })
  }

  private onNotification(method: string, params: any): void {
    const chatId: unknown = params?.threadId
    if (typeof chatId !== 'string') return
    if (method === 'turn/started') this.markActive(chatId, params.turn.id)
    else if (method === 'turn/completed') this.activeTurns.delete(chatId)
    else if (method === 'thread/closed') this.loaded.delete(chatId)
    else { const active = this.activeTurns.get(chatId); if (active) active.lastEventAt = Date.now() }
    this.publish(chatId, { kind: 'upstream', chatId, method, params })
  }

  private onCodexDown(error: GatewayError): void {
    const affected = new Set([...this.listeners.keys(), ...this.activeTurns.keys()])
    this.loaded.clear()
    this.activeTurns.clear()
    for (const chatId of affected) this.publish(chatId, { kind: 'unavailable', chatId, error })
  }
}

function assertText(text: string): void {
  if (!text.trim()) throw new GatewayError('INVALID_REQUEST', 'text must not be empty')
}

function textInput(text: string) {
  return [{ type: 'text', text, text_elements: [] }]
}
