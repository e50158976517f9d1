import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { startGateway } from './support/gateway.ts'

const git = (cwd: string, ...args: string[]) => promisify(execFile)('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.invalid', ...args], { cwd }).then(r => r.stdout.trim())

t.test('context, branches, diff, checkout and commit work on the project repository', async t => {
  const gw = await startGateway(t)
  await gw.createChat()
  const project = (await gw.get('/v1/projects')).body.data.find((p: any) => p.cwd === gw.repo)
  const base = `/v1/projects/${project.projectId}`
  await git(gw.repo, 'branch', 'feature/mobile-shell')
  await writeFile(join(gw.repo, 'README.md'), '# changed\n')
  await writeFile(join(gw.repo, 'staged.txt'), 'staged\n')
  await git(gw.repo, 'add', 'staged.txt')
  await writeFile(join(gw.repo, 'new.txt'), 'untracked\n')

  const context = (await gw.get(`${base}/context`)).body.data
  t.match(context, { cwd: gw.repo, runtimeMode: 'local', approvalPolicy: 'on-request', sandboxMode: 'workspace-write' })
  t.match(context.git, { isRepository: true, branch: 'main', changedFiles: 3, stagedFiles: 1, unstagedFiles: 1, untrackedFiles: 1 })

  const branches = (await gw.get(`${base}/git/branches`)).body.data
  t.same(branches.map((b: any) => b.name).sort(), ['feature/mobile-shell', 'main'])

  const diff = (await gw.get(`${base}/git/diff`)).body.data
  t.match(diff.unstaged, '+# changed')
  t.match(diff.staged, '+staged')
  t.same(diff.untracked, ['new.txt'])
  t.equal(diff.truncated, false)
  const one = (await gw.get(`${base}/git/diff?path=README.md`)).body.data
  t.equal(one.staged, '')
  t.match(one.unstaged, 'README.md')

  const commit = await gw.post(`${base}/git/commit`, { message: 'Add staged file' })
  t.equal(commit.body.data.summary, 'Add staged file')
  t.equal(await git(gw.repo, 'log', '-1', '--format=%s'), 'Add staged file')
  t.match(await git(gw.repo, 'status', '--porcelain'), 'README.md', 'unstaged changes were not committed')
  const nothing = await gw.post(`${base}/git/commit`, { message: 'again' })
  t.equal(nothing.status, 400)
  t.equal(nothing.body.error.code, 'NOTHING_STAGED')

  await git(gw.repo, 'stash')
  t.same((await gw.post(`${base}/git/checkout`, { branch: 'feature/mobile-shell' })).body.data, { branch: 'feature/mobile-shell' })
  t.equal(await git(gw.repo, 'branch', '--show-current'), 'feature/mobile-shell')
  const missing = await gw.post(`${base}/git/checkout`, { branch: 'does-not-exist' })
  t.equal(missing.status, 404)
  t.equal(missing.body.error.code, 'BRANCH_NOT_FOUND')
})

t.test('option injection and path escapes through the git routes have no effect', async t => {
  const gw = await startGateway(t)
  await gw.createChat()
  const project = (await gw.get('/v1/projects')).body.data.find((p: any) => p.cwd === gw.repo)
  const base = `/v1/projects/${project.projectId}`
  const head = await git(gw.repo, 'rev-parse', 'HEAD')
  for (const branch of ['-h', '--orphan=x', '-D', '--upload-pack=touch /tmp/gw-pwned', '-b evil']) {
    const reply = await gw.post(`${base}/git/checkout`, { branch })
    t.equal(reply.status, 400, branch)
  }
  for (const path of ['../../etc/passwd', '/etc/passwd', '.git/config', 'a\u0000b']) {
    const reply = await gw.get(`${base}/git/diff?path=${encodeURIComponent(path)}`)
    t.ok([400, 403].includes(reply.status), `${JSON.stringify(path)} refused (${reply.status})`)
  }
  const literal = await gw.get(`${base}/git/diff?path=${encodeURIComponent('--output=/tmp/gw-pwned')}`)
  t.same(literal.body.data, { staged: '', unstaged: '', untracked: [], truncated: false }, 'an option-like path is only a file name')
  t.notOk(existsSync('/tmp/gw-pwned'))
  t.equal(await git(gw.repo, 'rev-parse', 'HEAD'), head)
  t.equal(await git(gw.repo, 'branch', '--list', 'x'), '')
})

t.test('a project outside a git repository reports isRepository false', async t => {
  const gw = await startGateway(t)
  const { mkdtemp } = await import('node:fs/promises')
  const dir = await mkdtemp(join((await import('node:os')).tmpdir(), 'plain-'))
  await gw.createChat(dir)
  const project = (await gw.get('/v1/projects')).body.data.find((p: any) => p.cwd === dir)
  const context = (await gw.get(`/v1/projects/${project.projectId}/context`)).body.data
  t.match(context.git, { isRepository: false, branch: null, changedFiles: 0 })
  const branches = await gw.get(`/v1/projects/${project.projectId}/git/branches`)
  t.equal(branches.status, 409)
  t.equal(branches.body.error.code, 'NOT_A_REPOSITORY')
})
