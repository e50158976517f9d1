import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { RecordSplitter, gitSummary } from './status.ts'
import { git, tempDir, tempRepo, write } from './test-repo.ts'

t.test('a directory outside any repository has no branch, zero counts and no paths', async t => {
  const dir = await tempDir(t)
  const expected = { isRepository: false, branch: null, changedFiles: 0, stagedFiles: 0, unstagedFiles: 0, untrackedFiles: 0, changedPaths: [] }
  t.same(await gitSummary(dir), expected)
  t.same(await gitSummary(join(dir, 'missing')), expected, 'a missing directory too')
})

t.test('staged, unstaged and untracked files are counted, a file changed both ways once', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'a.txt', 'a\n')
  await write(repo, 'b.txt', 'b\n')
  git(repo, 'add', '.')
  git(repo, 'commit', '-qm', 'two files')
  await write(repo, 'a.txt', 'a staged\n')
  git(repo, 'add', 'a.txt')
  await write(repo, 'b.txt', 'b unstaged\n')
  await write(repo, 'README.md', 'staged\n')
  git(repo, 'add', 'README.md')
  await write(repo, 'README.md', 'then changed again\n')
  await write(repo, 'new.txt', 'untracked\n')
  const summary = await gitSummary(repo)
  t.match(summary, { isRepository: true, branch: 'main', changedFiles: 4, stagedFiles: 2, unstagedFiles: 2, untrackedFiles: 1 })
  t.same([...summary.changedPaths].sort(), ['README.md', 'a.txt', 'b.txt', 'new.txt'])
})

t.test('untracked files in a new folder are counted one by one', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'new/one.txt', '1')
  await write(repo, 'new/deeper/two.txt', '2')
  const summary = await gitSummary(repo)
  t.equal(summary.untrackedFiles, 2)
  t.same([...summary.changedPaths].sort(), ['new/deeper/two.txt', 'new/one.txt'])
})

t.test('a clean repository reports its branch and nothing changed', async t => {
  const repo = await tempRepo(t)
  t.same(await gitSummary(repo), { isRepository: true, branch: 'main', changedFiles: 0, stagedFiles: 0, unstagedFiles: 0, untrackedFiles: 0, changedPaths: [] })
})

t.test('a fresh repository with no commits reports its unborn branch and staged files', async t => {
  const repo = await tempRepo(t, { commit: false })
  await write(repo, 'first.txt', 'x')
  git(repo, 'add', 'first.txt')
  t.match(await gitSummary(repo), { isRepository: true, branch: 'main', changedFiles: 1, stagedFiles: 1, changedPaths: ['first.txt'] })
})

t.test('a detached HEAD reports branch null', async t => {
  const repo = await tempRepo(t)
  git(repo, 'checkout', '--quiet', '--detach')
  t.equal((await gitSummary(repo)).branch, null)
})

t.test('a subfolder of a repository summarises the whole repository with root-relative paths', async t => {
  const repo = await tempRepo(t)
  await mkdir(join(repo, 'sub'))
  await write(repo, 'top.txt', 'x')
  await write(repo, 'sub/inner.txt', 'y')
  const summary = await gitSummary(join(repo, 'sub'))
  t.same([...summary.changedPaths].sort(), ['sub/inner.txt', 'top.txt'])
})

t.test('a rename counts once, under its new path', async t => {
  const repo = await tempRepo(t)
  git(repo, 'mv', 'README.md', 'READ ME.md')
  t.match(await gitSummary(repo), { changedFiles: 1, stagedFiles: 1, unstagedFiles: 0, changedPaths: ['READ ME.md'] })
})

t.test('paths with spaces, newlines and non-ASCII come back raw, not quoted', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'ünï cödé.txt', 'x')
  await write(repo, 'line\nbreak.txt', 'x')
  t.same([...(await gitSummary(repo)).changedPaths].sort(), ['line\nbreak.txt', 'ünï cödé.txt'])
})

t.test('changedPaths stops at 200 while the counts cover every file', async t => {
  const repo = await tempRepo(t)
  await mkdir(join(repo, 'many'))
  await Promise.all(Array.from({ length: 250 }, (_, i) => writeFile(join(repo, 'many', `f${i}.txt`), 'x')))
  const summary = await gitSummary(repo)
  t.equal(summary.untrackedFiles, 250)
  t.equal(summary.changedFiles, 250)
  t.equal(summary.changedPaths.length, 200)
})

t.test('records split across chunks, even inside a UTF-8 character, are decoded whole', async t => {
  const records: string[] = []
  const splitter = new RecordSplitter(0, record => records.push(record))
  const bytes = Buffer.from('? ä.txt\0? b\0? c\0', 'utf8')
  const cuts = [0, 1, 3, 4, 9, 12, bytes.length] // byte 3 falls inside the two bytes of ä
  for (let i = 1; i < cuts.length; i++) splitter.push(bytes.subarray(cuts[i - 1], cuts[i]))
  t.same(records, ['? ä.txt', '? b', '? c'])
})
