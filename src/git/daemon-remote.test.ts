import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { getGitRemote, pullGit, pushGit, syncGit } from './daemon-remote.ts'
import { commitFile, otherClone, repoWithRemote } from './test-remote.ts'
import { git, tempDir, tempRepo, write } from './test-repo.ts'

const rev = (repo: string, name: string) => git(repo, 'rev-parse', name).trim()
const parents = (repo: string, name: string) => git(repo, 'show', '-s', '--format=%P', name).trim().split(' ')

t.test('the remote URL is origin\'s, else the first remote\'s, else null, with any password hidden', async t => {
  const repo = await tempRepo(t)
  t.equal(await getGitRemote(repo), null)
  git(repo, 'remote', 'add', 'upstream', 'git@example.com:org/up.git')
  t.equal(await getGitRemote(repo), 'git@example.com:org/up.git')
  git(repo, 'remote', 'add', 'origin', 'https://me:s3cret@example.com/org/repo.git')
  t.equal(await getGitRemote(repo), 'https://me:***@example.com/org/repo.git')
  git(repo, 'remote', 'set-url', 'origin', 'https://example.com/org/repo.git')
  t.equal(await getGitRemote(repo), 'https://example.com/org/repo.git')
})

t.test('push sends the branch to its upstream', async t => {
  const { repo, bare } = await repoWithRemote(t)
  const sha = await commitFile(repo, 'a.txt', 'a\n', 'mine')
  await pushGit(repo)
  t.equal(rev(bare, 'main'), sha)
})

t.test('push of a branch without an upstream publishes it under its name and tracks it', async t => {
  const { repo, bare } = await repoWithRemote(t)
  git(repo, 'switch', '-qc', 'feature/x')
  const sha = await commitFile(repo, 'f.txt', 'f\n', 'feature')
  await pushGit(repo)
  t.equal(rev(bare, 'refs/heads/feature/x'), sha)
  t.equal(git(repo, 'rev-parse', '--abbrev-ref', '@{upstream}').trim(), 'origin/feature/x')
})

t.test('a rejected push says why in git\'s words and changes nothing remote', async t => {
  const { repo, bare } = await repoWithRemote(t)
  const other = await otherClone(t, bare)
  const theirs = await commitFile(other, 'b.txt', 'b\n', 'theirs')
  git(other, 'push', '--quiet', 'origin', 'main')
  await commitFile(repo, 'a.txt', 'a\n', 'mine')
  await t.rejects(pushGit(repo), { name: 'GitError', reason: 'GIT_FAILED', message: /^git push failed: (! \[rejected\]|error: failed to push)/ })
  t.equal(rev(bare, 'main'), theirs)
})

t.test('pull fast-forwards to the upstream', async t => {
  const { repo, bare } = await repoWithRemote(t)
  const other = await otherClone(t, bare)
  const theirs = await commitFile(other, 'b.txt', 'b\n', 'theirs')
  git(other, 'push', '--quiet', 'origin', 'main')
  await pullGit(repo)
  t.equal(rev(repo, 'HEAD'), theirs)
})

t.test('pull of diverged branches merges when no strategy is set, keeping uncommitted work', async t => {
  const { repo, bare } = await repoWithRemote(t)
  const other = await otherClone(t, bare)
  const theirs = await commitFile(other, 'b.txt', 'b\n', 'theirs')
  git(other, 'push', '--quiet', 'origin', 'main')
  const mine = await commitFile(repo, 'a.txt', 'a\n', 'mine')
  await write(repo, 'README.md', 'work in progress\n')
  await pullGit(repo)
  t.same(parents(repo, 'HEAD'), [mine, theirs], 'a merge commit of both')
  t.equal(await readFile(join(repo, 'README.md'), 'utf8'), 'work in progress\n', 'autostashed and restored')
})

t.test('pull honours pull.rebase and replays local commits on the upstream', async t => {
  const { repo, bare } = await repoWithRemote(t)
  git(repo, 'config', 'pull.rebase', 'true')
  const other = await otherClone(t, bare)
  const theirs = await commitFile(other, 'b.txt', 'b\n', 'theirs')
  git(other, 'push', '--quiet', 'origin', 'main')
  await commitFile(repo, 'a.txt', 'a\n', 'mine')
  await pullGit(repo)
  t.same(parents(repo, 'HEAD'), [theirs], 'linear history')
  t.equal(git(repo, 'log', '-1', '--format=%s').trim(), 'mine')
})

t.test('a conflicting pull fails with the CONFLICT line', async t => {
  const { repo, bare } = await repoWithRemote(t)
  const other = await otherClone(t, bare)
  await commitFile(other, 'README.md', 'theirs\n', 'theirs')
  git(other, 'push', '--quiet', 'origin', 'main')
  await commitFile(repo, 'README.md', 'mine\n', 'mine')
  await t.rejects(pullGit(repo), { name: 'GitError', reason: 'GIT_FAILED', message: /CONFLICT/ })
})

t.test('pull without an upstream and push without a remote or on a detached HEAD fail as GIT_FAILED', async t => {
  const repo = await tempRepo(t)
  await t.rejects(pullGit(repo), { name: 'GitError', reason: 'GIT_FAILED' })
  await t.rejects(pushGit(repo), { name: 'GitError', reason: 'GIT_FAILED', message: 'the repository has no remote to push to' })
  git(repo, 'checkout', '-q', '--detach')
  await t.rejects(pushGit(repo), { name: 'GitError', reason: 'GIT_FAILED', message: /detached/ })
})

t.test('sync pulls then pushes, so both sides end with both commits', async t => {
  const { repo, bare } = await repoWithRemote(t)
  const other = await otherClone(t, bare)
  const theirs = await commitFile(other, 'b.txt', 'b\n', 'theirs')
  git(other, 'push', '--quiet', 'origin', 'main')
  const mine = await commitFile(repo, 'a.txt', 'a\n', 'mine')
  await syncGit(repo)
  t.equal(rev(bare, 'main'), rev(repo, 'HEAD'))
  t.same(parents(repo, 'HEAD'), [mine, theirs])
})

t.test('sync of a branch without an upstream only pushes it', async t => {
  const { repo, bare } = await repoWithRemote(t)
  git(repo, 'switch', '-qc', 'new')
  const sha = await commitFile(repo, 'n.txt', 'n\n', 'new')
  await syncGit(repo)
  t.equal(rev(bare, 'refs/heads/new'), sha)
})

t.test('a directory outside any repository is NOT_A_REPOSITORY', async t => {
  const dir = await tempDir(t)
  for (const op of [getGitRemote, pullGit, pushGit, syncGit] as Array<(dir: string) => Promise<unknown>>) {
    await t.rejects(op(dir), { name: 'GitError', reason: 'NOT_A_REPOSITORY' }, op.name)
  }
})
