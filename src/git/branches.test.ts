import { execFileSync } from 'node:child_process'
import t from 'tap'
import { gitBranches, gitCheckout } from './branches.ts'
import { git, repoState, tempDir, tempRepo, write } from './test-repo.ts'

// Commits on a new branch with a fixed committer date, so the order is known.
function branchAt(repo: string, name: string, date: string): void {
  git(repo, 'switch', '--quiet', '-c', name, 'main')
  const env = { ...process.env, GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date }
  execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', name], { cwd: repo, env, timeout: 10_000 })
}

t.test('local branches come back most recent commit first, the current one marked', async t => {
  const repo = await tempRepo(t)
  branchAt(repo, 'old', '2001-01-01T00:00:00Z')
  branchAt(repo, 'newest', '2030-01-01T00:00:00Z')
  branchAt(repo, 'middle', '2020-06-01T12:00:00+02:00')
  git(repo, 'switch', '--quiet', 'old')
  const branches = await gitBranches(repo)
  t.same(branches.map(b => b.name), ['newest', 'main', 'middle', 'old'])
  t.same(branches.filter(b => b.current).map(b => b.name), ['old'])
  t.same(branches.find(b => b.name === 'middle'), { name: 'middle', current: false, lastCommitAt: '2020-06-01T10:00:00.000Z' })
})

t.test('a fresh repository has no branches yet', async t => {
  t.same(await gitBranches(await tempRepo(t, { commit: false })), [])
})

t.test('a tag with a branch\'s name does not change the branch\'s name', async t => {
  const repo = await tempRepo(t)
  git(repo, 'branch', 'feature/x')
  git(repo, 'tag', 'main')
  git(repo, 'tag', 'feature/x')
  t.same((await gitBranches(repo)).map(b => b.name).sort(), ['feature/x', 'main'])
  t.same(await gitCheckout(repo, 'feature/x'), { branch: 'feature/x' }, 'and checkout still finds the branch')
})

t.test('branches of a directory outside any repository is NOT_A_REPOSITORY', async t => {
  await t.rejects(gitBranches(await tempDir(t)), { name: 'GitError', reason: 'NOT_A_REPOSITORY' })
})

t.test('checkout switches to an existing local branch and returns it', async t => {
  const repo = await tempRepo(t)
  git(repo, 'branch', 'feature/mobile-shell')
  t.same(await gitCheckout(repo, 'feature/mobile-shell'), { branch: 'feature/mobile-shell' })
  t.equal(git(repo, 'symbolic-ref', 'HEAD').trim(), 'refs/heads/feature/mobile-shell')
  t.same(await gitCheckout(repo, 'feature/mobile-shell'), { branch: 'feature/mobile-shell' }, 'again is a no-op')
})

t.test('checkout of an unknown branch is BRANCH_NOT_FOUND and creates nothing', async t => {
  const repo = await tempRepo(t)
  const before = repoState(repo)
  await t.rejects(gitCheckout(repo, 'nope'), { name: 'GitError', reason: 'BRANCH_NOT_FOUND', message: 'no local branch has that name' })
  t.same(repoState(repo), before)
})

t.test('checkout never makes a local branch out of a remote-tracking one', async t => {
  const repo = await tempRepo(t)
  git(repo, 'update-ref', 'refs/remotes/origin/feature', 'HEAD')
  const before = repoState(repo)
  await t.rejects(gitCheckout(repo, 'feature'), { name: 'GitError', reason: 'BRANCH_NOT_FOUND' })
  t.same(repoState(repo), before)
})

t.test('checkout refused by git because of local changes comes back with git\'s reason', async t => {
  const repo = await tempRepo(t)
  git(repo, 'switch', '--quiet', '-c', 'other')
  await write(repo, 'README.md', 'other\n')
  git(repo, 'commit', '-qam', 'other readme')
  git(repo, 'switch', '--quiet', 'main')
  await write(repo, 'README.md', 'local edit\n')
  await t.rejects(gitCheckout(repo, 'other'), { name: 'GitError', reason: 'GIT_FAILED', message: /^git switch failed: error: Your local changes/ })
  t.equal(git(repo, 'symbolic-ref', 'HEAD').trim(), 'refs/heads/main')
})
