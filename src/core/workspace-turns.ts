import { isAbsolute } from 'node:path'
import { GatewayError } from '../errors.ts'

export type AccessMode = 'current' | 'read-only' | 'full-access'

/** What a daemon client sends with a message (send_user_message). */
export interface UserMessage {
  text?: string | null
  model?: string | null
  effort?: string | null
  accessMode?: AccessMode | null
  images?: string[] | null
  collaborationMode?: unknown
}

/**
 * Upstream `turn/start` params for a message in a workspace. `accessMode` maps as in the
 * reference: `current` leaves the thread's sandbox and approval policy alone, `read-only` is a
 * read-only sandbox that asks before escalating, `full-access` no sandbox and never asks.
 */
export function turnStartParams(threadId: string, cwd: string, message: UserMessage): Record<string, unknown> {
  const text = message.text ?? ''
  const images = message.images ?? []
  if (text.trim() === '' && images.length === 0) throw new GatewayError('INVALID_REQUEST', 'empty user message')
  const input: unknown[] = images.map(imageInput)
  if (text.trim() !== '') input.unshift({ type: 'text', text, text_elements: [] })
  return {
    threadId,
    input,
    cwd,
    ...(message.model ? { model: message.model } : {}),
    ...(message.effort ? { effort: message.effort } : {}),
    ...(message.collaborationMode != null ? { collaborationMode: message.collaborationMode } : {}),
    ...accessOverrides(message.accessMode ?? 'current'),
  }
}

function accessOverrides(mode: AccessMode): Record<string, unknown> {
  if (mode === 'read-only') return { approvalPolicy: 'on-request', sandboxPolicy: { type: 'readOnly', networkAccess: false } }
  if (mode === 'full-access') return { approvalPolicy: 'never', sandboxPolicy: { type: 'dangerFullAccess' } }
  return {}
}

/** `data:image/…` and http(s) URLs are image inputs; an absolute path is a local image Codex reads itself. */
function imageInput(image: string): Record<string, unknown> {
  if (/^data:image\/[a-z0-9.+-]+[;,]/i.test(image) || /^https?:\/\//i.test(image)) return { type: 'image', url: image }
  if (isAbsolute(image) && !image.includes('\0')) return { type: 'localImage', path: image }
  throw new GatewayError('INVALID_REQUEST', 'each image must be a data:image URL, an http(s) URL or an absolute path')
}
