import { chmod, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { gitCommit } from './commit.ts'
import { git, repoState, tempDir, tempRepo, write } from './test-repo.ts'

t.test('committing with nothing staged is refused as NOTHING_STAGED, unstaged changes or not', async t => {
  const repo = await tempRepo(t)
  await t.rejects(gitCommit(repo, 'empty'), { name: 'GitError', reason: 'NOTHING_STAGED', message: 'nothing is staged', code: 'NOTHING_STAGED' })
  await write(repo, 'README.md', 'unstaged\n')
  await write(repo, 'new.txt', 'untracked\n')
  const before = repoState(repo)
  await t.rejects(gitCommit(repo, 'still nothing'), { name: 'GitError', reason: 'NOTHING_STAGED' })
  t.same(repoState(repo), before)
})

t.test('a commit takes only the staged changes and leaves unstaged ones in the work tree', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'staged.txt', 'staged\n')
  git(repo, 'add', 'staged.txt')
  await write(repo, 'README.md', 'unstaged edit\n')
  const parent = git(repo, 'rev-parse', 'HEAD').trim()
  const result = await gitCommit(repo, 'Refine remote mobile shell\n\nWith a body.')
  t.same(result, { sha: git(repo, 'rev-parse', 'HEAD').trim(), summary: 'Refine remote mobile shell' })
  t.equal(git(repo, 'rev-parse', 'HEAD~1').trim(), parent)
  t.equal(git(repo, 'show', '--format=', '--name-only', 'HEAD'), 'staged.txt\n')
  t.equal(git(repo, 'status', '--porcelain'), ' M README.md\n')
  t.equal(await readFile(join(repo, 'README.md'), 'utf8'), 'unstaged edit\n')
})

t.test('the first commit of a fresh repository works', async t => {
  const repo = await tempRepo(t, { commit: false })
  await write(repo, 'first.txt', 'x')
  git(repo, 'add', 'first.txt')
  const { sha } = await gitCommit(repo, 'first')
  t.equal(git(repo, 'rev-parse', 'main').trim(), sha)
})

t.test('a message that looks like options or shell is committed word for word', async t => {
  const repo = await tempRepo(t)
  const sentinel = join(await tempDir(t), 'pwned')
  const message = `--amend\n\n-m other $(touch ${sentinel}) \`touch ${sentinel}\` --author=evil`
  await write(repo, 'x.txt', 'x')
  git(repo, 'add', 'x.txt')
  const parent = git(repo, 'rev-parse', 'HEAD').trim()
  const { summary } = await gitCommit(repo, message)
  t.equal(summary, '--amend')
  t.equal(git(repo, 'log', '-1', '--format=%B').trimEnd(), message)
  t.equal(git(repo, 'rev-parse', 'HEAD~1').trim(), parent, 'a new commit, nothing amended')
  t.equal(git(repo, 'log', '-1', '--format=%an').trim(), 'Test User')
  await t.rejects(readFile(sentinel), { code: 'ENOENT' })
})

t.test('without an identity git\'s own complaint comes back and no commit is made', async t => {
  const repo = await tempRepo(t, { identity: false, commit: false })
  await write(repo, 'x.txt', 'x')
  git(repo, 'add', 'x.txt')
  await t.rejects(gitCommit(repo, 'who am i'), { name: 'GitError', reason: 'GIT_FAILED', message: 'git commit failed: Author identity unknown' })
  t.equal(git(repo, 'for-each-ref'), '', 'no commit, no branch')
})

t.test('a failing pre-commit hook surfaces its first line and makes no commit', async t => {
  const repo = await tempRepo(t)
  await write(repo, '.git/hooks/pre-commit', '#!/bin/sh\necho "lint failed: 3 problems" >&2\nexit 1\n')
  await chmod(join(repo, '.git/hooks/pre-commit'), 0o755)
  await write(repo, 'x.txt', 'x')
  git(repo, 'add', 'x.txt')
  const before = git(repo, 'rev-parse', 'HEAD')
  await t.rejects(gitCommit(repo, 'hooked'), { name: 'GitError', reason: 'GIT_FAILED', message: 'git commit failed: lint failed: 3 problems' })
  t.equal(git(repo, 'rev-parse', 'HEAD'), before)
})

t.test('a blank message is refused before git runs', async t => {
  await t.rejects(gitCommit(await tempDir(t), '  \n'), { code: 'INVALID_REQUEST', message: 'the commit message is empty' })
})

t.test('committing in a directory outside any repository is NOT_A_REPOSITORY', async t => {
  await t.rejects(gitCommit(await tempDir(t), 'x'), { name: 'GitError', reason: 'NOT_A_REPOSITORY' })
})
