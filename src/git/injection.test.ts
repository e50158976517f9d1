import { existsSync } from 'node:fs'
import { symlink } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import type { Test } from 'tap'
import { gitCheckout } from './branches.ts'
import { gitDiff } from './diff.ts'
import { GitError } from './git-error.ts'
import { git, listing, repoState, tempDir, tempRepo, write } from './test-repo.ts'

// Hostile branch names and paths, as a client might send them. Each must be refused or taken
// literally, and in either case change nothing: no ref, no HEAD move, no work tree or index
// change, no file written outside the repository.

const GLOBAL_TARGETS = ['/tmp/pwned', '/tmp/x']

interface Scene { repo: string, outside: string, sentinel: string }

// A repository with a staged, an unstaged and an untracked change (so a pathspec that leaked
// as a glob would show up), a previous branch (so `-` or `@{-1}` would move HEAD), and an
// untracked symlink pointing outside.
async function scene(t: Test): Promise<Scene> {
  const repo = await tempRepo(t)
  const outside = await tempDir(t)
  await write(outside, 'secret.txt', 'secret\n')
  git(repo, 'branch', 'other')
  git(repo, 'switch', '--quiet', 'other')
  git(repo, 'switch', '--quiet', 'main')
  await write(repo, 'staged.txt', 'staged\n')
  git(repo, 'add', 'staged.txt')
  await write(repo, 'README.md', 'unstaged\n')
  await write(repo, 'untracked.txt', 'untracked\n')
  await symlink(outside, join(repo, 'escape'))
  return { repo, outside, sentinel: join(outside, 'pwned') }
}

function hostile({ outside, sentinel }: Scene): string[] {
  return ['-h', '--help', '-', '-D', '-d', '-f', '-C', '--orphan=x', '--orphan', '--detach', '--force', '--', '--end-of-options',
    `--upload-pack=touch ${sentinel}`, '--upload-pack=touch /tmp/pwned', `--output=${outside}/x`, '--output=/tmp/x', '--ext-diff',
    '--no-index', '-R', '../../etc/passwd', '/etc/passwd', `${outside}/secret.txt`, 'a\0b', '%2e%2e/x', 'escape',
    'escape/secret.txt', 'x'.repeat(10_000), '@{-1}', '@', 'HEAD', 'main~1', 'main^', 'HEAD:README.md', ':/init', '*', ':(top)*',
    ':(glob)**', '.git/config', '.git', '$(touch pwned)', '`touch pwned`', 'main;touch pwned', 'main\ntouch', 'refs/heads/main']
}

// Proves the attempt changed nothing; returns a function to call after it.
async function noEffects(t: Test, { repo, outside }: Scene): Promise<(label: string) => Promise<void>> {
  const state = repoState(repo)
  const files = await listing(outside)
  const globals = GLOBAL_TARGETS.map(existsSync)
  return async label => {
    t.same(repoState(repo), state, `${label}: refs, HEAD, index and work tree unchanged`)
    t.same(await listing(outside), files, `${label}: nothing written outside the repository`)
    t.same(GLOBAL_TARGETS.map(existsSync), globals, `${label}: nothing written to /tmp`)
  }
}

const label = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 20)}…(${value.length})` : value)

t.test('hostile branch names are refused or not found, and checkout changes nothing', async t => {
  const s = await scene(t)
  const unchanged = await noEffects(t, s)
  for (const name of hostile(s)) {
    const error = await gitCheckout(s.repo, name).then(() => null, (e: unknown) => e)
    t.ok(error instanceof GitError && ['INVALID_BRANCH_NAME', 'BRANCH_NOT_FOUND'].includes(error.reason), `${label(name)} is refused`)
    await unchanged(label(name))
  }
})

t.test('hostile diff paths are refused or matched literally against nothing, and change nothing', async t => {
  const s = await scene(t)
  const unchanged = await noEffects(t, s)
  const nothing = { staged: '', unstaged: '', untracked: [], truncated: false }
  for (const path of hostile(s)) {
    const outcome = await gitDiff(s.repo, { path }).then(diff => diff, (e: unknown) => e)
    if (outcome instanceof GitError) t.ok(['INVALID_PATH', 'PATH_OUTSIDE_REPO'].includes(outcome.reason), `${label(path)} is refused`)
    else t.same(outcome, nothing, `${label(path)} is a literal path that matches no file`)
    await unchanged(label(path))
  }
})

t.test('the paths that escape are refused, not quietly matched', async t => {
  const s = await scene(t)
  for (const path of ['../../etc/passwd', '/etc/passwd', `${s.outside}/secret.txt`, 'escape', 'escape/secret.txt', '.git/config']) {
    await t.rejects(gitDiff(s.repo, { path }), { name: 'GitError', reason: 'PATH_OUTSIDE_REPO' }, label(path))
  }
  for (const path of ['a\0b', 'x'.repeat(10_000)]) await t.rejects(gitDiff(s.repo, { path }), { name: 'GitError', reason: 'INVALID_PATH' }, label(path))
})

t.test('names that look like options or revisions never reach git as such', async t => {
  const s = await scene(t)
  for (const name of ['-h', '-D', '--orphan=x', `--upload-pack=touch ${s.sentinel}`, '-', '@{-1}', '@', 'HEAD', 'main~1', 'x'.repeat(10_000), 'a\0b']) {
    await t.rejects(gitCheckout(s.repo, name), { name: 'GitError', reason: 'INVALID_BRANCH_NAME' }, label(name))
  }
})
