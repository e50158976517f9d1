import { mkdir } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { AppServer } from '../codex/app-server.ts'
import { GatewayError } from '../errors.ts'
import { readJson, writeJsonAtomic } from './json-file.ts'

/** A skill in the config: its name and its SKILL.md path (null when only its name is known). */
export interface SkillRef { name: string, path: string | null }

/** The daemon's skills config: skills switched on or off explicitly. Skills in neither list are on. */
export interface SkillsConfig { enabled: SkillRef[], disabled: SkillRef[] }

/** One `[[skills.config]]` entry of Codex's config.toml, as `config/read` returns it. */
interface CodexSkillEntry { name?: string | null, path?: string | null, enabled?: boolean }

interface ListedSkill { name: string, path: string }

// Codex keeps the config itself: `skills/config/write {path | name, enabled}` edits
// `[[skills.config]]` in config.toml (enabled:true removes the entry), `config/read` shows it.
// A Codex without `skills/config/write` falls back to the reference's `$CODEX_HOME/skills/config.json`.

/** skills_config_read: Codex's skill entries as enabled/disabled lists, names and paths filled in from skills/list. */
export async function readSkillsConfig(codex: AppServer, cwd: string, codexHome: string): Promise<SkillsConfig> {
  const entries = await codexEntries(codex, cwd)
  if (!entries) return readJson<SkillsConfig>(fallbackPath(codexHome), { enabled: [], disabled: [] }).then(normalise)
  const known = await listedSkills(codex, cwd)
  const config: SkillsConfig = { enabled: [], disabled: [] }
  for (const entry of entries) {
    const ref = resolveRef(entry, known)
    if (ref) (entry.enabled === false ? config.disabled : config.enabled).push(ref)
  }
  return config
}

/** `[[skills.config]]` of the effective config for `cwd`, or undefined when this Codex has no such setting. */
async function codexEntries(codex: AppServer, cwd: string): Promise<CodexSkillEntry[] | undefined> {
  const read = await codex.request('config/read', { includeLayers: false, cwd })
  const entries: unknown = read?.config?.skills?.config
  return Array.isArray(entries) ? entries : undefined
}

/**
 * skills_config_write: makes Codex's entries match `config` — entries no longer disabled are
 * cleared, each disabled skill is written by path (else by name). On a Codex without
 * `skills/config/write` the config is stored in `$CODEX_HOME/skills/config.json` instead.
 */
export async function writeSkillsConfig(codex: AppServer, cwd: string, codexHome: string, config: { enabled?: unknown[], disabled?: unknown[] }): Promise<void> {
  const wanted = { enabled: (config.enabled ?? []).map(selector), disabled: (config.disabled ?? []).map(selector) }
  try {
    // Each entry is cleared by the selector it was written with: a name entry is not removed by its path.
    const current = (await codexEntries(codex, cwd) ?? []).filter(entry => entry.enabled === false).map(selector)
    const stillDisabled = new Set(wanted.disabled.map(key))
    for (const ref of current) if (!stillDisabled.has(key(ref))) await setEnabled(codex, ref, true)
    for (const ref of wanted.enabled) await setEnabled(codex, ref, true)
    for (const ref of wanted.disabled) await setEnabled(codex, ref, false)
  } catch (error) {
    if (!isUnknownMethod(error)) throw error
    await mkdir(dirname(fallbackPath(codexHome)), { recursive: true })
    await writeJsonAtomic(fallbackPath(codexHome), normalise({ enabled: config.enabled ?? [], disabled: config.disabled ?? [] }))
  }
}

type Selector = { path: string } | { name: string }

function selector(input: unknown): Selector {
  const ref = (input ?? {}) as { name?: unknown, path?: unknown }
  if (typeof ref.path === 'string' && ref.path !== '') return { path: ref.path }
  if (typeof ref.name === 'string' && ref.name !== '') return { name: ref.name }
  throw new GatewayError('INVALID_REQUEST', 'each skill needs a path or a name')
}

const key = (ref: Selector) => 'path' in ref ? `path:${ref.path}` : `name:${ref.name}`

async function setEnabled(codex: AppServer, ref: Selector, enabled: boolean): Promise<void> {
  await codex.request('skills/config/write', { ...ref, enabled })
}

async function listedSkills(codex: AppServer, cwd: string): Promise<ListedSkill[]> {
  const listed = await codex.request('skills/list', { cwds: [cwd], forceReload: true })
  return (listed?.data ?? []).flatMap((entry: { skills?: ListedSkill[] }) => entry.skills ?? [])
}

function resolveRef(entry: CodexSkillEntry, known: ListedSkill[]): SkillRef | undefined {
  if (typeof entry.path === 'string') {
    const found = known.find(skill => skill.path === entry.path)
    return { name: found?.name ?? basename(dirname(entry.path)), path: entry.path }
  }
  if (typeof entry.name === 'string') return { name: entry.name, path: known.find(skill => skill.name === entry.name)?.path ?? null }
  return undefined
}

function normalise(config: { enabled?: unknown, disabled?: unknown }): SkillsConfig {
  const refs = (list: unknown): SkillRef[] => (Array.isArray(list) ? list : []).flatMap(ref => {
    const path = typeof ref?.path === 'string' && ref.path !== '' ? ref.path as string : null
    const name = typeof ref?.name === 'string' && ref.name !== '' ? ref.name as string : path && basename(dirname(path))
    return name ? [{ name, path }] : []
  })
  return { enabled: refs(config.enabled), disabled: refs(config.disabled) }
}

function fallbackPath(codexHome: string): string {
  return join(codexHome, 'skills', 'config.json')
}

function isUnknownMethod(error: unknown): boolean {
  return error instanceof GatewayError && error.code === 'CODEX_ERROR' && /unknown variant|unknown method|method not found/i.test(error.message)
}
