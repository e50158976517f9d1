import { symlink } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { getGitStatus } from './daemon-status.ts'
import { git, tempDir, tempRepo, write } from './test-repo.ts'

t.test('staged, unstaged and untracked files are listed with their letters and line counts', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'a.txt', 'one\ntwo\nthree\n')
  await write(repo, 'gone.txt', 'bye\n')
  git(repo, 'add', '.')
  git(repo, 'commit', '-qm', 'files')
  await write(repo, 'a.txt', 'one\nTWO\nthree\nfour\n')
  git(repo, 'add', 'a.txt')
  await write(repo, 'a.txt', 'one\nTWO\nthree\nfour\nfive\n')
  git(repo, 'rm', '-q', 'gone.txt')
  await write(repo, 'README.md', 'hello\nmore\n')
  await write(repo, 'new.txt', '1\n2\n3')
  const status = await getGitStatus(repo)
  t.equal(status.branchName, 'main')
  t.same(status.stagedFiles, [
    { path: 'a.txt', status: 'M', additions: 2, deletions: 1 },
    { path: 'gone.txt', status: 'D', additions: 0, deletions: 1 },
  ])
  t.same(status.unstagedFiles, [
    { path: 'README.md', status: 'M', additions: 1, deletions: 0 },
    { path: 'a.txt', status: 'M', additions: 1, deletions: 0 },
    { path: 'new.txt', status: 'A', additions: 3, deletions: 0 },
  ])
  t.same(status.files, [
    { path: 'README.md', status: 'M', additions: 1, deletions: 0 },
    { path: 'a.txt', status: 'M', additions: 3, deletions: 1 },
    { path: 'gone.txt', status: 'D', additions: 0, deletions: 1 },
    { path: 'new.txt', status: 'A', additions: 3, deletions: 0 },
  ])
  t.equal(status.totalAdditions, 7)
  t.equal(status.totalDeletions, 2)
})

t.test('a clean repository answers its branch and empty lists', async t => {
  const repo = await tempRepo(t)
  t.same(await getGitStatus(repo), { branchName: 'main', files: [], stagedFiles: [], unstagedFiles: [], totalAdditions: 0, totalDeletions: 0 })
})

t.test('a staged rename is one R entry under its new path', async t => {
  const repo = await tempRepo(t)
  git(repo, 'mv', 'README.md', 'READ ME.md')
  const status = await getGitStatus(repo)
  t.same(status.stagedFiles, [{ path: 'READ ME.md', status: 'R', additions: 0, deletions: 0 }])
  t.same(status.files.map(f => f.path), ['READ ME.md'])
})

t.test('binary files count no lines, untracked symlinks one, and paths come back raw', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'blob.bin', Buffer.from([1, 0, 2, 0, 3]))
  await write(repo, 'ünï\ncödé.txt', 'x\n')
  await symlink('README.md', join(repo, 'link'))
  const status = await getGitStatus(repo)
  t.same(status.unstagedFiles, [
    { path: 'blob.bin', status: 'A', additions: 0, deletions: 0 },
    { path: 'link', status: 'A', additions: 1, deletions: 0 },
    { path: 'ünï\ncödé.txt', status: 'A', additions: 1, deletions: 0 },
  ])
})

t.test('a fresh repository reports its unborn branch and staged new files', async t => {
  const repo = await tempRepo(t, { commit: false })
  await write(repo, 'first.txt', 'a\nb\n')
  git(repo, 'add', 'first.txt')
  const status = await getGitStatus(repo)
  t.equal(status.branchName, 'main')
  t.same(status.stagedFiles, [{ path: 'first.txt', status: 'A', additions: 2, deletions: 0 }])
})

t.test('a detached HEAD is reported as HEAD and an unmerged file as U', async t => {
  const repo = await tempRepo(t)
  git(repo, 'switch', '-qc', 'side')
  await write(repo, 'README.md', 'side\n')
  git(repo, 'commit', '-qam', 'side')
  git(repo, 'switch', '-q', 'main')
  await write(repo, 'README.md', 'main\n')
  git(repo, 'commit', '-qam', 'main')
  t.throws(() => git(repo, 'merge', '-q', 'side'))
  const status = await getGitStatus(repo)
  t.same(status.unstagedFiles.map(f => [f.path, f.status]), [['README.md', 'U']])
  t.same(status.stagedFiles, [])
  git(repo, 'merge', '--abort')
  git(repo, 'checkout', '-q', '--detach')
  t.equal((await getGitStatus(repo)).branchName, 'HEAD')
})

t.test('a subfolder of a repository reports the whole repository, paths from its root', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'sub/inner.txt', 'x\n')
  await write(repo, 'top.txt', 'y\n')
  t.same((await getGitStatus(join(repo, 'sub'))).files.map(f => f.path), ['sub/inner.txt', 'top.txt'])
})

t.test('a directory outside any repository is NOT_A_REPOSITORY', async t => {
  await t.rejects(getGitStatus(await tempDir(t)), { name: 'GitError', reason: 'NOT_A_REPOSITORY' })
})
