import type { ServerRequest } from '../codex/json-rpc.ts'

/** How a phone shows one pending approval: the stream's `approval_required` payload. */
export interface ApprovalView {
  id: string
  chatId: string
  turnId: string | null
  kind: 'command' | 'fileChange' | 'mcp'
  mode: 'approval' | 'mcp_elicitation'
  title: string
  summary: string
  riskLevel: 'low' | 'medium' | 'high'
  createdAt: string
  serverName?: string
  supportsSessionAllow: boolean
  supportsAlwaysAllow: boolean
}

export type Decision = 'approve' | 'decline' | 'allow_for_session' | 'allow_always' | 'cancel'

/** The server requests that are approvals; every other server request is not a phone's to answer. */
export const APPROVAL_METHODS = new Set([
  'item/commandExecution/requestApproval',
  'item/fileChange/requestApproval',
  'item/permissions/requestApproval',
  'mcpServer/elicitation/request',
])

const SUMMARY_MAX = 2000
const READ_ONLY_ACTIONS = new Set(['read', 'listFiles', 'search'])

/** The phone's view of an approval request; `files` are the paths of the file change it gates, if known. */
export function approvalView(id: string, request: ServerRequest, files: string[] = []): ApprovalView {
  const p = request.params
  const base = { id, chatId: p.threadId as string, turnId: (p.turnId ?? null) as string | null, createdAt: new Date(p.startedAtMs ?? Date.now()).toISOString() }
  switch (request.method) {
    case 'item/commandExecution/requestApproval': {
      const actions: { type: string }[] = p.commandActions ?? []
      const readOnly = actions.length > 0 && actions.every(a => READ_ONLY_ACTIONS.has(a.type))
      const widens = Boolean(p.additionalPermissions || p.networkApprovalContext || p.proposedNetworkPolicyAmendments?.length)
      return {
        ...base, kind: 'command', mode: 'approval', title: 'Run command',
        summary: clip([p.command, p.cwd && `in ${p.cwd}`, p.reason].filter(Boolean).join('\n')),
        riskLevel: widens ? 'high' : readOnly ? 'low' : 'medium',
        supportsSessionAllow: true, // the gateway itself accepts the chat's later approvals
        supportsAlwaysAllow: Boolean(p.proposedExecpolicyAmendment),
      }
    }
    case 'item/fileChange/requestApproval':
      return {
        ...base, kind: 'fileChange', mode: 'approval', title: files.length === 1 ? `Edit ${files[0]}` : files.length ? `Edit ${files.length} files` : 'Edit files',
        summary: clip([files.join('\n'), p.reason, p.grantRoot && `write access under ${p.grantRoot}`].filter(Boolean).join('\n') || 'Codex wants to change files'),
        riskLevel: p.grantRoot ? 'high' : 'medium', supportsSessionAllow: true, supportsAlwaysAllow: false,
      }
    case 'item/permissions/requestApproval':
      // The companion's kinds are command | fileChange | mcp: extra sandbox permissions gate commands.
      return {
        ...base, kind: 'command', mode: 'approval', title: 'Grant extra permissions',
        summary: clip([p.reason, permissionSummary(p.permissions)].filter(Boolean).join('\n')),
        riskLevel: 'high', supportsSessionAllow: true, supportsAlwaysAllow: false,
      }
    default:
      return {
        ...base, kind: 'mcp', mode: 'mcp_elicitation', title: p.title ?? `${p.serverName} asks for input`,
        summary: clip([p.message, p.description, p.url].filter(Boolean).join('\n')),
        riskLevel: 'medium', serverName: p.serverName, supportsSessionAllow: true, supportsAlwaysAllow: true,
      }
  }
}

/** The identity an MCP allow rule matches: the same server and tool, nothing broader. */
export function mcpFingerprint(request: ServerRequest): string {
  const meta = request.params._meta ?? {}
  const tool = meta.tool ?? meta.toolName ?? meta.tool_name ?? ''
  return `${request.params.serverName}\u0000${tool}`
}

/**
 * The app-server's answer for a phone's decision, or undefined when that decision does not
 * apply to this request (allow_always on a plain file change).
 */
export function upstreamAnswer(request: ServerRequest, decision: Decision): object | undefined {
  const p = request.params
  switch (request.method) {
    case 'item/commandExecution/requestApproval':
    case 'item/fileChange/requestApproval': {
      if (decision === 'approve') return { decision: 'accept' }
      if (decision === 'decline' || decision === 'cancel') return { decision }
      if (decision === 'allow_for_session') {
        // Codex remembers acceptForSession only where it offers it; the gateway's own rule covers the rest.
        const offered: unknown[] | undefined = p.availableDecisions ?? undefined
        return { decision: !offered || offered.includes('acceptForSession') ? 'acceptForSession' : 'accept' }
      }
      return p.proposedExecpolicyAmendment
        ? { decision: { acceptWithExecpolicyAmendment: { execpolicy_amendment: p.proposedExecpolicyAmendment } } }
        : undefined
    }
    case 'item/permissions/requestApproval': {
      if (decision === 'allow_always') return undefined
      const granted = decision === 'decline' || decision === 'cancel' ? {} : Object.fromEntries(Object.entries(p.permissions ?? {}).filter(([, v]) => v != null))
      return { permissions: granted, scope: decision === 'allow_for_session' ? 'session' : 'turn' }
    }
    default:
      return { action: decision === 'decline' || decision === 'cancel' ? decision : 'accept', content: null, _meta: null }
  }
}

function permissionSummary(permissions: any): string {
  const parts = []
  if (permissions?.network) parts.push('network access')
  if (permissions?.fileSystem) parts.push('file system access')
  return parts.length ? `Requests ${parts.join(' and ')}` : ''
}

function clip(text: string): string {
  return text.length > SUMMARY_MAX ? `${text.slice(0, SUMMARY_MAX - 1)}…` : text
}
