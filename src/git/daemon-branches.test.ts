import { execFileSync } from 'node:child_process'
import t from 'tap'
import { checkoutGitBranch, createGitBranch, listGitBranches } from './daemon-branches.ts'
import { git, repoState, tempDir, tempRepo } from './test-repo.ts'

const current = (repo: string) => git(repo, 'symbolic-ref', '--short', 'HEAD').trim()

t.test('branches come back most recent commit first with unix-second times', async t => {
  const repo = await tempRepo(t)
  git(repo, 'switch', '-qc', 'future')
  const env = { ...process.env, GIT_COMMITTER_DATE: '2030-01-01T00:00:00Z' }
  execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', 'later'], { cwd: repo, env })
  const branches = await listGitBranches(repo)
  t.same(branches.map(b => b.name), ['future', 'main'])
  t.same(branches[0], { name: 'future', last_commit: Date.parse('2030-01-01T00:00:00Z') / 1000 })
  t.ok(Number.isInteger(branches[1].last_commit))
})

t.test('checkout switches to an existing branch and refuses an unknown one', async t => {
  const repo = await tempRepo(t)
  git(repo, 'branch', 'other')
  await checkoutGitBranch(repo, 'other')
  t.equal(current(repo), 'other')
  await t.rejects(checkoutGitBranch(repo, 'missing'), { name: 'GitError', reason: 'BRANCH_NOT_FOUND' })
})

t.test('create makes a branch at HEAD and checks it out, or not when asked', async t => {
  const repo = await tempRepo(t)
  const head = git(repo, 'rev-parse', 'HEAD')
  await createGitBranch(repo, 'feature/one')
  t.equal(current(repo), 'feature/one')
  t.equal(git(repo, 'rev-parse', 'feature/one'), head)
  await createGitBranch(repo, 'feature/two', false)
  t.equal(current(repo), 'feature/one')
  t.equal(git(repo, 'rev-parse', 'feature/two'), head)
})

t.test('creating a branch that exists is BRANCH_ALREADY_EXISTS and moves nothing', async t => {
  const repo = await tempRepo(t)
  git(repo, 'branch', 'taken')
  git(repo, 'commit', '-q', '--allow-empty', '-m', 'newer')
  const before = repoState(repo)
  await t.rejects(createGitBranch(repo, 'taken'), { code: 'BRANCH_ALREADY_EXISTS' })
  await t.rejects(createGitBranch(repo, 'main', false), { code: 'BRANCH_ALREADY_EXISTS' })
  t.same(repoState(repo), before)
})

t.test('an invalid new branch name is refused before git runs', async t => {
  const dir = await tempDir(t)
  for (const name of ['', '-b', 'a..b', 'HEAD', 'x y', '@{-1}']) {
    await t.rejects(createGitBranch(dir, name), { name: 'GitError', reason: 'INVALID_BRANCH_NAME' }, JSON.stringify(name))
  }
})
