import { randomBytes } from 'node:crypto'
import { link, lstat, mkdir, open, readFile, readdir, realpath, rename, rm } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, resolve } from 'node:path'
import { GatewayError } from '../errors.ts'
import { writeFileAtomic } from './json-file.ts'

// Custom prompts (the daemon's prompts_* methods): Markdown files, one per prompt, in
// `$CODEX_HOME/prompts` (global, where Codex itself reads them) or in
// `<dataDir>/workspaces/<workspaceId>/prompts`. The file name is the prompt's name; optional
// front matter holds `description:` and `argument-hint:`. A client names a prompt by the
// absolute path we listed; every such path must canonicalise to a regular `.md` file directly
// in one of those two folders, so a client can never read, write or delete anything else.

/** Longest prompt name, in characters. */
export const MAX_PROMPT_NAME = 100
/** Largest prompt file read or written. */
export const MAX_PROMPT_BYTES = 1024 * 1024
/** Most prompts listed per folder. */
export const MAX_PROMPTS_PER_DIR = 500
const MAX_META_CHARS = 4096

/** Which folder a prompt lives in: `$CODEX_HOME/prompts` or the workspace's. */
export type PromptScope = 'global' | 'workspace'

/** One prompt as prompts_list answers it. */
export interface CustomPromptOption {
  /** The file name without `.md`. */
  name: string
  /** Absolute path of the file: what update, delete and move take. */
  path: string
  description?: string
  argumentHint?: string
  /** The body after the front matter. */
  content: string
  scope: PromptScope
}

/** Where the two prompt folders are, and which workspace the caller is in. */
export interface PromptsOptions {
  codexHome: string
  dataDir: string
  /** Without it only global prompts are listed or reachable. */
  workspaceId?: string
}

/** What a client sends to create or update a prompt; a blank or null description or hint means none. */
export interface PromptFields { name: string, description?: string | null, argumentHint?: string | null, content: string }

/** prompts_global_dir: `$CODEX_HOME/prompts` (not created here). */
export function promptsGlobalDir(codexHome: string): string {
  return join(resolve(codexHome), 'prompts')
}

/** prompts_workspace_dir: `<dataDir>/workspaces/<workspaceId>/prompts`; the id names a folder, so it must be a plain name. */
export function promptsWorkspaceDir(dataDir: string, workspaceId: unknown): string {
  if (typeof workspaceId !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/.test(workspaceId)) {
    throw new GatewayError('INVALID_REQUEST', 'a workspace id is 1 to 128 letters, digits, ".", "_" or "-", starting with a letter or digit')
  }
  return join(resolve(dataDir), 'workspaces', workspaceId, 'prompts')
}

/** prompts_list: workspace prompts then global ones, each by name. Symlinks, hidden and oversized files are skipped. */
export async function listPrompts(opts: PromptsOptions): Promise<CustomPromptOption[]> {
  const found: CustomPromptOption[] = []
  for (const [scope, dir] of scopeDirs(opts)) {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
    // Dirent.isFile() does not follow symlinks: a link to elsewhere is never read.
    const files = entries.filter(e => e.isFile() && isPromptFile(e.name)).map(e => e.name).sort().slice(0, MAX_PROMPTS_PER_DIR)
    for (const file of files) {
      const text = await readPrompt(join(dir, file)).catch(() => null)
      if (text !== null) found.push(option(scope, dir, file, text))
    }
  }
  return found
}

/**
 * prompts_create. The name is refused, not rewritten, unless it is 1 to MAX_PROMPT_NAME
 * letters, digits, `.`, `_` or `-` and starts with a letter, digit or `_`: a silently changed
 * name would show the user something else than they typed and could collide with another.
 * An existing prompt of that name is PROMPT_ALREADY_EXISTS.
 */
export async function createPrompt(opts: PromptsOptions, params: PromptFields & { scope: unknown }): Promise<CustomPromptOption> {
  const dir = scopeDir(opts, params.scope)
  const file = `${promptName(params.name)}.md`
  const text = render(params)
  await mkdir(dir, { recursive: true })
  await writeNew(join(dir, file), text)
  return option(params.scope as PromptScope, dir, file, text)
}

