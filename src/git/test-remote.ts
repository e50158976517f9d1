import { join } from 'node:path'
import type { Test } from 'tap'
import { git, tempDir, tempRepo, write } from './test-repo.ts'

// Test support for pull, push, sync and ahead/behind (not a test itself): a local bare
// repository as `origin`, so no network is involved.

/** A repository on main whose `origin` is a fresh bare repository, main pushed and tracked. */
export async function repoWithRemote(t: Test): Promise<{ repo: string, bare: string }> {
  const repo = await tempRepo(t)
  const bare = join(await tempDir(t), 'origin.git')
  git(repo, 'init', '--quiet', '--bare', '-b', 'main', bare)
  git(repo, 'remote', 'add', 'origin', bare)
  git(repo, 'push', '--quiet', '-u', 'origin', 'main')
  return { repo, bare }
}

/** A second clone of `bare` with its own identity, standing for another machine. */
export async function otherClone(t: Test, bare: string): Promise<string> {
  const dir = join(await tempDir(t), 'other')
  git(await tempDir(t), 'clone', '--quiet', bare, dir)
  git(dir, 'config', 'user.name', 'Other User')
  git(dir, 'config', 'user.email', 'other@example.com')
  return dir
}

/** Writes `path` with `content` and commits it with `message`; returns the new commit's sha. */
export async function commitFile(repo: string, path: string, content: string, message: string): Promise<string> {
  await write(repo, path, content)
  git(repo, 'add', '--', path)
  git(repo, 'commit', '--quiet', '-m', message)
  return git(repo, 'rev-parse', 'HEAD').trim()
}
