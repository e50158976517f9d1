import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { WebSocket } from 'ws'
import { DeviceStore } from './core/devices.ts'

const git = (cwd: string, ...args: string[]) =>
  promisify(execFile)('git', ['-c', 'user.name=codex-gateway selftest', '-c', 'user.email=selftest@codex-gateway.invalid', ...args], { cwd })

interface Context {
  url: string
  token: string
  repo: string
  codexHome?: string
  chatId?: string
  projectId?: string
}

/** One HTTP call to the gateway; throws with the gateway's error message on a non-2xx answer. */
async function call(ctx: Context, method: string, path: string, body?: unknown): Promise<any> {
  const response = await fetch(ctx.url + path, {
    method,
    headers: { authorization: `Bearer ${ctx.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  })
  const json = await response.json().catch(() => undefined) as any
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${json?.error?.message ?? 'no JSON body'}`)
  return json
}

/** The closed loop of the architecture document, each step a sentence of the report. */
const STEPS: [string, (ctx: Context) => Promise<string>][] = [
  ['gateway answers /healthz', async ctx => {
    const health = await (await fetch(`${ctx.url}/healthz`)).json() as any
    if (!health.ok) throw new Error(`Codex is ${health.codex}${health.codexError ? `: ${health.codexError}` : ''}`)
    return `${health.name} ${health.version}`
  }],
  ['create a chat in a temporary repository', async ctx => {
    ctx.chatId = (await call(ctx, 'POST', '/v1/chats', { cwd: ctx.repo })).data.chatId
    const projects = (await call(ctx, 'GET', '/v1/projects')).data as { projectId: string, cwd: string }[]
    ctx.projectId = projects.find(p => p.cwd === ctx.repo)?.projectId
    if (!ctx.projectId) throw new Error('the new chat\'s project is not listed')
    return ctx.chatId!
  }],
  ['load the project context', async ctx => {
    const { data } = await call(ctx, 'GET', `/v1/projects/${ctx.projectId}/context`)
    if (!data.git.isRepository) throw new Error('the temporary repository is not seen as one')
    return `branch ${data.git.branch}, approval ${data.approvalPolicy}, sandbox ${data.sandboxMode}`
  }],
  ['exercise the git routes', async ctx => {
    const base = `/v1/projects/${ctx.projectId}/git`
    await git(ctx.repo, 'branch', 'selftest-branch')
    await writeFile(join(ctx.repo, 'selftest.txt'), 'selftest\n')
    await git(ctx.repo, 'add', 'selftest.txt')
    const diff = (await call(ctx, 'GET', `${base}/diff`)).data
    if (!diff.staged.includes('selftest')) throw new Error('the staged change is not in the diff')
    const commit = (await call(ctx, 'POST', `${base}/commit`, { message: 'selftest commit' })).data
    await call(ctx, 'POST', `${base}/checkout`, { branch: 'selftest-branch' })
    const branches = (await call(ctx, 'GET', `${base}/branches`)).data as { name: string, current: boolean }[]
    if (!branches.find(b => b.current)?.name.startsWith('selftest')) throw new Error('checkout did not switch branches')
    return `committed ${commit.sha.slice(0, 8)}, switched to selftest-branch`
  }],
  ['round-trip the runtime config', async ctx => {
    const { data } = await call(ctx, 'GET', `/v1/projects/${ctx.projectId}/context`)
    const patch = Object.fromEntries(Object.entries({ approvalPolicy: data.approvalPolicy, sandboxMode: data.sandboxMode }).filter(([, v]) => v))
    if (Object.keys(patch).length === 0) return 'nothing set at top level; skipped'
    const file = ctx.codexHome && join(ctx.codexHome, 'config.toml')
    const before = file && await readFile(file, 'utf8').catch(() => undefined)
    await call(ctx, 'PATCH', '/v1/runtime/config', patch)
    if (file && before !== undefined && await readFile(file, 'utf8') !== before) throw new Error('writing the same values changed config.toml')
    return `wrote ${JSON.stringify(patch)} back${before !== undefined ? ', config.toml byte-identical' : ''}`
  }],
  ['send a message and collect its stream', async ctx => {
    const events = await streamTurn(ctx, 'This is the codex-gateway self-test. Reply with the single word OK.')
    if (!events.includes('turn_completed')) throw new Error(`the turn did not complete; saw ${events.join(', ')}`)
    return `${events.length} events: ${[...new Set(events)].join(', ')}`
  }],
]

/** Opens the chat's stream, sends `text`, and resolves with the frame types until the turn completes. */
async function streamTurn(ctx: Context, text: string): Promise<string[]> {
  const ws = new WebSocket(`${ctx.url.replace(/^http/, 'ws')}/v1/stream?chatId=${encodeURIComponent(ctx.chatId!)}`, { headers: { authorization: `Bearer ${ctx.token}` } })
  const events: string[] = []
  try {
    await new Promise((resolve, reject) => { ws.once('open', resolve); ws.once('error', reject) })
    const done = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no turn_completed within 120 s; saw ${events.join(', ') || 'nothing'}`)), 120_000)
      ws.on('message', data => {
        const frame = JSON.parse(String(data))
        events.push(frame.type)
        if (frame.type === 'approval_required') void call(ctx, 'POST', `/v1/approvals/${frame.data.id}`, { decision: 'decline' })
        if (frame.type === 'turn_completed') { clearTimeout(timer); resolve() }
      })
    })
    await call(ctx, 'POST', `/v1/chats/${ctx.chatId}/messages`, { text })
    await done
    return events
  } finally {
    ws.close()
  }
}

export interface SelftestOptions {
  url: string
  dataDir: string
  token?: string
  codexHome?: string
}

/** Runs every step against a running gateway, printing PASS/FAIL lines; resolves true when all passed. */
export async function runSelftest(options: SelftestOptions, print: (line: string) => void): Promise<boolean> {
  const devices = new DeviceStore(options.dataDir)
  const issued = options.token ? undefined : await devices.issue('codex-gateway selftest')
  const repo = await mkdtemp(join(tmpdir(), 'codex-gateway-selftest-'))
  const ctx: Context = { url: options.url.replace(/\/$/, ''), token: options.token ?? issued!.token, repo, codexHome: options.codexHome }
  let passed = true
  try {
    await git(repo, 'init', '-q', '-b', 'main')
    await git(repo, 'commit', '-q', '--allow-empty', '-m', 'selftest start')
    for (const [name, step] of STEPS) {
      try {
        print(`PASS  ${name}: ${await step(ctx)}`)
      } catch (error) {
        passed = false
        print(`FAIL  ${name}: ${(error as Error).message}`)
      }
    }
    print('SKIP  visible desktop proof: needs a logged-in macOS desktop with Screen Recording permission')
  } finally {
    if (issued) await devices.revoke(issued.device.id)
    await rm(repo, { recursive: true, force: true })
  }
  print(passed ? 'selftest passed' : 'selftest FAILED')
  return passed
}
