import { execFileSync } from 'node:child_process'
import { mkdir, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { GatewayError } from '../errors.ts'
import { GitError } from './git-error.ts'
import { assertBranchName, assertCommitMessage, resolveRepoPath } from './safe-args.ts'
import { tempDir, write } from './test-repo.ts'

const accepts = (name: unknown) => {
  try {
    assertBranchName(name)
    return true
  } catch (error) {
    if (!(error instanceof GitError) || error.reason !== 'INVALID_BRANCH_NAME') throw error
    return false
  }
}

t.test('ordinary branch names are accepted', async t => {
  for (const name of ['main', 'feature/mobile-shell', 'release-1.2', 'fix_#12', 'umlaut-ä', 'a.b/c', 'refs/heads/x', '%2e%2e/x', 'x'.repeat(255)]) {
    t.ok(accepts(name), name.slice(0, 40))
  }
})

t.test('every branch name git check-ref-format --branch refuses is refused too', async t => {
  const outside = await tempDir(t) // not a repository, so git cannot expand @{-1} or @
  const corpus = ['', '.x', 'x.', 'a..b', 'a/.b', 'a.lock', 'a/b.lock/c', 'a b', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[b', 'a\\b',
    '/a', 'a/', 'a//b', 'a@{b', '@{-1}', 'tab\there', 'nl\nhere', 'del\x7f', '-x', '--orphan=x', 'HEAD', 'ok', 'ok/nested']
  for (const name of corpus) {
    let gitAccepts = true
    try {
      execFileSync('git', ['check-ref-format', '--branch', name], { cwd: outside, stdio: 'ignore', timeout: 10_000 })
    } catch {
      gitAccepts = false
    }
    if (!gitAccepts) t.notOk(accepts(name), `${JSON.stringify(name)} is refused like git refuses it`)
  }
})

t.test('names git would expand or read as options are refused, as are names over 255 bytes', async t => {
  for (const name of ['HEAD', '@', '@{-1}', 'main@{1}', '-', '-D', '--orphan=x', 'a\0b', 'x'.repeat(256), 'ä'.repeat(128), '\ud800', 7, null]) {
    t.notOk(accepts(name), JSON.stringify(name).slice(0, 40))
  }
})

t.test('a refused branch name is not echoed back in the error', async t => {
  t.throws(() => assertBranchName(`${'x'.repeat(300)}secret`), { name: 'GitError', reason: 'INVALID_BRANCH_NAME', message: /longer than 255 bytes$/ })
})

t.test('paths inside the repository become repository-relative with forward slashes', async t => {
  const repo = await tempDir(t)
  await write(repo, 'src/a.ts', '')
  t.equal(await resolveRepoPath(repo, 'src/a.ts'), 'src/a.ts')
  t.equal(await resolveRepoPath(repo, join(repo, 'src/a.ts')), 'src/a.ts', 'absolute inside the repository')
  t.equal(await resolveRepoPath(repo, 'src/../README.md'), 'README.md', 'a .. that stays inside')
  t.equal(await resolveRepoPath(repo, 'not/yet/there.txt'), 'not/yet/there.txt', 'missing files are fine')
  t.equal(await resolveRepoPath(repo, '.'), '.')
  t.equal(await resolveRepoPath(repo, '%2e%2e/x'), '%2e%2e/x', 'percent escapes are literal names')
  t.equal(await resolveRepoPath(repo, '-h'), '-h', 'a leading dash is kept; callers pass it after --')
})

t.test('paths that leave the repository are refused', async t => {
  const repo = await tempDir(t)
  const elsewhere = await tempDir(t)
  await mkdir(join(repo, 'inner'))
  await symlink(elsewhere, join(repo, 'out'))
  await symlink(join(elsewhere, 'missing'), join(repo, 'dangling'))
  await symlink(join(repo, 'inner'), join(repo, 'in'))
  const escapes = ['..', '../x', '../../etc/passwd', 'inner/../../x', '/etc/passwd', elsewhere, 'out', 'out/new-file', 'dangling',
    'dangling/deeper', '.git', '.git/config', 'inner/.GIT/x']
  for (const path of escapes) {
    await t.rejects(resolveRepoPath(repo, path), { name: 'GitError', reason: 'PATH_OUTSIDE_REPO' }, path)
  }
  t.equal(await resolveRepoPath(repo, 'in/file'), 'in/file', 'a symlink that stays inside is fine')
})

t.test('a symlink loop is refused rather than followed forever', async t => {
  const repo = await tempDir(t)
  await symlink(join(repo, 'b'), join(repo, 'a'))
  await symlink(join(repo, 'a'), join(repo, 'b'))
  await t.rejects(resolveRepoPath(repo, 'a/x'), { name: 'GitError', reason: 'PATH_OUTSIDE_REPO' })
})

t.test('empty paths, NUL bytes, broken Unicode and overlong paths are invalid', async t => {
  const repo = await tempDir(t)
  for (const path of ['', 'a\0b', '\0', '\udc00', 'x'.repeat(4097), 42, undefined]) {
    await t.rejects(resolveRepoPath(repo, path), { name: 'GitError', reason: 'INVALID_PATH' }, JSON.stringify(path)?.slice(0, 20))
  }
})

t.test('a commit message may be any text but must not be blank, hold NUL or exceed 64 KiB', async t => {
  t.doesNotThrow(() => assertCommitMessage('--amend\n\n$(touch x) `rm -rf /` -m "x"'))
  t.doesNotThrow(() => assertCommitMessage('x'.repeat(64 * 1024)))
  for (const message of ['', '  \n\t', 'a\0b', 3]) {
    t.throws(() => assertCommitMessage(message), { code: 'INVALID_REQUEST' }, JSON.stringify(message))
  }
  t.throws(() => assertCommitMessage('x'.repeat(64 * 1024 + 1)), new GatewayError('PAYLOAD_TOO_LARGE', 'the commit message is longer than 65536 bytes'))
})
