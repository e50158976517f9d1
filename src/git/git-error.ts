import { GatewayError } from '../errors.ts'

/** The codes src/git raises; each is a row of the one error table in src/errors.ts. */
export type GitErrorCode = 'NOT_A_REPOSITORY' | 'BRANCH_NOT_FOUND' | 'INVALID_BRANCH_NAME' | 'INVALID_PATH'
  | 'PATH_OUTSIDE_REPO' | 'NOTHING_STAGED' | 'GIT_FAILED' | 'GIT_TIMEOUT'

/** A GatewayError raised by src/git; `reason` repeats the code for callers that match on it. */
export class GitError extends GatewayError {
  readonly reason: GitErrorCode

  constructor(reason: GitErrorCode, message: string, details?: object, options?: ErrorOptions) {
    super(reason, message, details, options)
    this.name = 'GitError'
    this.reason = reason
  }
}

/** The first non-blank line of git's stderr: git puts the sentence a person needs there. */
export function firstLine(stderr: string): string {
  const line = stderr.split('\n').map(l => l.trim()).find(l => l !== '') ?? 'no message'
  return line.length > 500 ? `${line.slice(0, 500)}…` : line
}
