/**
 * The one error table. Every face renders a GatewayError from here: HTTP as
 * `{"error":{"code","message"}}` with `http` as status, the WebSocket faces and the
 * daemon in their own envelopes. docs/errors.md and both specs list every code (a test checks).
 */
export const ERRORS = {
  INVALID_REQUEST: { http: 400, rpc: -32602 },
  MALFORMED_JSON: { http: 400, rpc: -32700 },
  UNAUTHORIZED: { http: 401, rpc: -32001 },
  FORBIDDEN: { http: 403, rpc: -32002 },
  ROUTE_NOT_FOUND: { http: 404, rpc: -32601 },
  CHAT_NOT_FOUND: { http: 404, rpc: -32004 },
  PROJECT_NOT_FOUND: { http: 404, rpc: -32004 },
  APPROVAL_NOT_FOUND: { http: 404, rpc: -32004 },
  APPROVAL_ALREADY_ANSWERED: { http: 409, rpc: -32009 },
  NOT_A_REPOSITORY: { http: 409, rpc: -32010 },
  BRANCH_NOT_FOUND: { http: 404, rpc: -32011 },
  INVALID_BRANCH_NAME: { http: 400, rpc: -32602 },
  INVALID_PATH: { http: 400, rpc: -32602 },
  PATH_OUTSIDE_REPO: { http: 403, rpc: -32012 },
  NOTHING_STAGED: { http: 400, rpc: -32013 },
  GIT_FAILED: { http: 409, rpc: -32014 },
  GIT_TIMEOUT: { http: 504, rpc: -32015, retryable: true },
  PAIRING_NOT_FOUND: { http: 404, rpc: -32020 },
  PAIRING_NONCE_MISMATCH: { http: 403, rpc: -32021 },
  PAIRING_DENIED: { http: 403, rpc: -32022 },
  PAIRING_IN_PROGRESS: { http: 409, rpc: -32023 },
  PAIRING_NOT_WAITING: { http: 409, rpc: -32024 },
  PAIRING_EXPIRED: { http: 410, rpc: -32025 },
  PAIRING_TIMEOUT: { http: 408, rpc: -32026, retryable: true },
  DEVICE_NOT_FOUND: { http: 404, rpc: -32004 },
  RATE_LIMITED: { http: 429, rpc: -32029, retryable: true },
  TRANSCRIPTION_FAILED: { http: 502, rpc: -32006 },
  DICTATION_UNAVAILABLE: { http: 503, rpc: -32003 },
  METHOD_NOT_ALLOWED: { http: 405, rpc: -32601 },
  PAYLOAD_TOO_LARGE: { http: 413, rpc: -32005 },
  CODEX_ERROR: { http: 502, rpc: -32006 },
  CODEX_UNAVAILABLE: { http: 503, rpc: -32003, retryable: true },
  INTERNAL: { http: 500, rpc: -32603, expose: false },
  BRANCH_ALREADY_EXISTS: { http: 409, rpc: -32016 },
  COMMIT_NOT_FOUND: { http: 404, rpc: -32004 },
  PROMPT_NOT_FOUND: { http: 404, rpc: -32004 },
  PROMPT_ALREADY_EXISTS: { http: 409, rpc: -32017 },
  UNKNOWN_METHOD: { http: 404, rpc: -32601 },
  WORKSPACE_NOT_FOUND: { http: 404, rpc: -32040 },
  WORKSPACE_NOT_CONNECTED: { http: 409, rpc: -32041 },
  NOT_SUPPORTED: { http: 501, rpc: -32042 },
  SERVER_REQUEST_NOT_FOUND: { http: 404, rpc: -32043 },
  BROWSER_UNAVAILABLE: { http: 503, rpc: -32003 },
  BROWSER_SESSION_NOT_FOUND: { http: 404, rpc: -32004 },
  BROWSER_SESSION_LIMIT: { http: 429, rpc: -32050 },
  BROWSER_ERROR: { http: 502, rpc: -32051 },
  TERMINAL_NOT_FOUND: { http: 404, rpc: -32060 },
  TERMINAL_ALREADY_EXISTS: { http: 409, rpc: -32061 },
  GITHUB_CLI_UNAVAILABLE: { http: 503, rpc: -32062 },
  GITHUB_FAILED: { http: 502, rpc: -32063 },
  NOT_A_GITHUB_REPOSITORY: { http: 409, rpc: -32064 },
  SKILL_NOT_FOUND: { http: 404, rpc: -32065 },
  SKILL_ALREADY_EXISTS: { http: 409, rpc: -32066 },
  INVALID_SKILL: { http: 400, rpc: -32067 },
  NO_CHANGES: { http: 400, rpc: -32068 },
  STORAGE_FAILED: { http: 507, rpc: -32070 },
} as const satisfies Record<string, { http: number, rpc: number, retryable?: boolean, expose?: boolean }>

export type ErrorCode = keyof typeof ERRORS

export class GatewayError extends Error {
  readonly code: ErrorCode
  readonly details?: object

  constructor(code: ErrorCode, message: string, details?: object, options?: ErrorOptions) {
    super(message, options)
    this.name = 'GatewayError'
    this.code = code
    this.details = details
  }

  get status(): number {
    return ERRORS[this.code].http
  }
}

/** What a client may see of any error: unexposed and unknown errors become "internal error". */
export function publicError(error: unknown): { code: ErrorCode, message: string } {
  if (error instanceof GatewayError) {
    const exposed = (ERRORS[error.code] as { expose?: boolean }).expose !== false
    return { code: error.code, message: exposed ? error.message : 'internal error' }
  }
  return { code: 'INTERNAL', message: 'internal error' }
}

/** True when the error must reach the operator's log because the client was told only "internal error". */
export function isInternal(error: unknown): boolean {
  return publicError(error).code === 'INTERNAL'
}
