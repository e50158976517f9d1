import { appendFile, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { GatewayError } from '../errors.ts'

/** Longest argv accepted for a rule, and longest element (bytes). */
const MAX_ARGS = 64
const MAX_ARG_BYTES = 1024

let queue: Promise<unknown> = Promise.resolve()

/** The rules file Codex reads and writes its own "always allow" amendments to. */
export function rulesPath(codexHome: string): string {
  return join(codexHome, 'rules', 'default.rules')
}

/**
 * Appends `prefix_rule(pattern=[…], decision="allow")` to `$CODEX_HOME/rules/default.rules` —
 * the line Codex itself writes when a user accepts an exec-policy amendment — so commands
 * starting with `command` run without asking. Every element must be non-empty, well-formed
 * text without control characters: the pattern is written as JSON string literals, which
 * Starlark reads the same way only without escapes beyond `\"` and `\\`.
 */
export async function appendPrefixRule(codexHome: string, command: unknown): Promise<string> {
  assertRuleArgv(command)
  const path = rulesPath(codexHome)
  const line = `prefix_rule(pattern=${JSON.stringify(command)}, decision="allow")\n`
  const write = queue.then(async () => {
    await mkdir(join(codexHome, 'rules'), { recursive: true, mode: 0o700 })
    const existing = await readFile(path, 'utf8').catch(() => '')
    await appendFile(path, existing === '' || existing.endsWith('\n') ? line : `\n${line}`, { mode: 0o600 })
  })
  queue = write.catch(() => {})
  await write
  return path
}

export function assertRuleArgv(command: unknown): asserts command is string[] {
  const problem = !Array.isArray(command) || command.length === 0 ? 'command must be a non-empty array of strings'
    : command.length > MAX_ARGS ? `command has more than ${MAX_ARGS} elements`
      : command.find(arg => typeof arg !== 'string' || arg === '' || !arg.isWellFormed() || Buffer.byteLength(arg) > MAX_ARG_BYTES || /[\x00-\x1f\x7f]/.test(arg)) !== undefined
        ? `every element of command must be non-empty text of at most ${MAX_ARG_BYTES} bytes without control characters`
        : undefined
  if (problem) throw new GatewayError('INVALID_REQUEST', problem)
}
