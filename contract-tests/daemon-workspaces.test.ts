import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { refusal } from './support/daemon-client.ts'
import { startGateway, type TestContext } from './support/gateway.ts'

const run = promisify(execFile)
const git = async (cwd: string, ...args: string[]) =>
  (await run('git', ['-c', 'user.name=Contract Test', '-c', 'user.email=test@example.invalid', ...args], { cwd })).stdout.trim()

async function tempDir(t: TestContext, prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  return dir
}

t.test('workspaces are added, ordered, kept across a restart and removed without touching their folder', async t => {
  const gw = await startGateway(t)
  const client = await gw.daemon()
  const plain = await tempDir(t, 'plain-folder-')

  const repo = await client.call('add_workspace', { path: gw.repo })
  t.match(repo, { name: gw.repo.split('/').pop(), path: gw.repo, connected: true, codex_bin: null, kind: 'main', parentId: null, worktree: null, settings: { sidebarCollapsed: false } })
  t.equal((await client.call('add_workspace', { path: gw.repo })).id, repo.id, 'adding a folder again returns its workspace')
  const other = await client.call('add_workspace', { path: plain, codex_bin: null })

  const file = join(plain, 'a-file.txt')
  await writeFile(file, 'x')
  const notDir = await refusal(client.call('add_workspace', { path: file }))
  t.equal(notDir.code, 'INVALID_REQUEST')
  t.match(notDir.message, 'not a directory')
  t.equal(await client.call('is_workspace_path_dir', { path: plain }), true)
  t.equal(await client.call('is_workspace_path_dir', { path: file }), false)

  const sorted = await client.call('update_workspace_settings', { id: other.id, settings: { sidebarCollapsed: true, sortOrder: 0, groupId: 'g1', custom: 'kept' } })
  t.same(sorted.settings, { sidebarCollapsed: true, sortOrder: 0, groupId: 'g1', custom: 'kept' })
  t.same((await client.call('list_workspaces')).map((w: any) => w.id), [other.id, repo.id], 'sortOrder first, then name')
  t.equal((await client.call('update_workspace_codex_bin', { id: repo.id, codex_bin: '/usr/local/bin/codex' })).codex_bin, '/usr/local/bin/codex')
  t.equal((await refusal(client.call('update_workspace_codex_bin', { id: repo.id, codex_bin: '--evil' }))).code, 'INVALID_REQUEST')
  await client.call('update_workspace_codex_bin', { id: repo.id, codex_bin: null })

  await gw.restart()
  const after = await gw.daemon()
  const listed = await after.call('list_workspaces')
  t.same(listed.map((w: any) => [w.id, w.connected]), [[other.id, false], [repo.id, false]], 'persisted, and not connected until asked')
  t.same(listed[0].settings, sorted.settings)
  const notConnected = await refusal(after.call('start_thread', { workspaceId: repo.id }))
  t.equal(notConnected.message, 'workspace not connected')
  t.equal(notConnected.code, 'WORKSPACE_NOT_CONNECTED')
  t.same(await after.call('connect_workspace', { id: repo.id }), { ok: true })
  t.equal((await after.call('list_workspaces')).find((w: any) => w.id === repo.id).connected, true)
  t.ok((await after.call('start_thread', { workspaceId: repo.id })).result.thread.id, 'a connected workspace reaches Codex')

  t.same(await after.call('remove_workspace', { id: repo.id }), { ok: true })
  t.same(await after.call('remove_workspace', { id: other.id }), { ok: true })
  t.same(await after.call('list_workspaces'), [])
  t.ok(existsSync(join(gw.repo, 'README.md')) && existsSync(file), 'a main workspace\'s folder is never deleted')
  t.equal((await refusal(after.call('connect_workspace', { id: repo.id }))).code, 'WORKSPACE_NOT_FOUND')
})

