import { EventEmitter } from 'node:events'
import { AppServer } from '../codex/app-server.ts'
import type { RequestId, ServerRequest } from '../codex/json-rpc.ts'
import { GatewayError } from '../errors.ts'
import { PrivateThreads } from './private-threads.ts'

/** A message of one workspace's app-server (notification or server request), as Codex sent it. */
export interface WorkspaceMessage {
  method: string
  id?: RequestId
  params?: unknown
}

export interface WorkspaceSessionEvents {
  message: [workspaceId: string, message: WorkspaceMessage]
}

export interface WorkspaceSessionsOptions {
  codexHome: string
  clientVersion: string
  log?: (line: string) => void
}

interface Session {
  server: AppServer
  /** Server requests not answered yet, by `typeof id:id` so 1 and "1" stay apart. */
  pending: Map<string, ServerRequest>
  answered: Set<string>
}

/** Answered ids remembered so a second answer is told "answered already" rather than "unknown". */
const ANSWERED_MEMORY = 1000

const key = (id: RequestId) => `${typeof id}:${id}`

/**
 * One `codex app-server` child per connected workspace (each with its own binary, all sharing
 * the gateway's CODEX_HOME), and the server requests each has asked and nobody answered yet.
 * Every message of every child is re-emitted unmodified with its workspace id.
 */
export class WorkspaceSessions extends EventEmitter<WorkspaceSessionEvents> {
  private readonly sessions = new Map<string, Session>()
  /** Threads the gateway runs for itself (commit messages): their messages are not re-emitted. */
  readonly privateThreads = new PrivateThreads()
  private readonly options: WorkspaceSessionsOptions

  constructor(options: WorkspaceSessionsOptions) {
    super()
    this.options = options
  }

  /** (Re)starts a workspace's child in `cwd`; resolves once it answered `initialize`, else stops it and throws. */
  async start(workspaceId: string, cwd: string, codexBin?: string): Promise<void> {
    await this.stop(workspaceId)
    const { codexHome, clientVersion, log } = this.options
    const server = new AppServer({ codexBin, codexHome, clientVersion, cwd, log: line => log?.(`[workspace ${workspaceId}] ${line}`) })
    const session: Session = { server, pending: new Map(), answered: new Set() }
    this.sessions.set(workspaceId, session)
    server.on('message', message => this.onMessage(workspaceId, session, message))
    // The reference daemon's own notifications, which its clients show: a child that went away
    // takes its unanswered requests with it; a child that is (back) up is announced.
    server.on('down', error => {
      session.pending.clear()
      this.emit('message', workspaceId, { method: 'codex/disconnected', params: { workspaceId, reason: error.message } })
    })
    server.on('ready', () => this.emit('message', workspaceId, { method: 'codex/connected', params: { workspaceId } }))
    try {
      await server.start()
    } catch (error) {
      if (this.sessions.get(workspaceId) === session) this.sessions.delete(workspaceId)
      await server.stop()
      throw error
    }
  }

  /** Stops a workspace's child, if it runs. */
  async stop(workspaceId: string): Promise<void> {
    const session = this.sessions.get(workspaceId)
    if (!session) return
    this.sessions.delete(workspaceId)
    await session.server.stop()
  }

  async stopAll(): Promise<void> {
    await Promise.all([...this.sessions.keys()].map(id => this.stop(id)))
  }

  isConnected(workspaceId: string): boolean {
    return this.sessions.has(workspaceId)
  }

  /** The workspace's app-server; `workspace not connected` when it has none. */
  server(workspaceId: string): AppServer {
    const session = this.sessions.get(workspaceId)
    if (!session) throw new GatewayError('WORKSPACE_NOT_CONNECTED', 'workspace not connected')
    return session.server
  }

  /** Answers a server request once, with its id exactly as Codex sent it. */
  respond(workspaceId: string, requestId: RequestId, result: unknown): void {
    const session = this.sessions.get(workspaceId)
    if (!session) throw new GatewayError('WORKSPACE_NOT_CONNECTED', 'workspace not connected')
    const request = session.pending.get(key(requestId))
    if (!request) {
      if (session.answered.has(key(requestId))) throw new GatewayError('APPROVAL_ALREADY_ANSWERED', `server request ${JSON.stringify(requestId)} was answered already`)
      throw new GatewayError('SERVER_REQUEST_NOT_FOUND', `no pending server request ${JSON.stringify(requestId)}`)
    }
    session.pending.delete(key(requestId))
    remember(session.answered, key(requestId))
    if (!session.server.respond(request, result)) throw new GatewayError('CODEX_UNAVAILABLE', 'the Codex app-server went away before the answer')
  }

  private onMessage(workspaceId: string, session: Session, message: WorkspaceMessage): void {
    if (message.id !== undefined) {
      session.pending.set(key(message.id), { id: message.id, method: message.method, params: message.params })
    } else if (message.method === 'serverRequest/resolved') {
      const requestId = (message.params as { requestId?: RequestId } | undefined)?.requestId
      if (requestId !== undefined) session.pending.delete(key(requestId)) // resolved upstream (turn ended)
    }
    this.privateThreads.route(workspaceId, message, passed => this.emit('message', workspaceId, passed))
  }
}

function remember(set: Set<string>, value: string): void {
  set.add(value)
  if (set.size > ANSWERED_MEMORY) set.delete(set.values().next().value!)
}
