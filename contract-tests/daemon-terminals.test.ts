import { readFileSync } from 'node:fs'
import { mkdtemp, realpath, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestContext } from './support/gateway.ts'
import t from 'tap'
import { refusal, type DaemonClient } from './support/daemon-client.ts'
import { startGateway } from './support/gateway.ts'
import { waitFor } from './support/wait.ts'

/** Everything a terminal printed so far on this connection. */
function output(client: DaemonClient, terminalId: string): string {
  return client.notifications
    .filter(frame => frame.method === 'terminal-output' && frame.params.terminalId === terminalId)
    .map(frame => frame.params.data)
    .join('')
}

/** Waits until the terminal's output matches `pattern`; resolves with the match. */
function printed(client: DaemonClient, terminalId: string, pattern: RegExp, ms = 10_000): Promise<RegExpExecArray> {
  return waitFor(() => pattern.exec(output(client, terminalId)) ?? undefined, ms, () => `no ${pattern} in the output of ${terminalId}:\n${output(client, terminalId).slice(-2000)}`)
}

/** Whether a process exists (a zombie counts as gone: it runs nothing). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  return !/\)\s+Z/.test(readStat(pid))
}

function readStat(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return ''
  }
}

function gone(pid: number, what: string): Promise<true> {
  return waitFor(() => alive(pid) ? undefined : true as const, 10_000, () => `${what} (pid ${pid}) is still running`)
}

/** The gateway's environment for these tests: a HOME of its own, so the shell reads no rc file of this machine's user (slow, or noisy). */
async function quietHome(t: TestContext): Promise<Record<string, string>> {
  const home = await mkdtemp(join(tmpdir(), 'terminal-home-'))
  t.teardown(() => rm(home, { recursive: true, force: true }))
  return { HOME: home }
}

/** Opens a terminal and returns the pids of its shell and of a background job it started. */
async function shellWithJob(client: DaemonClient, workspaceId: string, terminalId: string): Promise<{ shell: number, job: number }> {
  await client.call('terminal_open', { workspaceId, terminalId, cols: 80, rows: 24 })
  await client.call('terminal_write', { terminalId, data: 'sleep 300 & echo "pids=$$:$!"\r' })
  const [, shell, job] = await printed(client, terminalId, /pids=(\d+):(\d+)/)
  return { shell: Number(shell), job: Number(job) }
}