t.test('a worktree is created under the data dir, renamed, applied to its parent and removed with its folder', async t => {
  const gw = await startGateway(t)
  const client = await gw.daemon()
  const parent = await client.call('add_workspace', { path: gw.repo })
  t.equal((await refusal(client.call('add_worktree', { parentId: parent.id, branch: '-x' }))).code, 'INVALID_BRANCH_NAME')

  const worktree = await client.call('add_worktree', { parentId: parent.id, branch: 'feature-x' })
  t.match(worktree, { name: 'feature-x', kind: 'worktree', parentId: parent.id, worktree: { branch: 'feature-x' }, connected: true })
  t.equal(worktree.path, join(gw.dataDir, 'worktrees', worktree.id))
  t.equal(await git(worktree.path, 'branch', '--show-current'), 'feature-x')

  const renamed = await client.call('rename_worktree', { id: worktree.id, branch: 'feature-y' })
  t.match(renamed, { name: 'feature-y', worktree: { branch: 'feature-y' } })
  t.equal(await git(worktree.path, 'branch', '--show-current'), 'feature-y')
  t.equal((await refusal(client.call('rename_worktree', { id: parent.id, branch: 'z' }))).code, 'INVALID_REQUEST', 'only worktrees')

  await writeFile(join(worktree.path, 'README.md'), '# changed in the worktree\n')
  await writeFile(join(worktree.path, 'new.txt'), 'new\n')
  t.same(await client.call('apply_worktree_changes', { workspaceId: worktree.id }), { ok: true })
  t.equal(await readFile(join(gw.repo, 'README.md'), 'utf8'), '# changed in the worktree\n')
  t.equal(await readFile(join(gw.repo, 'new.txt'), 'utf8'), 'new\n')

  t.equal((await refusal(client.call('remove_worktree', { id: parent.id }))).code, 'INVALID_REQUEST', 'remove_worktree refuses a main workspace')
  t.same(await client.call('remove_worktree', { id: worktree.id }), { ok: true })
  t.notOk(existsSync(worktree.path), 'its folder is gone')
  t.notMatch(await git(gw.repo, 'worktree', 'list'), worktree.path, 'git forgot it')
  t.equal(await git(gw.repo, 'branch', '--list', 'feature-y'), 'feature-y', 'the branch and its commits are kept')
})

t.test('rename_worktree_upstream moves the branch on its remote', async t => {
  const gw = await startGateway(t)
  const remote = await tempDir(t, 'bare-remote-')
  await git(remote, 'init', '--bare', '-q', '-b', 'main')
  await git(gw.repo, 'remote', 'add', 'origin', remote)
  await git(gw.repo, 'push', '-q', 'origin', 'main')
  const client = await gw.daemon()
  const parent = await client.call('add_workspace', { path: gw.repo })
  const worktree = await client.call('add_worktree', { parentId: parent.id, branch: 'old-name' })
  await git(worktree.path, 'push', '-q', '-u', 'origin', 'old-name')

  await client.call('rename_worktree', { id: worktree.id, branch: 'new-name' })
  t.same(await client.call('rename_worktree_upstream', { id: worktree.id, oldBranch: 'old-name', newBranch: 'new-name' }), { ok: true })
  t.same((await git(remote, 'branch', '--list')).split('\n').map(b => b.replace(/^[* ]+/, '')).sort(), ['main', 'new-name'])
  t.equal(await git(worktree.path, 'rev-parse', '--abbrev-ref', '@{upstream}'), 'origin/new-name')
})

t.test('a clone is made with git clone into a sanitised folder, tracks the source\'s origin, and goes with its folder', async t => {
  const gw = await startGateway(t)
  await git(gw.repo, 'remote', 'add', 'origin', 'https://example.invalid/team/repo.git')
  const copies = join(await tempDir(t, 'copies-'), 'nested')
  const client = await gw.daemon()
  const source = await client.call('add_workspace', { path: gw.repo })

  const clone = await client.call('add_clone', { sourceWorkspaceId: source.id, copiesFolder: copies, copyName: '../My Copy!' })
  t.match(clone, { name: 'My-Copy', path: join(copies, 'My-Copy'), kind: 'clone', parentId: source.id, connected: true })
  t.ok(existsSync(join(clone.path, 'README.md')))
  t.equal(await git(clone.path, 'remote', 'get-url', 'origin'), 'https://example.invalid/team/repo.git')
  t.equal((await refusal(client.call('add_clone', { sourceWorkspaceId: source.id, copiesFolder: copies, copyName: 'My Copy' }))).code, 'INVALID_REQUEST', 'an existing folder is not overwritten')
  t.equal((await refusal(client.call('add_clone', { sourceWorkspaceId: source.id, copiesFolder: copies, copyName: '...' }))).code, 'INVALID_REQUEST')

  t.same(await client.call('remove_workspace', { id: clone.id }), { ok: true })
  t.notOk(existsSync(clone.path), 'the clone\'s folder is deleted')
  t.ok(existsSync(join(gw.repo, 'README.md')), 'the source is untouched')
})

t.test('a workspace whose Codex cannot start is not added, and one whose folder vanished cannot connect', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const folder = await tempDir(t, 'vanishing-')
  await mkdir(join(folder, 'inner'))
  const client = await gw.daemon()
  const broken = await refusal(client.call('add_workspace', { path: folder, codex_bin: '/nonexistent/codex' }))
  t.equal(broken.code, 'CODEX_UNAVAILABLE')
  t.same(await client.call('list_workspaces'), [], 'nothing was stored')
  const workspace = await client.call('add_workspace', { path: join(folder, 'inner') })
  await rm(join(folder, 'inner'), { recursive: true })
  t.equal((await refusal(client.call('connect_workspace', { id: workspace.id }))).code, 'INVALID_REQUEST')
})
