import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { codexCommand } from '../codex/codex-bin.ts'

const run = promisify(execFile)

/** Each probe's time limit: a hung binary must not hang the call. */
const PROBE_TIMEOUT_MS = 10_000

/** The reference's CodexDoctorResult. */
export interface CodexDoctorResult {
  ok: boolean
  codexBin: string | null
  version: string | null
  appServerOk: boolean
  details: string | null
  path: string | null
  nodeOk: boolean
  nodeVersion: string | null
  nodeDetails: string | null
}

/**
 * Checks a Codex install the way the reference daemon does: `codex --version`,
 * `codex app-server --help` and `node --version`, each with a timeout. Without a binary the
 * pinned @openai/codex is probed (its launcher is reported as `codexBin`).
 */
export async function codexDoctor(codexBin?: string): Promise<CodexDoctorResult> {
  const { command, prefixArgs } = codexCommand(codexBin)
  const [version, appServer, node] = await Promise.all([
    probe(command, [...prefixArgs, '--version']),
    probe(command, [...prefixArgs, 'app-server', '--help']),
    probe('node', ['--version']),
  ])
  const details = [
    version.error && `codex --version failed: ${version.error}`,
    appServer.error && `codex app-server --help failed: ${appServer.error}`,
  ].filter(Boolean).join('; ') || null
  return {
    ok: version.error === null && appServer.error === null,
    codexBin: codexBin ?? prefixArgs[0] ?? command,
    version: version.error === null ? version.stdout : null,
    appServerOk: appServer.error === null,
    details,
    path: process.env.PATH ?? null,
    nodeOk: node.error === null,
    nodeVersion: node.error === null ? node.stdout : null,
    nodeDetails: node.error === null ? null : `node --version failed: ${node.error}`,
  }
}

async function probe(command: string, args: string[]): Promise<{ stdout: string, error: string | null }> {
  try {
    const { stdout } = await run(command, args, { timeout: PROBE_TIMEOUT_MS, maxBuffer: 1 << 20, env: process.env })
    return { stdout: stdout.trim().split('\n')[0] ?? '', error: null }
  } catch (error: any) {
    const why = error.code === 'ENOENT' ? 'not found' : error.killed ? `no answer within ${PROBE_TIMEOUT_MS} ms` : firstLine(error.stderr) || error.message
    return { stdout: '', error: why }
  }
}

function firstLine(text: unknown): string {
  return typeof text === 'string' ? text.trim().split('\n')[0] ?? '' : ''
}
