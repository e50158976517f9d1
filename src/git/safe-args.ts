import { readlink, realpath } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import { GatewayError } from '../errors.ts'
import { GitError } from './git-error.ts'

// Everything a client sends passes through here before it reaches git, and even then only as
// one argv element after `--` or `--end-of-options`: this file decides what the value may be,
// the argv position decides that git can never read it as an option.

/** Longest branch name accepted, in UTF-8 bytes (git's own limit is the filesystem's name length). */
export const MAX_BRANCH_NAME_BYTES = 255
/** Longest path accepted, in UTF-8 bytes. */
export const MAX_PATH_BYTES = 4096
/** Largest commit message accepted, in UTF-8 bytes. */
export const MAX_COMMIT_MESSAGE_BYTES = 64 * 1024
const MAX_SYMLINK_HOPS = 40

/**
 * Refuses anything but a plain local branch name: the rules of `git check-ref-format --branch`
 * (checked here rather than by running it, because `--branch` expands `@{-1}` and `@` against
 * the current repository), plus no leading `-`, not `HEAD` or `@`, and a length cap.
 */
export function assertBranchName(name: unknown): asserts name is string {
  const problem = branchNameProblem(name)
  // The name is left out of the message: it may be 10 kB of anything.
  if (problem) throw new GitError('INVALID_BRANCH_NAME', `invalid branch name: ${problem}`)
}

function branchNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name === '') return 'it is empty'
  if (Buffer.byteLength(name) > MAX_BRANCH_NAME_BYTES) return `it is longer than ${MAX_BRANCH_NAME_BYTES} bytes`
  if (!name.isWellFormed()) return 'it is not valid Unicode'
  if (name.startsWith('-')) return 'it starts with "-"'
  if (name === 'HEAD' || name === '@') return `"${name}" is not a branch`
  if (/[\x00-\x20\x7f~^:?*[\\]/.test(name)) return 'it contains a space, a control character or one of ~ ^ : ? * [ \\'
  if (name.includes('..') || name.includes('@{')) return 'it contains ".." or "@{"'
  if (name.startsWith('/') || name.endsWith('/') || name.includes('//')) return 'it has an empty path component'
  if (name.endsWith('.')) return 'it ends with "."'
  if (name.split('/').some(part => part.startsWith('.') || part.endsWith('.lock'))) return 'a component starts with "." or ends with ".lock"'
  return null
}

/** Refuses a commit message that is not text, is blank, holds a NUL byte or is over the size cap. */
export function assertCommitMessage(message: unknown): asserts message is string {
  if (typeof message !== 'string' || message.trim() === '') throw new GatewayError('INVALID_REQUEST', 'the commit message is empty')
  if (Buffer.byteLength(message) > MAX_COMMIT_MESSAGE_BYTES) {
    throw new GatewayError('PAYLOAD_TOO_LARGE', `the commit message is longer than ${MAX_COMMIT_MESSAGE_BYTES} bytes`)
  }
  if (message.includes('\0') || !message.isWellFormed()) throw new GatewayError('INVALID_REQUEST', 'the commit message is not valid text')
}

/**
 * Turns a client path (relative to the repository root, or absolute inside it) into a
 * repository-relative path with `/` separators, `.` for the root. Refuses NUL bytes, `..`
 * escapes, absolute paths elsewhere, anything under `.git`, and paths that leave the
 * repository once symlinks are resolved (the longest existing prefix is canonicalised, and
 * dangling links are followed by hand). The result is still passed after `--`, and git runs
 * with literal pathspecs, so `*`, `:(top)` or a leading `-` mean only themselves.
 */
export async function resolveRepoPath(repoRoot: string, path: unknown): Promise<string> {
  if (typeof path !== 'string' || path === '') throw new GitError('INVALID_PATH', 'the path is empty')
  if (path.includes('\0') || !path.isWellFormed()) throw new GitError('INVALID_PATH', 'the path is not valid text')
  if (Buffer.byteLength(path) > MAX_PATH_BYTES) throw new GitError('INVALID_PATH', `the path is longer than ${MAX_PATH_BYTES} bytes`)
  const root = await realpath(repoRoot)
  const target = isAbsolute(path) ? resolve(path) : resolve(root, path)
  // An absolute path may name the root the way the caller spelled it or by its real path.
  const inside = [resolve(repoRoot), root].map(base => relative(base, target)).find(rel => !leaves(rel))
  if (inside === undefined) throw outside()
  const canonical = relative(root, await canonicalise(join(root, inside), 0))
  if (leaves(canonical)) throw outside()
  return inside === '' ? '.' : inside.split(sep).join('/')
}

// `..` at the front, an absolute result (another drive) or the repository's own `.git`.
function leaves(rel: string): boolean {
  const parts = rel.split(sep)
  return isAbsolute(rel) || parts[0] === '..' || parts.some(part => part.toLowerCase() === '.git')
}

function outside(): GitError {
  return new GitError('PATH_OUTSIDE_REPO', 'the path is outside the repository')
}

/** The real path of `target`: realpath of its longest existing prefix with the missing rest appended. */
async function canonicalise(target: string, hops: number): Promise<string> {
  if (hops > MAX_SYMLINK_HOPS) throw outside()
  const tail: string[] = []
  for (let head = target; ; head = dirname(head)) {
    try {
      return join(await realpath(head), ...tail)
    } catch (error) {
      if (code(error) === 'ELOOP') throw outside()
      // A name over the file system's limit cannot exist: say so instead of failing as internal.
      if (code(error) === 'ENAMETOOLONG') throw new GitError('INVALID_PATH', 'a name in the path is too long')
      if (code(error) !== 'ENOENT' && code(error) !== 'ENOTDIR') throw error
    }
    // A dangling symlink: realpath refuses it, but git would still read where it points.
    const link = await readlink(head).catch(() => null)
    if (link !== null) return canonicalise(join(resolve(dirname(head), link), ...tail), hops + 1)
    if (dirname(head) === head) return target
    tail.unshift(basename(head))
  }
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code
}
