import { randomUUID } from 'node:crypto'
import { lstat, mkdir, realpath, rename, rm } from 'node:fs/promises'
import { basename, dirname, join, relative } from 'node:path'
import { GatewayError } from '../errors.ts'
import { gitCloneSkill } from '../git/skill-clone.ts'

/** `global` is `$CODEX_HOME/skills`, `workspace` is `<workspace>/.codex/skills`: the two folders Codex loads user skills from. */
export type SkillTarget = 'global' | 'workspace'

/** A skill's folder name: letters, digits, `.`, `_`, `-`; not hidden (`.system` holds Codex's own skills), at most 100 characters. */
const SKILL_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$/

/** The skills folder of a target. */
export function skillsFolder(target: SkillTarget, codexHome: string, workspacePath?: string): string {
  if (target === 'global') return join(codexHome, 'skills')
  if (!workspacePath) throw new GatewayError('INVALID_REQUEST', 'workspaceId is required for target "workspace"')
  return join(workspacePath, '.codex', 'skills')
}

/** The folder name a clone of `sourceUrl` gets: the repository's name without `.git`. */
export function skillNameOf(sourceUrl: string): string {
  const last = sourceUrl.replace(/[/\\]+$/, '').split(/[/\\:]/).at(-1) ?? ''
  const name = last.replace(/\.git$/i, '')
  if (!SKILL_NAME.test(name)) throw new GatewayError('INVALID_REQUEST', `cannot name a skill after ${JSON.stringify(last.slice(0, 100))}: the repository name must be letters, digits, ".", "_" or "-"`)
  return name
}

/**
 * Clones `sourceUrl` into `<folder>/<repository name>`. The clone lands in a hidden temporary
 * folder first (Codex skips hidden folders) and is renamed into place only once a SKILL.md is
 * found at its root; otherwise it is removed and the call fails with INVALID_SKILL.
 */
export async function installSkill(folder: string, sourceUrl: string): Promise<{ name: string, path: string }> {
  if (sourceUrl.trim() === '' || sourceUrl.startsWith('-') || sourceUrl.includes('\0') || /^ext::/i.test(sourceUrl)) {
    throw new GatewayError('INVALID_REQUEST', 'sourceUrl must be a git URL or an absolute path')
  }
  const name = skillNameOf(sourceUrl)
  const dest = join(folder, name)
  if (await exists(dest)) throw new GatewayError('SKILL_ALREADY_EXISTS', `a skill named ${name} is already installed in ${folder}`)
  await mkdir(folder, { recursive: true })
  const staging = join(folder, `.installing-${randomUUID()}`)
  try {
    await gitCloneSkill(sourceUrl, staging, folder)
    const manifest = await lstat(join(staging, 'SKILL.md')).catch(() => undefined)
    if (!manifest?.isFile()) throw new GatewayError('INVALID_SKILL', `${sourceUrl} has no SKILL.md at its root: not a skill`)
    if (await exists(dest)) throw new GatewayError('SKILL_ALREADY_EXISTS', `a skill named ${name} is already installed in ${folder}`)
    await rename(staging, dest)
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
  return { name, path: dest }
}

/**
 * Deletes `<folder>/<name>`: only a plain folder with a SKILL.md (a skill a user installed),
 * never a hidden one such as Codex's `.system`, and never anything outside the skills folder.
 */
export async function uninstallSkill(folder: string, name: string): Promise<void> {
  if (!SKILL_NAME.test(name)) throw new GatewayError('INVALID_REQUEST', 'a skill name is letters, digits, ".", "_" or "-" and does not start with "."')
  const dir = join(folder, name)
  const info = await lstat(dir).catch(() => undefined)
  if (!info?.isDirectory()) throw new GatewayError('SKILL_NOT_FOUND', `no installed skill named ${name} in ${folder}`)
  const manifest = await lstat(join(dir, 'SKILL.md')).catch(() => undefined)
  if (!manifest?.isFile()) throw new GatewayError('SKILL_NOT_FOUND', `${dir} is not a skill (no SKILL.md)`)
  const [root, real] = await Promise.all([realpath(folder), realpath(dir)])
  if (dirname(real) !== root || relative(root, real) !== basename(real)) throw new GatewayError('PATH_OUTSIDE_REPO', 'the skill folder is outside the skills folder')
  await rm(dir, { recursive: true, force: true })
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(() => true, () => false)
}
