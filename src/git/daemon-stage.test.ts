import { existsSync } from 'node:fs'
import { readFile, rm, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { commitGit, revertGitAll, revertGitFile, stageGitAll, stageGitFile, unstageGitFile } from './daemon-stage.ts'
import { git, tempDir, tempRepo, write } from './test-repo.ts'

const porcelain = (repo: string) => git(repo, 'status', '--porcelain', '--untracked-files=all')

t.test('staging a file stages its edit, a deletion, or a new file, and nothing else', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'README.md', 'edited\n')
  await write(repo, 'new.txt', 'new\n')
  await stageGitFile(repo, 'README.md')
  t.equal(porcelain(repo), 'M  README.md\n?? new.txt\n')
  await stageGitFile(repo, join(repo, 'new.txt'))
  t.equal(porcelain(repo), 'M  README.md\nA  new.txt\n', 'an absolute path inside the repository works too')
  git(repo, 'commit', '-qm', 'both')
  await rm(join(repo, 'README.md'))
  await write(repo, 'new.txt', 'edited\n')
  await stageGitFile(repo, 'README.md')
  t.equal(porcelain(repo), 'D  README.md\n M new.txt\n')
})

t.test('unstaging either side of a staged rename unstages both sides', async t => {
  for (const side of ['README.md', 'moved.md']) {
    const repo = await tempRepo(t)
    git(repo, 'mv', 'README.md', 'moved.md')
    await unstageGitFile(repo, side)
    t.equal(porcelain(repo), ' D README.md\n?? moved.md\n', side)
  }
})

t.test('stage all stages every change, untracked included, ignored excluded', async t => {
  const repo = await tempRepo(t)
  await write(repo, '.gitignore', 'secret.env\n')
  await write(repo, 'secret.env', 'x\n')
  await write(repo, 'README.md', 'edited\n')
  await write(repo, 'dir/new.txt', 'n\n')
  await stageGitAll(join(repo, 'dir'))
  t.equal(porcelain(repo), 'A  .gitignore\nM  README.md\nA  dir/new.txt\n')
})

t.test('unstaging puts the index entry back and leaves the work tree alone', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'README.md', 'edited\n')
  await write(repo, 'new.txt', 'n\n')
  git(repo, 'add', '.')
  await unstageGitFile(repo, 'README.md')
  await unstageGitFile(repo, 'new.txt')
  t.equal(porcelain(repo), ' M README.md\n?? new.txt\n')
  t.equal(await readFile(join(repo, 'README.md'), 'utf8'), 'edited\n')
})

t.test('unstaging works on a branch with no commit yet', async t => {
  const repo = await tempRepo(t, { commit: false })
  await write(repo, 'first.txt', 'x\n')
  git(repo, 'add', 'first.txt')
  await unstageGitFile(repo, 'first.txt')
  t.equal(porcelain(repo), '?? first.txt\n')
})

t.test('reverting a file discards its staged and unstaged changes', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'README.md', 'staged\n')
  git(repo, 'add', 'README.md')
  await write(repo, 'README.md', 'staged then edited\n')
  await write(repo, 'other.txt', 'keep me\n')
  await revertGitFile(repo, 'README.md')
  t.equal(await readFile(join(repo, 'README.md'), 'utf8'), 'hello\n')
  t.equal(porcelain(repo), '?? other.txt\n')
})

t.test('reverting an added file deletes it; an untracked one too, inside the repository only', async t => {
  const repo = await tempRepo(t)
  const outside = await tempDir(t)
  await write(outside, 'target.txt', 'outside\n')
  await write(repo, 'added.txt', 'a\n')
  git(repo, 'add', 'added.txt')
  await write(repo, 'untracked.txt', 'u\n')
  await symlink(join(outside, 'target.txt'), join(repo, 'link'))
  await revertGitFile(repo, 'added.txt')
  await revertGitFile(repo, 'untracked.txt')
  t.equal(existsSync(join(repo, 'added.txt')), false)
  t.equal(existsSync(join(repo, 'untracked.txt')), false)
  await t.rejects(revertGitFile(repo, 'link'), { name: 'GitError', reason: 'PATH_OUTSIDE_REPO' }, 'a symlink out is refused')
  t.equal(await readFile(join(outside, 'target.txt'), 'utf8'), 'outside\n')
})

t.test('reverting a rename restores the old path and removes the new one', async t => {
  const repo = await tempRepo(t)
  git(repo, 'mv', 'README.md', 'moved.md')
  await revertGitFile(repo, 'moved.md')
  t.equal(porcelain(repo), '')
  t.equal(await readFile(join(repo, 'README.md'), 'utf8'), 'hello\n')
})

t.test('revert all restores tracked files and deletes untracked ones but keeps ignored files', async t => {
  const repo = await tempRepo(t)
  await write(repo, '.gitignore', '.env\n')
  git(repo, 'add', '.gitignore')
  git(repo, 'commit', '-qm', 'ignore')
  await write(repo, '.env', 'KEY=1\n')
  await write(repo, 'README.md', 'edited\n')
  await write(repo, 'staged.txt', 's\n')
  git(repo, 'add', 'staged.txt')
  await write(repo, 'dir/untracked.txt', 'u\n')
  await revertGitAll(join(repo, 'dir'))
  t.equal(porcelain(repo), '')
  t.equal(existsSync(join(repo, 'dir')), false)
  t.equal(existsSync(join(repo, 'staged.txt')), false)
  t.equal(await readFile(join(repo, '.env'), 'utf8'), 'KEY=1\n')
})

t.test('reverting on a branch with no commit is refused and deletes nothing', async t => {
  const repo = await tempRepo(t, { commit: false })
  await write(repo, 'first.txt', 'x\n')
  git(repo, 'add', 'first.txt')
  await t.rejects(revertGitAll(repo), { name: 'GitError', reason: 'GIT_FAILED', message: /no commit yet/ })
  await t.rejects(revertGitFile(repo, 'first.txt'), { name: 'GitError', reason: 'GIT_FAILED' })
  t.equal(existsSync(join(repo, 'first.txt')), true)
})

t.test('file actions refuse the repository root itself', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'README.md', 'edited\n')
  for (const op of [stageGitFile, unstageGitFile, revertGitFile]) {
    for (const path of ['.', repo, 'sub/..']) await t.rejects(op(repo, path), { name: 'GitError', reason: 'INVALID_PATH' }, `${op.name} ${path}`)
  }
  t.equal(porcelain(repo), ' M README.md\n')
})

t.test('commit takes what is staged and reports the new commit', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'a.txt', 'a\n')
  git(repo, 'add', 'a.txt')
  await write(repo, 'README.md', 'unstaged\n')
  const result = await commitGit(repo, 'Add a')
  t.same(result, { sha: git(repo, 'rev-parse', 'HEAD').trim(), summary: 'Add a' })
  t.equal(porcelain(repo), ' M README.md\n')
  await t.rejects(commitGit(repo, 'again'), { name: 'GitError', reason: 'NOTHING_STAGED' })
})
