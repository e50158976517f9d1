import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { open, readFile, realpath, rename, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { parse } from 'toml'
import type { AppServer } from '../codex/app-server.ts'
import { GatewayError } from '../errors.ts'
import { setTopLevelStrings } from './toml-edit.ts'
import type { AskForApproval } from '../../generated/codex/v2/AskForApproval.ts'
import type { ConfigBatchWriteParams } from '../../generated/codex/v2/ConfigBatchWriteParams.ts'
import type { ConfigReadParams } from '../../generated/codex/v2/ConfigReadParams.ts'
import type { ConfigReadResponse } from '../../generated/codex/v2/ConfigReadResponse.ts'
import type { ConfigWriteResponse } from '../../generated/codex/v2/ConfigWriteResponse.ts'
import type { SandboxMode } from '../../generated/codex/v2/SandboxMode.ts'

/** The runtime half of `GET /v1/projects/{projectId}/context`: strings, or null when unset. */
export interface RuntimeContext {
  runtimeMode: 'local'
  approvalPolicy: string | null
  sandboxMode: string | null
  model: string | null
  modelReasoningEffort: string | null
  trustLevel: string | null
}

/** The body of `PATCH /v1/runtime/config`: at least one of the two. */
export interface RuntimeConfigPatch {
  approvalPolicy?: string
  sandboxMode?: string
}

/** The user-level settings after a write, as Codex reads them back. */
export interface RuntimeConfig {
  approvalPolicy: string | null
  sandboxMode: string | null
}

type StringApprovalPolicy = Exclude<AskForApproval, object>

/** approval_policy values a write accepts: the generated `AskForApproval` strings that 0.169 starts with. */
export const APPROVAL_POLICIES = ['on-request', 'never'] as const satisfies readonly StringApprovalPolicy[]

/**
 * In the generated types, but 0.169 refuses to start with it in config.toml ("no longer
 * supported"): writing it would brick the app-server's next restart.
 */
const REFUSED_APPROVAL_POLICIES = ['untrusted'] as const satisfies readonly StringApprovalPolicy[]

/** sandbox_mode values a write accepts: all of the generated `SandboxMode`. */
export const SANDBOX_MODES = ['read-only', 'workspace-write', 'danger-full-access'] as const satisfies readonly SandboxMode[]

/**
 * The companion API still lists `on-failure`; 0.169 accepts it only as a deprecated alias it
 * reads back as `on-request`, so the canonical value is what gets written.
 */
const APPROVAL_ALIASES = new Map<unknown, StringApprovalPolicy>([['on-failure', 'on-request']])

// A new upstream value fails the typecheck here until someone decides whether 0.169+ accepts it.
const everyApprovalPolicyDecided: [Exclude<StringApprovalPolicy, typeof APPROVAL_POLICIES[number] | typeof REFUSED_APPROVAL_POLICIES[number]>] extends [never] ? true : false = true
const everySandboxModeListed: [Exclude<SandboxMode, typeof SANDBOX_MODES[number]>] extends [never] ? true : false = true

/**
 * The effective settings for `cwd` (`config/read` with `cwd`, so a trusted project's
 * `.codex/config.toml` applies). A granular approval policy reads as `granular`.
 */
export async function readRuntimeContext(codex: Pick<AppServer, 'request'>, cwd: string): Promise<RuntimeContext> {
  const { config } = await codex.request<ConfigReadResponse>('config/read', { cwd } satisfies ConfigReadParams)
  return {
    runtimeMode: 'local',
    approvalPolicy: approvalPolicyName(config.approval_policy),
    sandboxMode: config.sandbox_mode ?? null,
    model: config.model ?? null,
    modelReasoningEffort: config.model_reasoning_effort ?? null,
    trustLevel: trustLevel(config.projects as Record<string, { trust_level?: string }> | null | undefined, cwd),
  }
}

const writing = new Map<string, Promise<unknown>>()

/**
 * Sets the top-level `approval_policy` / `sandbox_mode` of the user's config.toml through
 * `config/batchWrite`, so Codex validates the values, checks `expectedVersion` against lost
 * updates (one retry on a conflict) and hot-reloads the running app-server; new threads read
 * the file anyway. Codex rewrites the whole file with LF line endings, without a BOM and with
 * a final newline, so afterwards the original bytes with just those values edited are put back
 * (see restoreBytes). Values Codex would not start with, unknown values, an empty patch and a
 * write Codex refuses are INVALID_REQUEST; a config.toml Codex cannot load is CODEX_ERROR with
 * its reason. In every refusal the file stays byte for byte as it was.
 */
export async function writeRuntimeConfig(codex: Pick<AppServer, 'request'>, codexHome: string, patch: RuntimeConfigPatch): Promise<RuntimeConfig> {
  const values = validatePatch(patch)
  const path = join(codexHome, 'config.toml')
  // Our own writes go one at a time: two restores of the same file must not interleave.
  const previous = writing.get(path) ?? Promise.resolve()
  const result = previous.catch(() => {}).then(async () => {
    try {
      await writeOnce(codex, path, values)
    } catch (error) {
      if (!isCodexWriteError(error, 'configVersionConflict')) throw error
      await writeOnce(codex, path, values) // someone wrote in between: read the new version and retry once
    }
    const { config } = await codex.request<ConfigReadResponse>('config/read', {} satisfies ConfigReadParams)
    return { approvalPolicy: approvalPolicyName(config.approval_policy), sandboxMode: config.sandbox_mode ?? null }
  }).catch(error => { throw writeError(error) })
  writing.set(path, result)
  result.finally(() => { if (writing.get(path) === result) writing.delete(path) }).catch(() => {})
  return result
}

function validatePatch(patch: RuntimeConfigPatch): Record<string, string> {
  const values: Record<string, string> = {}
  const { approvalPolicy, sandboxMode } = patch ?? {}
  if (approvalPolicy !== undefined) {
    const policy = APPROVAL_ALIASES.get(approvalPolicy) ?? approvalPolicy
    if ((REFUSED_APPROVAL_POLICIES as readonly unknown[]).includes(policy)) {
      throw new GatewayError('INVALID_REQUEST', `approvalPolicy "${policy}" is not supported by the installed Codex (it would refuse to start); use one of ${APPROVAL_POLICIES.join(', ')}`)
    }
    if (!(APPROVAL_POLICIES as readonly unknown[]).includes(policy)) {
      throw new GatewayError('INVALID_REQUEST', `approvalPolicy must be one of ${[...APPROVAL_POLICIES, ...APPROVAL_ALIASES.keys()].join(', ')}`)
    }
    values.approval_policy = policy as string
  }
  if (sandboxMode !== undefined) {
    if (!(SANDBOX_MODES as readonly unknown[]).includes(sandboxMode)) {
      throw new GatewayError('INVALID_REQUEST', `sandboxMode must be one of ${SANDBOX_MODES.join(', ')}`)
    }
    values.sandbox_mode = sandboxMode
  }
  if (Object.keys(values).length === 0) throw new GatewayError('INVALID_REQUEST', 'the patch sets neither approvalPolicy nor sandboxMode')
  return values
}

async function writeOnce(codex: Pick<AppServer, 'request'>, path: string, values: Record<string, string>): Promise<void> {
  const { layers } = await codex.request<ConfigReadResponse>('config/read', { includeLayers: true } satisfies ConfigReadParams)
  const user = layers?.find(layer => layer.name.type === 'user')
  const before = await readText(path)
  let desired: string | undefined
  if (before !== undefined) {
    try {
      desired = setTopLevelStrings(before, values)
    } catch (error) {
      // Codex would still write, but only by reformatting the whole file: refuse instead.
      throw new GatewayError('INVALID_REQUEST', `config.toml cannot be edited in place (${(error as Error).message}); change it by hand`)
    }
  }
  const edits = Object.entries(values).map(([keyPath, value]) => ({ keyPath, value, mergeStrategy: 'replace' as const }))
  await codex.request<ConfigWriteResponse>('config/batchWrite', { edits, expectedVersion: user?.version ?? null, reloadUserConfig: true } satisfies ConfigBatchWriteParams)
  if (before !== undefined && desired !== undefined) await restoreBytes(path, before, desired, Object.keys(values))
}

/**
 * Codex's batchWrite keeps comments and key order but normalizes line endings to LF, drops a
 * BOM and adds a final newline; for a file it created itself there is nothing to keep. So
 * once Codex has validated and written the values, `desired` (the original bytes with only
 * those values edited) replaces its output — if Codex's output still holds exactly what we
 * expect: the same settings as `desired`, apart from `keys` (0.169 skips writing `on-request`
 * over `on-failure`, which it thinks equal), and nobody wrote the file since. Codex's config
 * version is a hash of the parsed settings, not of the bytes, so this does not change it.
 * A writer slipping in between leaves Codex's (equivalent, LF) output in place.
 */
async function restoreBytes(path: string, before: string, desired: string, keys: string[]): Promise<void> {
  const written = await readText(path)
  if (written === undefined || written === desired) return
  const expected = settingsWithout(desired, keys)
  if (written !== before && (expected === undefined || !isDeepStrictEqual(settingsWithout(written, keys), expected))) return
  const target = await realpath(path) // a symlinked config.toml stays a symlink
  const { mode } = await stat(target)
  const temp = join(dirname(target), `.config.toml.${randomBytes(6).toString('hex')}.tmp`)
  const file = await open(temp, 'wx', mode & 0o777)
  try {
    await file.writeFile(desired)
    await file.sync()
    await file.close()
    if (await readText(path) !== written) return
    await rename(temp, target)
  } finally {
    await file.close().catch(() => {})
    if (existsSync(temp)) await rm(temp, { force: true })
  }
}

function settingsWithout(text: string, keys: string[]): object | undefined {
  try {
    const settings = parse(text.replace(/^\uFEFF/, ''), { bigint: true })
    for (const key of keys) delete settings[key]
    return settings
  } catch {
    return undefined
  }
}

async function readText(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (error: any) {
    if (error.code === 'ENOENT') return undefined
    throw error
  }
}

function isCodexWriteError(error: unknown, code: string): boolean {
  return error instanceof GatewayError && error.code === 'CODEX_ERROR' && (error.details as any)?.data?.config_write_error_code === code
}

/** Codex's own reason, as INVALID_REQUEST when the values were at fault. */
function writeError(error: unknown): unknown {
  if (!(error instanceof GatewayError) || error.code !== 'CODEX_ERROR') return error
  if (isCodexWriteError(error, 'configValidationError')) {
    return new GatewayError('INVALID_REQUEST', `Codex refused the setting: ${error.message.trim()}`, undefined, { cause: error })
  }
  if (isCodexWriteError(error, 'configVersionConflict')) {
    return new GatewayError('CODEX_ERROR', 'config.toml kept changing while it was being written; try again', undefined, { cause: error })
  }
  return new GatewayError('CODEX_ERROR', `Codex could not update config.toml: ${error.message.trim()}`, undefined, { cause: error })
}

function approvalPolicyName(policy: AskForApproval | null | undefined): string | null {
  if (policy === null || policy === undefined) return null
  return typeof policy === 'string' ? policy : Object.keys(policy)[0] ?? null
}

/**
 * `[projects."<cwd>"] trust_level`, else the entry of the git repository holding `cwd`:
 * Codex records trust for the repository root and applies it to its subdirectories.
 */
function trustLevel(projects: Record<string, { trust_level?: string }> | null | undefined, cwd: string): string | null {
  const direct = projects?.[cwd]?.trust_level
  if (direct !== undefined) return direct
  const root = gitRoot(cwd)
  return (root && projects?.[root]?.trust_level) ?? null
}

/** The nearest directory at or above `dir` holding `.git` (Codex's default project_root_markers). */
function gitRoot(dir: string): string | undefined {
  for (;; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir
    if (dirname(dir) === dir) return undefined
  }
}
