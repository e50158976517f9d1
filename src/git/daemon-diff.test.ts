import t from 'tap'
import { MAX_FILE_PATCH_BYTES, getGitCommitDiff, getGitDiffs, parseRawNumstat } from './daemon-diff.ts'
import { cQuote, headerLine, parseHunks, splitPatches } from './patch-text.ts'
import { git, tempDir, tempRepo, write } from './test-repo.ts'

// What git itself prints for the same change, made visible with `git add -N` (then undone).
function gitsOwnPatch(repo: string, path: string): string {
  git(repo, 'add', '-N', '--', path)
  const patch = git(repo, 'diff', '--no-color', '--', path).replace(/^index .*\n/m, '')
  git(repo, 'reset', '-q', '--', path)
  return patch
}

t.test('every changed file gets its own patch against HEAD, staged and unstaged together', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'a.txt', 'one\ntwo\n')
  await write(repo, 'old name.txt', 'moving\n')
  git(repo, 'add', '.')
  git(repo, 'commit', '-qm', 'files')
  await write(repo, 'a.txt', 'one\nTWO\n')
  git(repo, 'add', 'a.txt')
  await write(repo, 'a.txt', 'one\nTWO\nthree\n')
  git(repo, 'mv', 'old name.txt', 'new name.txt')
  git(repo, 'rm', '-q', 'README.md')
  const diffs = await getGitDiffs(repo)
  t.same(diffs.map(d => [d.path, d.status, d.additions, d.deletions]), [
    ['README.md', 'D', 0, 1], ['a.txt', 'M', 2, 1], ['new name.txt', 'R', 0, 0],
  ])
  const a = diffs[1]
  t.match(a.diff, /^diff --git a\/a\.txt b\/a\.txt\n/)
  t.equal(a.diff, git(repo, 'diff', '--no-color', 'HEAD', '--', 'a.txt'))
  t.same(a.hunks, [{ header: '@@ -1,2 +1,3 @@', lines: [' one', '-two', '+TWO', '+three'] }])
  t.match(diffs[2].diff, 'rename from old name.txt\nrename to new name.txt')
  t.equal(diffs.every(d => !d.isDiffTooLarge), true)
})

t.test('untracked files come last with the patch git would print for them', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'note.txt', 'a\nb')
  await write(repo, 'blob.bin', Buffer.from([0, 1, 2]))
  await write(repo, 'empty.txt', '')
  await write(repo, 'we"ird\tname.txt', 'x\n')
  await write(repo, 'README.md', 'changed\n')
  const diffs = await getGitDiffs(repo)
  t.same(diffs.map(d => [d.path, d.status, d.additions]), [
    ['README.md', 'M', 1], ['blob.bin', 'A', 0], ['empty.txt', 'A', 0], ['note.txt', 'A', 2], ['we"ird\tname.txt', 'A', 1],
  ])
  for (const d of diffs.slice(1)) t.equal(d.diff, gitsOwnPatch(repo, d.path), `${d.path} matches git`)
})

t.test('a file patch over the per-file cap comes back empty and flagged', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'README.md', 'line\n'.repeat(MAX_FILE_PATCH_BYTES / 5))
  await write(repo, 'huge-untracked.txt', 'y\n'.repeat(MAX_FILE_PATCH_BYTES))
  const diffs = await getGitDiffs(repo)
  t.same(diffs.map(d => [d.path, d.diff, d.hunks, d.isDiffTooLarge]), [['README.md', '', [], true], ['huge-untracked.txt', '', [], true]])
  t.equal(diffs[1].additions, MAX_FILE_PATCH_BYTES, 'the untracked file still counts its lines')
})

t.test('a fresh repository diffs its staged files against the empty tree', async t => {
  const repo = await tempRepo(t, { commit: false })
  await write(repo, 'first.txt', 'hi\n')
  git(repo, 'add', 'first.txt')
  const diffs = await getGitDiffs(repo)
  t.same(diffs.map(d => [d.path, d.status, d.additions]), [['first.txt', 'A', 1]])
  t.match(diffs[0].diff, 'new file mode 100644')
})

