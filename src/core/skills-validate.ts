import { accessSync, constants } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { basename, delimiter, dirname, join } from 'node:path'
import { parse } from 'yaml'
import type { AppServer } from '../codex/app-server.ts'

/** skills_validate: one skill and what keeps it from working here (empty `issues`: ready to use). */
export interface SkillValidation { name: string, path: string, description: string, issues: string[] }

/** What a SKILL.md front matter may ask of the host, as CodexMonitor reads it: `requirements: {bins, env, os}`. */
interface Requirements { bins: string[], env: string[], os: string[] }

interface ListedSkill { name: string, path: string, description?: string }

/** Names a skill may use for this host's OS in `requirements.os`. */
const OS_NAMES: Record<string, string[]> = { darwin: ['darwin', 'macos', 'mac', 'osx'], linux: ['linux'], win32: ['win32', 'windows'] }

/**
 * Every skill Codex finds for the workspace (`skills/list`, reloaded from disk) with its issues:
 * binaries missing from PATH, environment variables not set, another OS, and the load errors
 * Codex reports for a SKILL.md it could not read (those come back under their folder's name).
 */
export async function validateSkills(codex: AppServer, cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<SkillValidation[]> {
  const listed = await codex.request('skills/list', { cwds: [cwd], forceReload: true })
  const entries: { skills?: ListedSkill[], errors?: { path: string, message: string }[] }[] = listed?.data ?? []
  const results: SkillValidation[] = []
  for (const entry of entries) {
    for (const skill of entry.skills ?? []) {
      const issues = requirementIssues(await requirementsOf(skill.path), env)
      results.push({ name: skill.name, path: skill.path, description: skill.description ?? '', issues })
    }
    for (const failure of entry.errors ?? []) {
      results.push({ name: basename(dirname(failure.path)), path: failure.path, description: '', issues: [`invalid SKILL.md: ${failure.message}`] })
    }
  }
  return results
}

/** The issues `requirements` raise on this host. */
export function requirementIssues(requirements: Requirements, env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string[] {
  const issues: string[] = []
  const names = OS_NAMES[platform] ?? [platform]
  if (requirements.os.length > 0 && !requirements.os.some(os => names.includes(os.toLowerCase()))) issues.push(`unsupported OS: ${platform}`)
  for (const bin of requirements.bins) if (!onPath(bin, env)) issues.push(`missing binary: ${bin}`)
  for (const name of requirements.env) if (!env[name]) issues.push(`missing env var: ${name}`)
  return issues
}

/** `requirements` of a SKILL.md's front matter; none when it has no readable front matter. */
export async function requirementsOf(skillMd: string): Promise<Requirements> {
  const none: Requirements = { bins: [], env: [], os: [] }
  const text = await readFile(skillMd, 'utf8').catch(() => '')
  const front = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text)?.[1]
  if (front === undefined) return none
  let meta: any
  try {
    meta = parse(front)
  } catch {
    return none
  }
  const list = (value: unknown) => Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string' && item !== '') : []
  const asked = meta?.requirements
  return { bins: list(asked?.bins), env: list(asked?.env), os: list(asked?.os) }
}

function onPath(bin: string, env: NodeJS.ProcessEnv): boolean {
  if (bin.includes('/')) return executable(bin)
  return (env.PATH ?? '').split(delimiter).some(dir => dir !== '' && executable(join(dir, bin)))
}

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK)
    return true
  } catch {
    return false
  }
}
