import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { refusal } from './support/daemon-client.ts'
import { startGateway, type TestContext } from './support/gateway.ts'

const run = promisify(execFile)

async function tempDir(t: TestContext, prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  return dir
}

async function write(path: string, text: string): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true })
  await writeFile(path, text)
}

t.test('workspace files', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const client = await gw.daemon()
  const outside = await tempDir(t, 'outside-')
  await write(join(outside, 'secret.txt'), 'CONFIDENTIAL-BYTES')
  await write(join(gw.repo, '.gitignore'), 'ignored.txt\n')
  await write(join(gw.repo, 'ignored.txt'), 'x')
  await write(join(gw.repo, 'src/app.ts'), 'export {}\n')
  await write(join(gw.repo, 'node_modules/dep/index.js'), 'x')
  await symlink(join(outside, 'secret.txt'), join(gw.repo, 'escape.txt'))
  await symlink(outside, join(gw.repo, 'escape-dir'))
  const repo = await client.call('add_workspace', { path: gw.repo })

  t.test('list_workspace_files follows .gitignore in a repository and skips node_modules', async t => {
    const files = await client.call('list_workspace_files', { workspaceId: repo.id })
    t.same(files, ['.gitignore', 'README.md', 'escape-dir', 'escape.txt', 'src/app.ts'])
  })

  t.test('list_workspace_files walks a folder outside git, skipping .git and node_modules', async t => {
    const folder = await tempDir(t, 'no-git-')
    await write(join(folder, 'a.txt'), 'a')
    await write(join(folder, 'deep/b.txt'), 'b')
    await write(join(folder, 'node_modules/x.js'), 'x')
    await write(join(folder, '.git/config'), 'not really')
    const plain = await client.call('add_workspace', { path: folder })
    t.same(await client.call('list_workspace_files', { workspaceId: plain.id }), ['a.txt', 'deep/b.txt'])
  })

  t.test('read_workspace_file reads inside the workspace and refuses ../ and symlink escapes', async t => {
    t.same(await client.call('read_workspace_file', { workspaceId: repo.id, path: 'README.md' }), { content: '# test repo\n', truncated: false })
    for (const path of ['../outside.txt', join(outside, 'secret.txt'), 'escape.txt', 'escape-dir/secret.txt', 'src/../../x']) {
      const error = await refusal(client.call('read_workspace_file', { workspaceId: repo.id, path }))
      t.match(error.code, /^(PATH_OUTSIDE_REPO|INVALID_PATH)$/, `${path}: ${error.code}`)
      t.notMatch(error.message, 'CONFIDENTIAL', 'nothing of the file leaks')
    }
    t.equal((await refusal(client.call('read_workspace_file', { workspaceId: repo.id, path: 'escape.txt' }))).code, 'PATH_OUTSIDE_REPO')
  })

  t.test('read_workspace_file cuts large files', async t => {
    await writeFile(join(gw.repo, 'big.txt'), 'a'.repeat(500_000))
    const big = await client.call('read_workspace_file', { workspaceId: repo.id, path: 'big.txt' })
    t.equal(big.truncated, true)
    t.equal(big.content.length, 400_000)
  })
})

t.test('app settings round-trip, keep unknown keys, and survive a restart', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const client = await gw.daemon()
  const defaults = await client.call('get_app_settings')
  t.match(defaults, { codexBin: null, backendMode: 'local', remoteBackendHost: '127.0.0.1:4732', defaultAccessMode: 'current', uiScale: 1, theme: 'system' })

  const updated = await client.call('update_app_settings', { settings: { ...defaults, theme: 'dark', uiScale: 1.25, composerModelShortcut: 'cmd+m' } })
  t.match(updated, { theme: 'dark', uiScale: 1.25, composerModelShortcut: 'cmd+m', backendMode: 'local' })
  t.equal((await refusal(client.call('update_app_settings', { settings: { theme: 'purple' } }))).code, 'INVALID_REQUEST')

  await gw.restart()
  const after = await gw.daemon()
  t.same(await after.call('get_app_settings'), updated)
})

t.test('codex_doctor probes the Codex install', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const client = await gw.daemon()
  const report = await client.call('codex_doctor', {}, 60_000)
  t.match(report, { ok: true, appServerOk: true, details: null, nodeOk: true })
  t.match(report.version, /\d+\.\d+\.\d+/)
  const missing = await client.call('codex_doctor', { codexBin: '/nonexistent/codex' }, 60_000)
  t.match(missing, { ok: false, codexBin: '/nonexistent/codex', version: null, appServerOk: false })
  t.match(missing.details, 'not found')
})

t.test('git, prompt and usage methods reach their modules', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const client = await gw.daemon()
  const repo = await client.call('add_workspace', { path: gw.repo })
  await writeFile(join(gw.repo, 'README.md'), '# test repo\nmore\n')

  const status = await client.call('get_git_status', { workspaceId: repo.id })
  t.match(status, { branchName: 'main', totalAdditions: 1 })
  t.same(status.files.map((f: any) => f.path), ['README.md'])
  t.same(await client.call('stage_git_all', { workspaceId: repo.id }), { ok: true })
  t.same(await client.call('commit_git', { workspaceId: repo.id, message: 'more' }), { ok: true })
  t.equal((await client.call('get_git_log', { workspaceId: repo.id, limit: 5 })).entries[0].summary, 'more')
  t.same(await client.call('create_git_branch', { workspaceId: repo.id, name: 'topic' }), { ok: true })
  const { branches } = await client.call('list_git_branches', { workspaceId: repo.id })
  t.same(branches.map((b: any) => b.name).sort(), ['main', 'topic'])
  t.type(branches[0].lastCommit, 'number')
  t.equal((await refusal(client.call('stage_git_file', { workspaceId: repo.id, path: '../x' }))).code, 'PATH_OUTSIDE_REPO')
  t.equal((await refusal(client.call('checkout_git_branch', { workspaceId: repo.id, name: '--force' }))).code, 'INVALID_BRANCH_NAME')

  await client.call('update_workspace_settings', { id: repo.id, settings: { sidebarCollapsed: false, gitRoot: '../..' } })
  t.equal((await refusal(client.call('get_git_status', { workspaceId: repo.id }))).code, 'PATH_OUTSIDE_REPO', 'a gitRoot outside the workspace is refused')
  await client.call('update_workspace_settings', { id: repo.id, settings: { sidebarCollapsed: false } })

  const created = await client.call('prompts_create', { workspaceId: repo.id, scope: 'workspace', name: 'review', description: 'Review it', content: 'Please review.' })
  t.match(created, { name: 'review', scope: 'workspace', content: 'Please review.' })
  t.equal(await client.call('prompts_workspace_dir', { workspaceId: repo.id }), join(gw.dataDir, 'workspaces', repo.id, 'prompts'))
  t.equal(await client.call('prompts_global_dir'), join(gw.codexHome, 'prompts'))
  t.same((await client.call('prompts_list', { workspaceId: repo.id })).map((p: any) => p.name), ['review'])
  t.same(await client.call('prompts_delete', { workspaceId: repo.id, path: created.path }), { ok: true })

  const usage = await client.request('local_usage_snapshot', { days: 7 })
  t.ok(usage.result ? Array.isArray(usage.result.days) : usage.error.code === 'NOT_SUPPORTED', 'answers a snapshot (or, until its module lands, NOT_SUPPORTED)')
  await run('git', ['--version'])
})
