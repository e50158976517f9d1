import type { components } from '../../generated/messages/types.ts'
import { payloads } from '../generated-validators.ts'
import { publicError } from '../errors.ts'

type Schemas = components['schemas']
export type DaemonRequestId = Schemas['DaemonRequestId']
export type DaemonErrorFrame = Schemas['DaemonErrorFrame']

/** The `params` of a daemon request, typed from asyncapi.yaml (`Params<'DaemonAddWorkspaceRequestFrame'>`). */
export type Params<Frame extends keyof Schemas> = Schemas[Frame] extends { params?: infer P } ? NonNullable<P> : never

interface Validate {
  (data: unknown): boolean
  errors?: { instancePath: string, message?: string }[] | null
}

const validators = payloads as unknown as Record<string, Validate | undefined>

/** `list_workspaces` → `daemonListWorkspaces`, the prefix of the method's AsyncAPI messages. */
export function messageName(method: string): string {
  return `daemon${method.replace(/(^|_)([a-z])/g, (_m, _u, c: string) => c.toUpperCase())}`
}

/** Why a request frame does not match its method's request message in asyncapi.yaml, or undefined. */
export function requestProblem(method: string, frame: unknown): string | undefined {
  const validate = validators[`message_${messageName(method)}Request`]
  if (!validate) return `asyncapi.yaml has no request message for ${method}`
  if (validate(frame)) return undefined
  return (validate.errors ?? []).slice(0, 3).map(e => `${e.instancePath.replace(/^\/params/, 'params') || 'request'} ${e.message}`).join('; ')
}

/** The error frame for any failure: the table's code, and a message only when the table exposes it. */
export function errorFrame(id: DaemonRequestId | null, error: unknown): DaemonErrorFrame {
  const { code, message } = publicError(error)
  return { id, error: { message, code } }
}
