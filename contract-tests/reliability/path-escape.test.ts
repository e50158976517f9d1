import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { BridgeError } from '../support/bridge-client.ts'
import { DaemonCallError } from '../support/daemon-client.ts'
import { startGateway } from '../support/gateway.ts'

// One corpus of ways out of a workspace, thrown at every face that reads or writes by path. The
// secret's bytes must never come back, and nothing outside may be created, changed or deleted.

const MARKER = 'TOP-SECRET-7f3a'
const run = promisify(execFile)

/** Paths that try to leave `repo` to reach `secret` (a file in a sibling folder). */
function corpus(repo: string, secret: string): string[] {
  const up = relative(repo, secret)
  return [
    up, `./${up}`, `a/../${up}`, secret, `${repo}/../${relative(join(repo, '..'), secret)}`,
    '../../../../../../../../etc/passwd', '/etc/passwd', '/proc/self/environ',
    'link-out/secret.txt', 'link-file', 'link-dangling', 'link-loop', 'fifo',
    '%2e%2e/%2e%2e/etc/passwd', '..%2f..%2fetc%2fpasswd', '..\\..\\etc\\passwd', '....//....//etc/passwd',
    `README.md\u0000/../${up}`, '\u0000', `${'a/'.repeat(3000)}x`, `${'n'.repeat(300)}.txt`,
    '.git/config', '~/.ssh/id_rsa', '$HOME/.bashrc', '`id`', '-C/', '--output=/tmp/x',
  ]
}

t.test('no face reads, writes or deletes outside the workspace, whatever the path', async t => {
  const gw = await startGateway(t)
  const outside = await mkdtemp(join(tmpdir(), 'outside-'))
  t.teardown(() => rm(outside, { recursive: true, force: true }))
  const secret = join(outside, 'secret.txt')
  await writeFile(secret, `${MARKER}\n`)
  await symlink(outside, join(gw.repo, 'link-out'))
  await symlink(secret, join(gw.repo, 'link-file'))
  await symlink(join(outside, 'missing.txt'), join(gw.repo, 'link-dangling'))
  await symlink(join(gw.repo, 'link-loop'), join(gw.repo, 'link-loop'))
  await run('mkfifo', [join(gw.repo, 'fifo')]) // opening it for reading would block forever
  const paths = corpus(gw.repo, secret)
  const leaked = (value: unknown) => JSON.stringify(value ?? null).includes(MARKER) || /root:.*:0:0:/.test(JSON.stringify(value ?? null))

  const chatId = await gw.createChat()
  const bridge = await gw.bridge()
  const daemon = await gw.daemon()
  const workspace = await daemon.call('add_workspace', { path: gw.repo })
  const projectId = (await gw.get('/v1/projects')).body.data.find((p: any) => p.cwd === gw.repo).projectId

  t.test('bridge file.read', async t => {
    for (const path of paths) {
      const answer = await bridge.request('file.read', { session_id: chatId, path }).catch((error: BridgeError) => error)
      t.notOk(leaked(answer), `${JSON.stringify(path).slice(0, 60)} reads nothing outside`)
      if (answer instanceof BridgeError) t.match(answer.code, /^(path_outside_repo|invalid_path|invalid_payload|not_found|file_not_found)$/, answer.code)
    }
  })

  t.test('daemon read_workspace_file', async t => {
    for (const path of paths) {
      const answer = await daemon.call('read_workspace_file', { workspaceId: workspace.id, path }).catch((error: DaemonCallError) => error)
      t.notOk(leaked(answer), `${JSON.stringify(path).slice(0, 60)} reads nothing outside`)
      if (answer instanceof DaemonCallError) t.match(answer.code, /^(PATH_OUTSIDE_REPO|INVALID_PATH|INVALID_REQUEST)$/, answer.code)
    }
  })

  t.test('companion git diff ?path=', async t => {
    await writeFile(secret, `${MARKER}\nchanged\n`) // were git ever to diff it, the marker would show
    for (const path of paths) {
      const reply = await gw.get(`/v1/projects/${projectId}/git/diff?path=${encodeURIComponent(path)}`)
      t.notOk(leaked(reply.body), `${JSON.stringify(path).slice(0, 60)} diffs nothing outside`)
      t.ok(reply.status === 200 || reply.status === 400 || reply.status === 403, `${reply.status} ${reply.body?.error?.code ?? ''}`)
      if (reply.status === 200) t.same(reply.body.data.untracked.filter((p: string) => p.includes('secret')), [], 'no outside file listed')
    }
  })

  t.test('daemon prompts: names and paths stay in the prompt folders', async t => {
    const names = ['../evil', '../../evil', '/tmp/evil', 'a/b', '..', '.', 'x\u0000y', 'n'.repeat(300), '.hidden', '-rf', 'evil\\..\\..\\x']
    for (const name of names) {
      for (const scope of ['workspace', 'global']) {
        const answer = await daemon.call('prompts_create', { workspaceId: workspace.id, scope, name, content: MARKER }).catch((error: DaemonCallError) => error)
        t.ok(answer instanceof DaemonCallError, `${JSON.stringify(name).slice(0, 40)} (${scope}) is refused`)
      }
    }
    const target = join(outside, 'victim.md')
    await writeFile(target, 'keep me\n')
    await symlink(target, join(gw.codexHome, 'prompts-link.md')).catch(() => {})
    const globalDir = await daemon.call('prompts_global_dir')
    await mkdir(globalDir, { recursive: true })
    await symlink(target, join(globalDir, 'linked.md'))
    for (const path of [target, `${globalDir}/../victim.md`, join(globalDir, 'linked.md'), secret, '/etc/passwd', 'victim.md']) {
      for (const [method, extra] of [['prompts_update', { name: 'x', content: 'overwritten' }], ['prompts_delete', {}], ['prompts_move', { scope: 'workspace' }]] as const) {
        await daemon.call(method, { workspaceId: workspace.id, path, ...extra }).catch(() => undefined)
      }
    }
    t.equal(await readFile(target, 'utf8'), 'keep me\n', 'the file outside is untouched')
    t.match(await readFile(secret, 'utf8'), MARKER, 'the secret is untouched')
    t.same((await readdir(outside)).sort(), ['secret.txt', 'victim.md'], 'nothing was created outside')
  })
})
