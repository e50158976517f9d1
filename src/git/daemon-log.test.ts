import { execFileSync } from 'node:child_process'
import t from 'tap'
import { getGitLog } from './daemon-log.ts'
import { commitFile, otherClone, repoWithRemote } from './test-remote.ts'
import { git, tempDir, tempRepo } from './test-repo.ts'

t.test('the log lists the newest commits first with both spellings of subject and author', async t => {
  const repo = await tempRepo(t)
  const env = { ...process.env, GIT_COMMITTER_DATE: '2030-01-02T03:04:05Z', GIT_AUTHOR_DATE: '2030-01-02T03:04:05Z' }
  execFileSync('git', ['commit', '--quiet', '--allow-empty', '-m', 'Second: with\ttab and ünïcode', '-m', 'body'], { cwd: repo, env })
  const log = await getGitLog(repo)
  t.equal(log.total, 2)
  t.same(log.entries[0], {
    sha: git(repo, 'rev-parse', 'HEAD').trim(),
    summary: 'Second: with\ttab and ünïcode',
    author: 'Test User',
    timestamp: Date.parse('2030-01-02T03:04:05Z') / 1000,
    subject: 'Second: with\ttab and ünïcode',
    authorName: 'Test User',
    authorEmail: 'test@example.com',
  })
  t.equal(log.entries[1].summary, 'init')
  t.same([log.upstream, log.ahead, log.behind, log.aheadEntries, log.behindEntries], [null, 0, 0, [], []], 'no upstream')
})

t.test('limit caps the entries but not the total', async t => {
  const repo = await tempRepo(t)
  for (let i = 0; i < 5; i++) git(repo, 'commit', '--quiet', '--allow-empty', '-m', `c${i}`)
  const log = await getGitLog(repo, 2)
  t.equal(log.total, 6)
  t.same(log.entries.map(e => e.summary), ['c4', 'c3'])
  t.equal((await getGitLog(repo, 0)).entries.length, 1, 'a limit below 1 counts as 1')
  t.equal((await getGitLog(repo, Number.NaN)).entries.length, 6, 'a limit that is not a number counts as the default')
})

t.test('a diverged branch reports what it is ahead and behind its upstream', async t => {
  const { repo, bare } = await repoWithRemote(t)
  const other = await otherClone(t, bare)
  const theirs = [await commitFile(other, 'b.txt', 'b\n', 'theirs 1'), await commitFile(other, 'c.txt', 'c\n', 'theirs 2')]
  git(other, 'push', '--quiet', 'origin', 'main')
  const mine = await commitFile(repo, 'a.txt', 'a\n', 'mine')
  git(repo, 'fetch', '--quiet', 'origin')
  const log = await getGitLog(repo)
  t.equal(log.upstream, 'origin/main')
  t.equal(log.ahead, 1)
  t.equal(log.behind, 2)
  t.same(log.aheadEntries.map(e => e.sha), [mine])
  t.same(log.behindEntries.map(e => e.sha), [...theirs].reverse())
  t.equal(log.behindEntries[0].authorName, 'Other User')
})

t.test('a branch with no commit yet answers an empty log', async t => {
  const repo = await tempRepo(t, { commit: false })
  t.same(await getGitLog(repo), { total: 0, entries: [], ahead: 0, behind: 0, aheadEntries: [], behindEntries: [], upstream: null })
})

t.test('a directory outside any repository is NOT_A_REPOSITORY', async t => {
  await t.rejects(getGitLog(await tempDir(t)), { name: 'GitError', reason: 'NOT_A_REPOSITORY' })
})