/** prompts_update: rewrites the prompt at `path`, renaming its file when the name changes (refused if the new name is taken). */
export async function updatePrompt(opts: PromptsOptions, params: PromptFields & { path: unknown }): Promise<CustomPromptOption> {
  const found = await locate(opts, params.path)
  const file = `${promptName(params.name)}.md`
  const text = render(params)
  const target = join(found.dir, file)
  if (file === found.file || await sameFile(target, found.full)) {
    await writeFileAtomic(target, text, 0o644)
  } else {
    await writeNew(target, text)
    await rm(found.full, { force: true })
  }
  return option(found.scope, found.dir, file, text)
}

/** prompts_delete: removes the prompt file; one that is already gone is not an error, a path outside the prompt folders is. */
export async function deletePrompt(opts: PromptsOptions, params: { path: unknown }): Promise<void> {
  try {
    await rm((await locate(opts, params.path)).full)
  } catch (error) {
    if (!(error instanceof GatewayError && error.code === 'PROMPT_NOT_FOUND')) throw error
  }
}

/** prompts_move: moves the prompt to the other scope's folder under the same file name (refused if taken there). */
export async function movePrompt(opts: PromptsOptions, params: { path: unknown, scope: unknown }): Promise<CustomPromptOption> {
  const found = await locate(opts, params.path)
  const dir = scopeDir(opts, params.scope)
  if (params.scope === found.scope) throw new GatewayError('INVALID_REQUEST', `the prompt is already in the ${found.scope} folder`)
  const text = await readPrompt(found.full)
  await mkdir(dir, { recursive: true })
  // Copy then remove rather than rename: the two folders may be on different file systems.
  await writeNew(join(dir, found.file), text)
  await rm(found.full, { force: true })
  return option(params.scope as PromptScope, dir, found.file, text)
}

function scopeDirs(opts: PromptsOptions): Array<[PromptScope, string]> {
  const dirs: Array<[PromptScope, string]> = []
  if (opts.workspaceId !== undefined) dirs.push(['workspace', promptsWorkspaceDir(opts.dataDir, opts.workspaceId)])
  dirs.push(['global', promptsGlobalDir(opts.codexHome)])
  return dirs
}

function scopeDir(opts: PromptsOptions, scope: unknown): string {
  if (scope !== 'global' && scope !== 'workspace') throw new GatewayError('INVALID_REQUEST', 'scope is "global" or "workspace"')
  if (scope === 'workspace' && opts.workspaceId === undefined) throw new GatewayError('INVALID_REQUEST', 'workspace prompts need a workspace id')
  return scope === 'global' ? promptsGlobalDir(opts.codexHome) : promptsWorkspaceDir(opts.dataDir, opts.workspaceId)
}

/**
 * Where a client-given path points, if it is a prompt: absolute, no `..`, a `.md` file
 * directly in one of the prompt folders once both sides are canonicalised (so a symlinked
 * folder still matches), and a regular file, not a symlink.
 */
async function locate(opts: PromptsOptions, path: unknown): Promise<{ scope: PromptScope, dir: string, file: string, full: string }> {
  if (typeof path !== 'string' || path === '' || path.includes('\0') || !path.isWellFormed() || Buffer.byteLength(path) > 4096) {
    throw badPath('the path is empty or not valid text')
  }
  if (!isAbsolute(path) || path.split(/[\\/]/).includes('..')) throw badPath('the path must be absolute, without ".."')
  const file = basename(path)
  if (!isPromptFile(file)) throw badPath('the path does not name a .md prompt file')
  const parent = dirname(resolve(path))
  const realParent = await realpath(parent).catch(() => null)
  for (const [scope, dir] of scopeDirs(opts)) {
    const realDir = await realpath(dir).catch(() => null)
    if (parent !== dir && (realParent === null || realParent !== realDir)) continue
    const info = realDir === null ? null : await lstat(join(realDir, file)).catch(() => null)
    if (info === null) throw new GatewayError('PROMPT_NOT_FOUND', 'no prompt file at that path')
    if (!info.isFile()) throw badPath('the path is not a regular file')
    return { scope, dir, file, full: join(dir, file) }
  }
  throw badPath('the path is not in a prompts folder')
}

function badPath(why: string): GatewayError {
  return new GatewayError('INVALID_PATH', why)
}

function isPromptFile(file: string): boolean {
  return !file.startsWith('.') && /\.md$/i.test(file) && file.length > 3
}