t.test('terminals on the daemon face', async t => {
  const gw = await startGateway(t, { waitForCodex: false, env: await quietHome(t) })
  const client = await gw.daemon()
  const other = await gw.daemon()
  const workspace = await client.call('add_workspace', { path: gw.repo })

  t.test('a shell runs commands in the workspace folder and its output streams back to its connection only', async t => {
    t.same(await client.call('terminal_open', { workspaceId: workspace.id, terminalId: 'term-1', cols: 80, rows: 24 }), { id: 'term-1' })
    t.same(await client.call('terminal_write', { terminalId: 'term-1', data: 'pwd; echo "sum=$((40+2))"; printf "caf\\303\\251\\n"\r' }), { ok: true })
    await printed(client, 'term-1', /sum=42/)
    await printed(client, 'term-1', /café/)
    t.match(output(client, 'term-1'), await realpath(gw.repo), 'the shell starts in the workspace folder')
    const frame = client.notifications.find(f => f.method === 'terminal-output')
    t.same(Object.keys(frame.params).sort(), ['data', 'terminalId', 'workspaceId'])
    t.equal(frame.params.workspaceId, workspace.id)
    t.notOk(other.notifications.some(f => f.method === 'terminal-output'), 'another connection hears nothing of it')
  })

  t.test('resize changes the size the shell sees, clamped to 65535', async t => {
    await client.call('terminal_resize', { terminalId: 'term-1', cols: 132, rows: 40 })
    await client.call('terminal_write', { terminalId: 'term-1', data: 'echo "size=$(stty size)"\r' })
    await printed(client, 'term-1', /size=40 132/)
    await client.call('terminal_resize', { terminalId: 'term-1', cols: 70_000, rows: 0 })
    await client.call('terminal_write', { terminalId: 'term-1', data: 'echo "big=$(stty size)"\r' })
    await printed(client, 'term-1', /big=1 65535/)
  })

  t.test('terminal ids are per connection: a duplicate is refused, another connection has its own', async t => {
    const twice = await refusal(client.call('terminal_open', { workspaceId: workspace.id, terminalId: 'term-1', cols: 80, rows: 24 }))
    t.equal(twice.code, 'TERMINAL_ALREADY_EXISTS')
    t.equal((await refusal(other.call('terminal_write', { terminalId: 'term-1', data: 'echo intruder\r' }))).code, 'TERMINAL_NOT_FOUND', 'no typing into another connection\'s shell')
    t.same(await other.call('terminal_open', { workspaceId: workspace.id, terminalId: 'term-1', cols: 80, rows: 24 }), { id: 'term-1' })
    await other.call('terminal_write', { terminalId: 'term-1', data: 'echo "mine=$((6*7))"\r' })
    await printed(other, 'term-1', /mine=42/)
    t.notMatch(output(client, 'term-1'), /mine=/, 'each connection sees its own shell')
    await other.call('terminal_close', { terminalId: 'term-1' })
    for (const method of ['terminal_write', 'terminal_resize', 'terminal_close']) {
      const error = await refusal(client.call(method, { terminalId: 'no-such', data: '', cols: 1, rows: 1 }))
      t.equal(error.code, 'TERMINAL_NOT_FOUND', method)
    }
    t.equal((await refusal(client.call('terminal_open', { workspaceId: 'nope', terminalId: 'x', cols: 1, rows: 1 }))).code, 'WORKSPACE_NOT_FOUND')
    t.equal((await refusal(client.call('terminal_open', { workspaceId: workspace.id, terminalId: 'x', cols: -1, rows: 1 }))).code, 'INVALID_REQUEST')
  })

  t.test('terminal_close ends the shell and the jobs it started', async t => {
    const { shell, job } = await shellWithJob(client, workspace.id, 'doomed')
    t.ok(alive(shell) && alive(job), 'both run')
    t.same(await client.call('terminal_close', { terminalId: 'doomed' }), { ok: true })
    await gone(shell, 'the shell')
    await gone(job, 'its background job')
    t.equal((await refusal(client.call('terminal_write', { terminalId: 'doomed', data: 'x' }))).code, 'TERMINAL_NOT_FOUND')
  })

  t.test('a flood of output arrives in batches and does not hold up other calls', async t => {
    const lines = 1_000_000
    await client.call('terminal_open', { workspaceId: workspace.id, terminalId: 'flood', cols: 200, rows: 50 })
    const before = client.notifications.length
    await client.call('terminal_write', { terminalId: 'flood', data: `seq 1 ${lines}; echo flood-done\r` })
    await printed(client, 'flood', /\r\n100000\r\n/, 30_000)
    const started = Date.now()
    t.same(await client.call('ping', undefined, 5000), { ok: true })
    t.ok(Date.now() - started < 2000, `ping answered in ${Date.now() - started} ms in the middle of the flood`)
    await printed(client, 'flood', /\nflood-done\r?\n/, 60_000) // the line printed, not the command echoed
    const text = output(client, 'flood')
    // t.ok, not t.match: a failing match would print megabytes of diagnostics.
    const numbers = text.slice(text.indexOf('\r1\r\n') + 1).split('\r\n').slice(0, lines)
    t.ok(numbers.length === lines && numbers.every((line, i) => line === String(i + 1)), 'every line, in order, none lost or split')
    const frames = client.notifications.slice(before).filter(f => f.params?.terminalId === 'flood').length
    t.ok(frames < lines / 100, `${lines} lines came as ${frames} notifications`)
    await client.call('terminal_close', { terminalId: 'flood' })
  })

  t.test('closing the connection ends its shells', async t => {
    const leaving = await gw.daemon()
    const { shell, job } = await shellWithJob(leaving, workspace.id, 'left-behind')
    leaving.close()
    await gone(shell, 'the shell of a closed connection')
    await gone(job, 'its background job')
  })

  t.test('removing the workspace ends the terminals running in it', async t => {
    const { shell } = await shellWithJob(client, workspace.id, 'in-removed')
    await client.call('remove_workspace', { id: workspace.id })
    await gone(shell, 'a shell of a removed workspace')
    t.equal((await refusal(client.call('terminal_write', { terminalId: 'in-removed', data: 'x' }))).code, 'TERMINAL_NOT_FOUND')
  })
})

t.test('stopping the gateway ends every shell', async t => {
  const gw = await startGateway(t, { waitForCodex: false, env: await quietHome(t) })
  const client = await gw.daemon()
  const workspace = await client.call('add_workspace', { path: gw.repo })
  const { shell, job } = await shellWithJob(client, workspace.id, 'at-shutdown')
  gw.process.kill('SIGTERM')
  await gone(shell, 'the shell after the gateway stopped')
  await gone(job, 'its background job')
})
