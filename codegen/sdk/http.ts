/** The few REST calls the stream client makes itself, with the same error shape as the API. */
import type { components } from '../../generated/messages/types.ts'

export type ApiError = components['schemas']['ApiError']

/** A non-2xx answer of the gateway: `{ error: { code, message } }` with its HTTP status. */
export class GatewayHttpError extends Error {
  readonly status: number
  readonly code: string

  constructor(status: number, error: Partial<ApiError> | undefined, path: string) {
    super(`${path}: ${status} ${error?.code ?? ''} ${error?.message ?? ''}`.trim())
    this.status = status
    this.code = error?.code ?? 'HTTP_ERROR'
  }
}

export type Fetch = (input: string, init?: { method?: string, headers?: Record<string, string>, body?: string, signal?: AbortSignal }) => Promise<{ ok: boolean, status: number, json(): Promise<unknown> }>

/** GET `path` with the device token; resolves with the parsed body, rejects with GatewayHttpError. */
export async function getJson<T>(fetchApi: Fetch, baseUrl: string, token: string, path: string, timeoutMs: number): Promise<T> {
  const response = await fetchApi(new URL(path, baseUrl).toString(), {
    headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
    signal: AbortSignal.timeout(timeoutMs),
  })
  const body = await response.json().catch(() => undefined) as { error?: ApiError } | undefined
  if (!response.ok) throw new GatewayHttpError(response.status, body?.error, path)
  return body as T
}
