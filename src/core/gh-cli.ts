import { execFile, type ExecException } from 'node:child_process'
import { GatewayError } from '../errors.ts'

/** A gh call waits on GitHub; it still must end. */
export const GH_TIMEOUT_MS = 30_000
/** Output kept from gh (a pull request's diff can be large). */
const GH_MAX_BYTES = 32 * 1024 * 1024
/** gh's exit code for "authentication required". */
const GH_EXIT_AUTH = 4

const NOT_INSTALLED = 'the GitHub CLI (gh) is not installed on the gateway host: install it (https://cli.github.com) and run `gh auth login` there'
const NOT_LOGGED_IN = 'the GitHub CLI (gh) is not logged in on the gateway host: run `gh auth login` there'

/**
 * Runs `gh <args>` (argv only, no shell) in `cwd` and resolves with its stdout. gh missing or
 * not logged in is GITHUB_CLI_UNAVAILABLE, saying so; any other failure is GITHUB_FAILED with
 * gh's own first line. gh never prompts (GH_PROMPT_DISABLED) and prints no colour or update notice.
 */
export function runGh(cwd: string, args: readonly string[]): Promise<string> {
  const env = { ...process.env, GH_PROMPT_DISABLED: '1', GH_NO_UPDATE_NOTIFIER: '1', NO_COLOR: '1', GH_PAGER: 'cat', CLICOLOR: '0' }
  return new Promise((resolve, reject) => {
    execFile('gh', args, { cwd, env, timeout: GH_TIMEOUT_MS, maxBuffer: GH_MAX_BYTES, killSignal: 'SIGKILL', windowsHide: true }, (error, stdout, stderr) => {
      if (!error) resolve(stdout)
      else reject(ghFailure(args, error, stdout, stderr))
    })
  })
}

function ghFailure(args: readonly string[], error: ExecException, stdout: string, stderr: string): GatewayError {
  const command = `gh ${args.slice(0, 2).join(' ')}`
  if (error.code === 'ENOENT') return new GatewayError('GITHUB_CLI_UNAVAILABLE', NOT_INSTALLED)
  if (error.killed) return new GatewayError('GITHUB_FAILED', `${command} did not finish within ${GH_TIMEOUT_MS / 1000} s`)
  const said = `${stderr}\n${stdout}`
  if (error.code === GH_EXIT_AUTH || /gh auth login|not logged in|authentication required/i.test(said)) {
    return new GatewayError('GITHUB_CLI_UNAVAILABLE', NOT_LOGGED_IN)
  }
  if (error.code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') return new GatewayError('GITHUB_FAILED', `${command}: the answer is over ${GH_MAX_BYTES} bytes`)
  const line = said.split('\n').map(text => text.trim()).find(text => text !== '')
  return new GatewayError('GITHUB_FAILED', `${command} failed: ${line?.slice(0, 500) ?? `exit code ${String(error.code)}`}`)
}

/** gh's JSON output, or GITHUB_FAILED naming the command when it is not JSON. */
export function ghJson(args: readonly string[], stdout: string): unknown {
  try {
    return JSON.parse(stdout)
  } catch {
    throw new GatewayError('GITHUB_FAILED', `gh ${args.slice(0, 2).join(' ')} did not answer with JSON`)
  }
}
