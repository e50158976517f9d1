import { existsSync } from 'node:fs'
import { symlink } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import type { Test } from 'tap'
import { GatewayError } from '../errors.ts'
import { checkoutGitBranch, createGitBranch } from './daemon-branches.ts'
import { getGitCommitDiff } from './daemon-diff.ts'
import { revertGitFile, stageGitFile, unstageGitFile } from './daemon-stage.ts'
import { git, listing, repoState, tempDir, tempRepo, write } from './test-repo.ts'

// Hostile branch names, paths and shas against every daemon git function that takes one.
// Each must be refused or taken literally, and either way change nothing: no ref, no HEAD
// move, no index or work-tree change, nothing written outside the repository or to /tmp.

const GLOBAL_TARGETS = ['/tmp/pwned', '/tmp/x']
const REFUSALS = ['INVALID_BRANCH_NAME', 'BRANCH_NOT_FOUND', 'BRANCH_ALREADY_EXISTS', 'INVALID_PATH', 'PATH_OUTSIDE_REPO',
  'INVALID_REQUEST', 'COMMIT_NOT_FOUND', 'GIT_FAILED']

interface Scene { repo: string, outside: string, sentinel: string }

// Staged, unstaged and untracked changes (so a pathspec read as a glob would touch them), a
// previous branch (so `-` or `@{-1}` would move HEAD) and an untracked symlink out.
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
  return ['-h', '--help', '-', '-D', '-f', '-C', '--orphan=x', '--detach', '--force', '--', '--end-of-options', '-p', '--all',
    `--upload-pack=touch ${sentinel}`, '--upload-pack=touch /tmp/pwned', `--output=${outside}/x`, '--output=/tmp/x', '--ext-diff',
    '../../etc/passwd', '/etc/passwd', `${outside}/secret.txt`, 'a\0b', '%2e%2e/x', 'escape', 'escape/secret.txt', '.',
    'x'.repeat(10_000), '@{-1}', '@', 'HEAD', 'HEAD~1', 'main^', 'HEAD:README.md', ':/init', '*', '*.txt', ':(top)*', ':(glob)**',
    '.git/config', '.git', '$(touch pwned)', '`touch pwned`', 'main;touch pwned', 'main\ntouch', 'refs/heads/main', 'other',
    'abcd', 'ABCDEF0123', 'abcd^{tree}', 'abcd..HEAD', 'abcd\n']
}

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

// Refused with one of the table's codes, or done; the caller then checks what changed.
async function outcome(t: Test, attempt: Promise<unknown>, what: string): Promise<boolean> {
  const error = await attempt.then(() => null, (e: unknown) => e)
  if (error === null) return true
  t.ok(error instanceof GatewayError && REFUSALS.includes(error.code), `${what} is refused (${(error as Error).message})`)
  return false
}

const pathOps = { stageGitFile, unstageGitFile, revertGitFile }

for (const [name, op] of Object.entries(pathOps)) {
  t.test(`hostile paths given to ${name} are refused or match nothing, and change nothing`, async t => {
    const s = await scene(t)
    const unchanged = await noEffects(t, s)
    for (const path of hostile(s)) {
      await outcome(t, op(s.repo, path), label(path))
      await unchanged(label(path))
    }
  })
}

t.test('hostile names given to checkout are refused or not found, and change nothing', async t => {
  const s = await scene(t)
  const unchanged = await noEffects(t, s)
  for (const name of hostile(s).filter(n => n !== 'other')) {
    t.equal(await outcome(t, checkoutGitBranch(s.repo, name), label(name)), false)
    await unchanged(label(name))
  }
})

t.test('hostile names given to create are refused, or create exactly that one branch and nothing else', async t => {
  const s = await scene(t)
  const unchanged = await noEffects(t, s)
  const refs = () => git(s.repo, 'for-each-ref', '--format=%(refname)').split('\n').filter(Boolean)
  const before = refs()
  for (const name of hostile(s)) {
    if (await outcome(t, createGitBranch(s.repo, name, false), label(name))) {
      t.same(refs().filter(r => !before.includes(r)), [`refs/heads/${name}`], `${label(name)} is a branch of that literal name`)
      git(s.repo, 'branch', '-D', '--', name)
    }
    await unchanged(label(name))
  }
})

t.test('hostile shas given to the commit diff are refused or not found, and change nothing', async t => {
  const s = await scene(t)
  const unchanged = await noEffects(t, s)
  for (const sha of hostile(s)) {
    t.equal(await outcome(t, getGitCommitDiff(s.repo, sha), label(sha)), false)
    await unchanged(label(sha))
  }
})
