import t from 'tap'
import type { Test } from 'tap'
import { gitDiff } from './diff.ts'
import { git, tempDir, tempRepo, write } from './test-repo.ts'

// A repository with one staged change (README.md), one unstaged (notes.txt) and one untracked file.
async function changedRepo(t: Test): Promise<string> {
  const repo = await tempRepo(t)
  await write(repo, 'notes.txt', 'one\n')
  git(repo, 'add', 'notes.txt')
  git(repo, 'commit', '-qm', 'notes')
  await write(repo, 'README.md', 'hello\nstaged line\n')
  git(repo, 'add', 'README.md')
  await write(repo, 'notes.txt', 'one\nunstaged line\n')
  await write(repo, 'draft.txt', 'untracked\n')
  return repo
}

t.test('staged and unstaged patches come back separately, untracked files listed apart', async t => {
  const repo = await changedRepo(t)
  const diff = await gitDiff(repo)
  t.match(diff.staged, /^diff --git a\/README\.md b\/README\.md\n[\s\S]*\n\+staged line\n$/)
  t.notMatch(diff.staged, 'notes.txt')
  t.match(diff.unstaged, /^diff --git a\/notes\.txt b\/notes\.txt\n[\s\S]*\n\+unstaged line\n$/)
  t.notMatch(diff.unstaged, 'README.md')
  t.same(diff.untracked, ['draft.txt'])
  t.equal(diff.truncated, false)
})

t.test('a path limits both patches and the untracked list to that file', async t => {
  const repo = await changedRepo(t)
  t.same(await gitDiff(repo, { path: 'notes.txt' }), { staged: '', unstaged: (await gitDiff(repo)).unstaged, untracked: [], truncated: false })
  const draft = await gitDiff(repo, { path: 'draft.txt' })
  t.same(draft, { staged: '', unstaged: '', untracked: ['draft.txt'], truncated: false })
})

t.test('a patch over maxBytes is cut after its last whole line and marked truncated', async t => {
  const repo = await tempRepo(t)
  const line = 'a line of text that is long enough to add up quickly ...........\n'
  await write(repo, 'big.txt', line.repeat(200_000)) // 13 MB
  git(repo, 'add', 'big.txt')
  const started = Date.now()
  const diff = await gitDiff(repo, { maxBytes: 10_000 })
  t.equal(diff.truncated, true)
  t.ok(Buffer.byteLength(diff.staged) <= 10_000, 'within the cap')
  t.ok(Buffer.byteLength(diff.staged) > 9_000, 'uses most of the cap')
  t.ok(diff.staged.endsWith('\n'), 'ends on a line boundary')
  t.match(diff.staged, /^diff --git a\/big\.txt b\/big\.txt\n/)
  t.equal(diff.unstaged, '', 'nothing is left for the unstaged patch')
  t.ok(Date.now() - started < 5_000, 'git was stopped rather than read to the end')
})

t.test('the staged patch spends the byte budget before the unstaged one', async t => {
  const repo = await changedRepo(t)
  const full = await gitDiff(repo)
  const bytes = Buffer.byteLength(full.staged) + 10
  const diff = await gitDiff(repo, { maxBytes: bytes })
  t.equal(diff.staged, full.staged)
  t.equal(diff.unstaged, '', 'ten bytes hold no whole line of the unstaged patch')
  t.equal(diff.truncated, true)
  t.same(await gitDiff(repo, { maxBytes: Buffer.byteLength(full.staged + full.unstaged) }), full, 'an exact fit is not truncated')
})

t.test('a fresh repository without commits shows staged files as new', async t => {
  const repo = await tempRepo(t, { commit: false })
  await write(repo, 'first.txt', 'first\n')
  git(repo, 'add', 'first.txt')
  t.match((await gitDiff(repo)).staged, /new file mode 100644[\s\S]*\+first\n/)
})

t.test('a file literally named -h is diffed as that file', async t => {
  const repo = await tempRepo(t)
  await write(repo, '-h', 'dash\n')
  git(repo, 'add', '--', '-h')
  t.match((await gitDiff(repo, { path: '-h' })).staged, /^diff --git a\/-h b\/-h\n/)
})

t.test('a directory outside any repository is NOT_A_REPOSITORY', async t => {
  await t.rejects(gitDiff(await tempDir(t)), { name: 'GitError', reason: 'NOT_A_REPOSITORY', code: 'NOT_A_REPOSITORY' })
})

t.test('maxBytes must be a non-negative whole number', async t => {
  const repo = await tempRepo(t)
  for (const maxBytes of [-1, 1.5, Number.NaN, Infinity]) {
    await t.rejects(gitDiff(repo, { maxBytes }), { code: 'INVALID_REQUEST' }, String(maxBytes))
  }
})
