import { createHash } from 'node:crypto'
import { basename } from 'node:path'
import type { AppServer } from '../codex/app-server.ts'
import { GatewayError } from '../errors.ts'
import type { Chats } from './chats.ts'
import type { Thread } from '../../generated/codex/v2/Thread.ts'
import type { ThreadListResponse } from '../../generated/codex/v2/ThreadListResponse.ts'
import type { ThreadReadResponse } from '../../generated/codex/v2/ThreadReadResponse.ts'

export interface Project {
  projectId: string
  name: string
  cwd: string
  chatCount: number
  lastActivityAt: string
}

export interface ChatSummary {
  chatId: string
  projectId: string
  title: string
  preview: string
  status: 'idle' | 'running' | 'notLoaded' | 'error'
  updatedAt: string
}

/** A listing this fresh is served from memory; thread events make it stale at once. */
const LIST_TTL_MS = 5_000
const PAGE_SIZE = 200

/** A stable id for a working directory: the same cwd is the same project across restarts. */
export function projectIdOf(cwd: string): string {
  return createHash('sha256').update(cwd).digest('base64url').slice(0, 16)
}

/**
 * Projects are the working directories of Codex threads. The listing follows every cursor page
 * of `thread/list`, adds threads started here that Codex does not list yet, and is cached
 * briefly because phones poll it.
 */
export class Projects {
  private readonly codex: AppServer
  private readonly chats: Chats
  private cache?: { at: number, threads: Thread[] }

  constructor(codex: AppServer, chats: Chats) {
    this.codex = codex
    this.chats = chats
    codex.on('notification', method => {
      if (method === 'thread/started' || method === 'turn/completed' || method === 'thread/archived' || method === 'thread/name/updated') this.cache = undefined
    })
  }

  async list(): Promise<Project[]> {
    const byCwd = new Map<string, Project>()
    for (const thread of await this.threads()) {
      const at = thread.updatedAt * 1000
      const project = byCwd.get(thread.cwd)
      if (!project) {
        byCwd.set(thread.cwd, { projectId: projectIdOf(thread.cwd), name: basename(thread.cwd) || thread.cwd, cwd: thread.cwd, chatCount: 1, lastActivityAt: iso(at) })
      } else {
        project.chatCount++
        if (iso(at) > project.lastActivityAt) project.lastActivityAt = iso(at)
      }
    }
    return [...byCwd.values()].sort((a, b) => b.lastActivityAt.localeCompare(a.lastActivityAt))
  }

  /** The chats of one project, latest activity first. */
  async chatsOf(projectId: string): Promise<ChatSummary[]> {
    const threads = (await this.threads()).filter(t => projectIdOf(t.cwd) === projectId)
    if (threads.length === 0) throw new GatewayError('PROJECT_NOT_FOUND', `no project ${projectId}`)
    return threads.sort((a, b) => b.updatedAt - a.updatedAt).map(thread => this.summary(thread, projectId))
  }

  /** The labels Codex Desktop shows for a chat (its project's folder name and its title), if Codex knows it. */
  async labelsOf(chatId: string): Promise<{ projectName: string, chatTitle: string } | undefined> {
    const thread = (await this.threads()).find(t => t.id === chatId)
    if (!thread) return undefined
    return { projectName: basename(thread.cwd) || thread.cwd, chatTitle: this.summary(thread, projectIdOf(thread.cwd)).title }
  }

  /**
   * The rollout file of a chat, or null while Codex has persisted nothing for it;
   * CHAT_NOT_FOUND when Codex does not know the chat at all.
   */
  async rolloutPathOf(chatId: string): Promise<string | null> {
    const listed = (await this.threads()).find(t => t.id === chatId)
    if (listed?.path) return listed.path
    try {
      const { thread } = await this.codex.request<ThreadReadResponse>('thread/read', { threadId: chatId })
      return thread.path
    } catch (error) {
      if (error instanceof GatewayError && error.code === 'CODEX_ERROR') {
        if (listed) return null
        throw new GatewayError('CHAT_NOT_FOUND', `no chat ${chatId}`, undefined, { cause: error })
      }
      throw error
    }
  }

  /** Every chat as a bridge session, latest activity first. */
  async sessions(): Promise<{ session_id: string, thread_id: string, cwd: string, title: string, preview: string, status: ChatSummary['status'], updated_at: string }[]> {
    return (await this.threads()).sort((a, b) => b.updatedAt - a.updatedAt).map(thread => {
      const summary = this.summary(thread, projectIdOf(thread.cwd))
      return { session_id: thread.id, thread_id: thread.id, cwd: thread.cwd, title: summary.title, preview: summary.preview, status: summary.status, updated_at: summary.updatedAt }
    })
  }

  /** The working directory of a chat; CHAT_NOT_FOUND when Codex does not know it. */
  async cwdOfChat(chatId: string): Promise<string> {
    const listed = (await this.threads()).find(t => t.id === chatId)
    if (listed) return listed.cwd
    try {
      return (await this.codex.request<ThreadReadResponse>('thread/read', { threadId: chatId })).thread.cwd
    } catch (error) {
      if (error instanceof GatewayError && error.code === 'CODEX_ERROR') throw new GatewayError('CHAT_NOT_FOUND', `no chat ${chatId}`, undefined, { cause: error })
      throw error
    }
  }

  /** The working directory of a project; PROJECT_NOT_FOUND when no thread has it. */
  async cwdOf(projectId: string): Promise<string> {
    const thread = (await this.threads()).find(t => projectIdOf(t.cwd) === projectId)
    if (!thread) throw new GatewayError('PROJECT_NOT_FOUND', `no project ${projectId}`)
    return thread.cwd
  }

  private summary(thread: Thread, projectId: string): ChatSummary {
    const running = thread.status.type === 'active' || this.chats.isRunning(thread.id)
    const status = running ? 'running' : thread.status.type === 'systemError' ? 'error' : thread.status.type === 'notLoaded' ? 'notLoaded' : 'idle'
    const title = thread.name ?? (thread.preview.split('\n')[0].slice(0, 80) || 'New chat')
    return { chatId: thread.id, projectId, title, preview: thread.preview.slice(0, 300), status, updatedAt: iso(thread.updatedAt * 1000) }
  }

  private async threads(): Promise<Thread[]> {
    if (!this.cache || Date.now() - this.cache.at > LIST_TTL_MS) {
      this.cache = { at: Date.now(), threads: await this.fetchAll() }
    }
    const listed = new Set(this.cache.threads.map(t => t.id))
    const unlisted = [...this.chats.created.values()].filter(t => !listed.has(t.id))
    return [...this.cache.threads, ...unlisted]
  }

  private async fetchAll(): Promise<Thread[]> {
    const threads: Thread[] = []
    let cursor: string | null = null
    do {
      const page: ThreadListResponse = await this.codex.request<ThreadListResponse>('thread/list', { cursor, limit: PAGE_SIZE })
      threads.push(...page.data)
      cursor = page.nextCursor
    } while (cursor)
    for (const thread of threads) this.chats.created.delete(thread.id)
    return threads
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString()
}
