import { stat } from 'node:fs/promises'
import { isAbsolute } from 'node:path'
import type { AppServer } from '../codex/app-server.ts'
import { GatewayError } from '../errors.ts'
import type { ThreadStartResponse } from '../../generated/codex/v2/ThreadStartResponse.ts'
import type { TurnStartResponse } from '../../generated/codex/v2/TurnStartResponse.ts'

/** What a face hears about one chat: a Codex notification for its thread, or the loss of Codex. */
export type ChatEvent =
  | { kind: 'upstream', chatId: string, method: string, params: any }
  | { kind: 'unavailable', chatId: string, error: GatewayError }

export type ChatListener = (event: ChatEvent) => void

/**
 * Chats are Codex threads. This is the one place that starts threads and turns, knows which
 * threads the running app-server has loaded and which turn each runs, and fans each thread's
 * notifications out to whoever listens — without knowing which face listens.
 */
export class Chats {
  private readonly codex: AppServer
  private readonly listeners = new Map<string, Set<ChatListener>>()
  /** Threads the current app-server child has loaded; a restart empties it. */
  private readonly loaded = new Set<string>()
  private readonly activeTurns = new Map<string, string>()

  constructor(codex: AppServer) {
    this.codex = codex
    codex.on('notification', (method, params) => this.onNotification(method, params))
    codex.on('down', error => this.onCodexDown(error))
  }

  /** Starts a thread in `cwd`. Upstream `thread/start`. */
  async create(cwd: string): Promise<{ chatId: string, cwd: string }> {
    if (!isAbsolute(cwd)) throw new GatewayError('INVALID_REQUEST', `cwd must be an absolute path: ${cwd}`)
    const info = await stat(cwd).catch(() => undefined)
    if (!info?.isDirectory()) throw new GatewayError('INVALID_REQUEST', `cwd is not an existing directory: ${cwd}`)
    const { thread } = await this.codex.request<ThreadStartResponse>('thread/start', { cwd })
    this.loaded.add(thread.id)
    return { chatId: thread.id, cwd: thread.cwd }
  }

  /** Starts a turn with the user's text. Upstream `turn/start`. */
  async sendMessage(chatId: string, text: string): Promise<{ turnId: string }> {
    if (!text.trim()) throw new GatewayError('INVALID_REQUEST', 'text must not be empty')
    await this.ensureLoaded(chatId)
    const { turn } = await this.codex.request<TurnStartResponse>('turn/start', {
      threadId: chatId,
      input: [{ type: 'text', text, text_elements: [] }],
    })
    this.activeTurns.set(chatId, turn.id)
    return { turnId: turn.id }
  }

  /** Fails with CHAT_NOT_FOUND unless Codex knows the thread. */
  async ensureLoaded(chatId: string): Promise<void> {
    if (this.loaded.has(chatId)) return
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

  activeTurn(chatId: string): string | undefined {
    return this.activeTurns.get(chatId)
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

  private onNotification(method: string, params: any): void {
    const chatId: unknown = params?.threadId
    if (typeof chatId !== 'string') return
    if (method === 'turn/started') this.activeTurns.set(chatId, params.turn.id)
    if (method === 'turn/completed') this.activeTurns.delete(chatId)
    this.emit(chatId, { kind: 'upstream', chatId, method, params })
  }

  private onCodexDown(error: GatewayError): void {
    this.loaded.clear()
    this.activeTurns.clear()
    for (const chatId of this.listeners.keys()) this.emit(chatId, { kind: 'unavailable', chatId, error })
  }

  private emit(chatId: string, event: ChatEvent): void {
    for (const listener of this.listeners.get(chatId) ?? []) listener(event)
  }
}