t.test('a commit diff shows what the commit changed against its first parent', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'README.md', 'hello\nworld\n')
  await write(repo, 'added.txt', 'new\n')
  git(repo, 'add', '.')
  git(repo, 'commit', '-qm', 'second')
  const sha = git(repo, 'rev-parse', 'HEAD').trim()
  await write(repo, 'README.md', 'uncommitted\n')
  const diffs = await getGitCommitDiff(repo, sha.slice(0, 7))
  t.same(diffs.map(d => [d.path, d.status, d.additions, d.deletions]), [['README.md', 'M', 1, 0], ['added.txt', 'A', 1, 0]])
  t.equal(diffs[0].diff, git(repo, 'diff', '--no-color', 'HEAD~1', 'HEAD', '--', 'README.md'))
  const root = git(repo, 'rev-list', '--max-parents=0', 'HEAD').trim()
  t.same((await getGitCommitDiff(repo, root.toUpperCase())).map(d => [d.path, d.status]), [['README.md', 'A']], 'a root commit against the empty tree')
})

t.test('a merge commit diffs against its first parent', async t => {
  const repo = await tempRepo(t)
  git(repo, 'switch', '-qc', 'side')
  await write(repo, 'side.txt', 's\n')
  git(repo, 'add', '.')
  git(repo, 'commit', '-qm', 'side')
  git(repo, 'switch', '-q', 'main')
  git(repo, 'merge', '-q', '--no-ff', '-m', 'merge', 'side')
  t.same((await getGitCommitDiff(repo, git(repo, 'rev-parse', 'HEAD').trim())).map(d => d.path), ['side.txt'])
})

t.test('a sha that is not 4 to 64 hex digits is refused and an unknown one is COMMIT_NOT_FOUND', async t => {
  const repo = await tempRepo(t)
  for (const sha of ['', 'abc', 'HEAD', 'main', '-p', '--output=/tmp/x', 'a'.repeat(65), 'abcd\n', 'abcd^', 12345, null]) {
    await t.rejects(getGitCommitDiff(repo, sha), { code: 'INVALID_REQUEST' }, JSON.stringify(sha))
  }
  await t.rejects(getGitCommitDiff(repo, 'deadbeefdeadbeef'), { code: 'COMMIT_NOT_FOUND' })
  const tree = git(repo, 'rev-parse', 'HEAD^{tree}').trim()
  await t.rejects(getGitCommitDiff(repo, tree), { code: 'COMMIT_NOT_FOUND' }, 'a tree is not a commit')
})

t.test('patch text helpers quote, split and parse as git does', async t => {
  t.equal(cQuote('plain ü.txt'), 'plain ü.txt')
  t.equal(cQuote('a"b\\c\td\ne\x01\x7f'), '"a\\"b\\\\c\\td\\ne\\001\\177"')
  t.equal(headerLine('x y', 'z'), 'diff --git a/x y b/z')
  const text = 'diff --git a/a b/a\n@@ -1 +1 @@\n-diff --git a/x b/x\n+y\ndiff --git a/b b/b\nBinary files a/b and b/b differ\n'
  const patches = splitPatches(text)
  t.same([...patches.keys()], ['diff --git a/a b/a', 'diff --git a/b b/b'], 'a content line that looks like a header stays in its hunk')
  t.same(parseHunks(patches.get('diff --git a/a b/a')![0]), [{ header: '@@ -1 +1 @@', lines: ['-diff --git a/x b/x', '+y'] }])
  t.same(parseRawNumstat(':100644 100644 a b R100\0old\0new\0:100644 100644 c d M\0f\0' + '0\t0\t\0old\0new\0-\t-\tf\0'), [
    { from: 'old', to: 'new', status: 'R', additions: 0, deletions: 0 },
    { from: 'f', to: 'f', status: 'M', additions: 0, deletions: 0 },
  ])
})

t.test('a directory outside any repository is NOT_A_REPOSITORY', async t => {
  const dir = await tempDir(t)
  await t.rejects(getGitDiffs(dir), { name: 'GitError', reason: 'NOT_A_REPOSITORY' })
  await t.rejects(getGitCommitDiff(dir, 'abcd'), { name: 'GitError', reason: 'NOT_A_REPOSITORY' })
})
