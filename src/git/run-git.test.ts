import { chmod, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { runGit } from './run-git.ts'
import { gitSummary } from './status.ts'
import { git, tempDir, tempRepo, write } from './test-repo.ts'

t.test('a git command that outlives its timeout is killed, hooks included, as GIT_TIMEOUT', async t => {
  const repo = await tempRepo(t)
  const marker = join(await tempDir(t), 'hook-finished')
  // The hook holds git's pipes open; only killing the whole process group ends it early.
  await write(repo, '.git/hooks/pre-commit', `#!/bin/sh\nsleep 4\ntouch '${marker}'\n`)
  await chmod(join(repo, '.git/hooks/pre-commit'), 0o755)
  await write(repo, 'x.txt', 'x')
  git(repo, 'add', 'x.txt')
  const started = Date.now()
  await t.rejects(runGit(repo, ['commit', '-q', '-F', '-'], { input: 'slow', timeoutMs: 300 }), {
    reason: 'GIT_TIMEOUT', code: 'GIT_TIMEOUT', message: 'git commit did not finish within 300 ms',
  })
  t.ok(Date.now() - started < 3_000, 'gave up well before the hook would have finished')
  await new Promise(resolve => setTimeout(resolve, 4_500))
  await t.rejects(readFile(marker), { code: 'ENOENT' }, 'the hook was killed too')
  t.equal(git(repo, 'rev-list', '--count', 'HEAD').trim(), '1', 'no commit was made')
})

t.test('stdout over maxBytes stops git and keeps only whole records', async t => {
  const repo = await tempRepo(t)
  await write(repo, 'lines.txt', Array.from({ length: 100_000 }, (_, i) => `line ${i}\n`).join(''))
  git(repo, 'add', 'lines.txt')
  const shown = await runGit(repo, ['show', ':lines.txt'], { maxBytes: 1000 })
  t.equal(shown.truncated, true)
  t.ok(shown.stdout.length <= 1000 && shown.stdout.length > 980)
  t.match(shown.stdout, /^line 0\n[\s\S]*\n$/)
})

t.test('output that fits is returned whole and not marked truncated', async t => {
  const repo = await tempRepo(t)
  t.same(await runGit(repo, ['show', 'HEAD:README.md']), { stdout: 'hello\n', stderr: '', exitCode: 0, truncated: false })
})

t.test('an unexpected exit code is GIT_FAILED with the first line of stderr as the message', async t => {
  const repo = await tempRepo(t)
  await t.rejects(runGit(repo, ['rev-parse', '--verify', '--end-of-options', 'no-such-rev']), {
    reason: 'GIT_FAILED', message: 'git rev-parse failed: fatal: Needed a single revision', details: { exitCode: 128 },
  })
})

t.test('a GIT_DIR inherited from the environment cannot point git at another repository', async t => {
  const repo = await tempRepo(t)
  const other = await tempRepo(t)
  git(other, 'switch', '--quiet', '-c', 'elsewhere')
  process.env.GIT_DIR = join(other, '.git')
  process.env.GIT_WORK_TREE = other
  t.teardown(() => {
    delete process.env.GIT_DIR
    delete process.env.GIT_WORK_TREE
  })
  t.equal((await gitSummary(repo)).branch, 'main')
})
