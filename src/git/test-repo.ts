import { execFileSync } from 'node:child_process'
import { realpathSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { Test } from 'tap'

// Test support for src/git (not a test itself). Importing it makes git hermetic for the test
// process: no user or system config, no identity from the environment, and no repository
// found above the temp directory.
process.env.GIT_CONFIG_GLOBAL = '/dev/null'
process.env.GIT_CONFIG_NOSYSTEM = '1'
process.env.GIT_CEILING_DIRECTORIES = realpathSync(tmpdir())
for (const name of ['GIT_AUTHOR_NAME', 'GIT_AUTHOR_EMAIL', 'GIT_COMMITTER_NAME', 'GIT_COMMITTER_EMAIL', 'EMAIL']) delete process.env[name]

/** A fresh directory under the system temp dir (real path), removed when the test ends. */
export async function tempDir(t: Test): Promise<string> {
  const dir = realpathSync(await mkdtemp(join(tmpdir(), 'gw-git-')))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  return dir
}

/** Runs git for test setup and returns its stdout; throws on failure. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 })
}

/** Writes a file under `root`, creating folders as needed. */
export async function write(root: string, path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true })
  await writeFile(join(root, path), content)
}

/**
 * A temp repository on branch main. By default it has a local identity and one commit of
 * README.md; `identity: false` leaves it without one (and forbids git from guessing).
 */
export async function tempRepo(t: Test, options: { identity?: boolean, commit?: boolean } = {}): Promise<string> {
  const dir = await tempDir(t)
  git(dir, 'init', '--quiet', '-b', 'main')
  if (options.identity ?? true) {
    git(dir, 'config', 'user.name', 'Test User')
    git(dir, 'config', 'user.email', 'test@example.com')
  } else {
    git(dir, 'config', 'user.useConfigOnly', 'true')
  }
  if (options.commit ?? true) {
    await write(dir, 'README.md', 'hello\n')
    git(dir, 'add', 'README.md')
    git(dir, 'commit', '--quiet', '-m', 'init')
  }
  return dir
}

/** Everything a stray git command could change: refs, HEAD, index and work tree state. */
export function repoState(repo: string): { head: string, refs: string, status: string } {
  return {
    head: git(repo, 'rev-parse', '--symbolic-full-name', 'HEAD') + git(repo, 'rev-parse', 'HEAD'),
    refs: git(repo, 'for-each-ref', '--format=%(refname) %(objectname)'),
    status: git(repo, 'status', '--porcelain=v2', '-z', '--branch', '--untracked-files=all', '--ignored'),
  }
}

/** The names in a directory, sorted, to prove nothing was written there. */
export async function listing(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).sort()
}