function promptName(name: unknown): string {
  if (typeof name !== 'string' || !/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(name) || name.length > MAX_PROMPT_NAME) {
    throw new GatewayError('INVALID_REQUEST', `a prompt name is 1 to ${MAX_PROMPT_NAME} letters, digits, ".", "_" or "-", not starting with "." or "-"`)
  }
  return name
}

async function readPrompt(path: string): Promise<string> {
  const info = await lstat(path)
  if (!info.isFile() || info.size > MAX_PROMPT_BYTES) throw new GatewayError('PAYLOAD_TOO_LARGE', 'the prompt file is too large')
  return readFile(path, 'utf8')
}

async function sameFile(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([lstat(a).catch(() => null), lstat(b).catch(() => null)])
  return x !== null && y !== null && x.ino === y.ino && x.dev === y.dev
}

/**
 * Writes a file that must not exist yet, atomically: a private temp file is filled, flushed,
 * then hard-linked to the name (which fails if the name is taken, with no window in between).
 * Where hard links are unsupported it falls back to a check and a rename.
 */
async function writeNew(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx', 0o644)
  try {
    await handle.writeFile(text)
    await handle.sync()
    await handle.close()
    await link(temp, path).catch(async (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') throw new GatewayError('PROMPT_ALREADY_EXISTS', 'a prompt with that name already exists')
      if (await lstat(path).then(() => true, () => false)) throw new GatewayError('PROMPT_ALREADY_EXISTS', 'a prompt with that name already exists')
      await rename(temp, path)
    })
  } finally {
    await handle.close().catch(() => {})
    await rm(temp, { force: true })
  }
}

function option(scope: PromptScope, dir: string, file: string, text: string): CustomPromptOption {
  const { description, argumentHint, body } = parseFrontMatter(text)
  const meta = { ...(description === undefined ? {} : { description }), ...(argumentHint === undefined ? {} : { argumentHint }) }
  return { name: file.replace(/\.md$/i, ''), path: join(dir, file), ...meta, content: body, scope }
}

/** The file text: front matter only when there is a description or argument hint, values JSON-quoted so any text survives. */
function render(params: PromptFields): string {
  if (typeof params.content !== 'string') throw new GatewayError('INVALID_REQUEST', 'content must be text')
  const meta = [['description', params.description], ['argument-hint', params.argumentHint]].flatMap(([key, value]) => {
    if (value === undefined || value === null) return []
    if (typeof value !== 'string' || value.length > MAX_META_CHARS) throw new GatewayError('INVALID_REQUEST', `${key} must be text of at most ${MAX_META_CHARS} characters`)
    return value.trim() === '' ? [] : [`${key}: ${JSON.stringify(value.trim())}\n`]
  })
  // A body that itself starts with `---` gets an empty front matter, or it would be read back as one.
  const bare = meta.length === 0 && params.content.split('\n', 1)[0].trim() !== '---'
  const text = bare ? params.content : `---\n${meta.join('')}---\n${params.content}`
  if (Buffer.byteLength(text) > MAX_PROMPT_BYTES) throw new GatewayError('PAYLOAD_TOO_LARGE', `a prompt is at most ${MAX_PROMPT_BYTES} bytes`)
  return text
}

/**
 * Splits `---` front matter from the body the way Codex reads prompt files: `key: value`
 * lines, `#` comments and blank lines until a closing `---`; without one the whole text is
 * the body. Quoted values are unquoted (JSON escapes in double quotes, `''` in single).
 */
export function parseFrontMatter(text: string): { description?: string, argumentHint?: string, body: string } {
  const lines = text.split(/(?<=\n)/)
  if (lines[0]?.trim() !== '---') return { body: text }
  const meta: { description?: string, argumentHint?: string } = {}
  let consumed = lines[0].length
  for (const line of lines.slice(1)) {
    consumed += line.length
    const trimmed = line.trim()
    if (trimmed === '---') return { ...meta, body: text.slice(consumed) }
    const colon = trimmed.indexOf(':')
    if (trimmed.startsWith('#') || colon === -1) continue
    const key = trimmed.slice(0, colon).trim().toLowerCase()
    const value = unquote(trimmed.slice(colon + 1).trim())
    if (key === 'description') meta.description = value
    if (key === 'argument-hint' || key === 'argument_hint') meta.argumentHint = value
  }
  return { body: text }
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      return String(JSON.parse(value))
    } catch {
      return value.slice(1, -1)
    }
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replaceAll("''", "'")
  return value
}
