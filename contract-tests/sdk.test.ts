/**
 * @codex-gateway/sdk as its users get it: `npm pack`ed, installed from the tarball into a fresh
 * project (offline: the SDK has no dependencies), a consumer compiled with `tsc --strict`
 * against the installed type declarations, and run against a live gateway on all three faces.
 */
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { say } from './support/fake-model.ts'
import { startGateway } from './support/gateway.ts'
import { packSdk, ROOT } from './support/sdk-package.ts'

const run = promisify(execFile)

/** The consumer: what an app would write, compiled strictly against the installed package. */
const CONSUMER = `
import { BridgeClient, CompanionStream, gatewayApis, type MirrorEntry } from '@codex-gateway/sdk'
import { DaemonCallError, DaemonClient } from '@codex-gateway/sdk/daemon'

function env(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(name + ' is not set')
  return value
}
const baseUrl = env('GATEWAY_URL')
const token = env('GATEWAY_TOKEN')
const cwd = env('GATEWAY_CWD')

// Companion: the generated REST client and the stream client.
const api = gatewayApis({ baseUrl, token })
const { data: chat } = await api.chats.chatCreate({ chatCreateParams: { cwd } })
const { data: projects } = await api.projects.projectList()
const stream = await CompanionStream.open({ baseUrl, token, chatId: chat.chatId })
const { data: turn } = await api.chats.chatMessageSend({ chatId: chat.chatId, chatMessageSendParams: { text: 'hello from the sdk' } })
const completed = await stream.next('turn_completed', 60_000)
const status: 'completed' | 'interrupted' | 'failed' = completed.data.status
const { data: page } = await api.chats.chatMessagesGet({ chatId: chat.chatId })
stream.close()

// Bridge: correlated requests and a session copy kept by session.sync.
const bridge = await BridgeClient.connect({ baseUrl, token })
const { session_id } = await bridge.request('session.start', { cwd })
const mirror = await bridge.mirror(session_id)
const sent = await bridge.request('turn.send', { session_id, text: 'hello over the bridge' })
await bridge.nextEvent(event => event.event === 'turn/completed' && event.session_id === session_id, 60_000)
const syncKind = await mirror.sync(bridge)
const content = await bridge.request('session.content', { session_id })
const key = (entry: MirrorEntry) => entry.entry_id + '|' + String(entry.item?.['text'] ?? '')
let unknownType = ''
// @ts-expect-error 'no.such.type' is not a bridge request type
await bridge.request('no.such.type', {}).catch((error: { code: string }) => { unknownType = error.code })
bridge.close()

// Daemon: TCP JSON lines, auth first.
const daemon = await DaemonClient.connect({ port: Number(env('GATEWAY_DAEMON_PORT')), token })
const pong = await daemon.call('ping')
const added = await daemon.call('add_workspace', { path: cwd })
const workspaces = await daemon.call('list_workspaces')
let notFound = ''
await daemon.call('list_threads', { workspaceId: 'nope' }).catch((error: unknown) => {
  if (error instanceof DaemonCallError) notFound = error.message
})
// @ts-expect-error add_workspace needs its params
void (() => daemon.call('add_workspace'))
await daemon.call('remove_workspace', { id: added.id })
daemon.close()

console.log(JSON.stringify({
  project: projects.some(p => p.cwd === cwd),
  turnId: turn.turnId, completedTurnId: completed.data.turnId, status,
  history: page.messages.map(m => m.role + ':' + m.text),
  itemId: sent.item_id, syncKind,
  mirrorEqualsContent: JSON.stringify(mirror.entries().map(key).sort()) === JSON.stringify(content.entries.map(key).sort()),
  mirrorTexts: mirror.entries().filter(e => e.item?.['type'] === 'agentMessage').map(e => e.item?.['text']),
  userInputs: mirror.entries().filter(e => e.item_id === sent.item_id).length,
  unknownType, pong, workspaces: workspaces.map(w => w.path), notFound,
}))
`

const TSCONFIG = {
  compilerOptions: {
    // dom: the REST client's declarations use fetch's DOM types (RequestCredentials, …), as every typescript-fetch client does.
    target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', lib: ['es2022', 'dom'],
    types: ['node'], typeRoots: [join(ROOT, 'node_modules/@types')],
    strict: true, skipLibCheck: false, outDir: 'dist', rootDir: '.',
  },
  files: ['consumer.ts'],
}

t.test('the packed SDK installs offline, compiles under tsc --strict and drives all three faces', async t => {
  const packed = await packSdk(t)
  const files = (await run('tar', ['-tzf', packed.tarball])).stdout.split('\n')
  t.ok(files.includes('package/dist/main.d.ts') && files.includes('package/dist/daemon.js'), 'ESM with type declarations')
  t.notOk(files.some(f => f.startsWith('package/src/')), 'no sources in the tarball')

  const project = await mkdtemp(join(tmpdir(), 'sdk-consumer-'))
  t.teardown(() => rm(project, { recursive: true, force: true }))
  await writeFile(join(project, 'package.json'), JSON.stringify({ name: 'sdk-consumer', private: true, type: 'module' }))
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', packed.tarball], { cwd: project, timeout: 120_000 })
  t.same(await readdir(join(project, 'node_modules/@codex-gateway/sdk/node_modules')).catch(() => []), [], 'no runtime dependencies')
  const installed = JSON.parse(await readFile(join(project, 'node_modules/@codex-gateway/sdk/package.json'), 'utf8'))
  t.same(installed.dependencies ?? {}, {})

  await writeFile(join(project, 'consumer.ts'), CONSUMER)
  await writeFile(join(project, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2))
  const tsc = await run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', project], { cwd: project }).then(() => '', (error: any) => `${error.stdout}${error.stderr}`)
  t.equal(tsc, '', 'the consumer compiles under --strict (and every @ts-expect-error is needed)')
  if (tsc) return

  const gw = await startGateway(t, { model: [say('sdk answer'), say('bridge answer')] })
  const { stdout, stderr } = await run(process.execPath, [join(project, 'dist/consumer.js')], {
    cwd: project, timeout: 150_000,
    env: { ...process.env, GATEWAY_URL: gw.url, GATEWAY_TOKEN: gw.token, GATEWAY_CWD: gw.repo, GATEWAY_DAEMON_PORT: String(gw.daemonPort) },
  }).catch((error: any) => { t.fail(`the consumer failed:\n${error.stderr}`); return { stdout: '{}', stderr: '' } })
  if (stderr) t.comment(stderr)
  const result = JSON.parse(stdout.trim().split('\n').pop()!)
  t.equal(result.project, true, 'projects listed')
  t.equal(result.completedTurnId, result.turnId, 'turn_completed of the sent message')
  t.equal(result.status, 'completed')
  t.same(result.history, ['user:hello from the sdk', 'assistant:sdk answer'], 'history read back')
  t.match(result.itemId, /^input_/)
  t.equal(result.syncKind, 'incremental')
  t.equal(result.mirrorEqualsContent, true, 'the synced copy equals session.content')
  t.same(result.mirrorTexts, ['bridge answer'])
  t.equal(result.userInputs, 1, 'the optimistic input is shown once')
  t.equal(result.unknownType, 'unknown_message')
  t.same(result.pong, { ok: true })
  t.same(result.workspaces, [gw.repo])
  t.equal(result.notFound, 'workspace not found: nope', 'a daemon error rejects with DaemonCallError')
})
