/**
 * Records a REAL rollout file: drives the real `codex app-server` with the
 * scripted fake model through every kind of turn the history readers map —
 * plain and phased answers, exploring commands, an approved escalated command,
 * a failing command, an apply_patch edit, a command that finishes in the
 * background after its turn, and a context compaction. Shared by the history
 * tests (one recording, ~10 s) and handy for eyeballing the format.
 */
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { rm } from 'node:fs/promises'
import { startFakeModel, say, callTool, execEscalated } from '../../contract-tests/support/fake-model.ts'
import type { ModelResponse, ModelStep } from '../../contract-tests/support/fake-model.ts'
import { makeCodexHome, makeGitRepo } from '../../contract-tests/support/codex-home.ts'
import { startRawAppServer } from '../../contract-tests/support/raw-app-server.ts'
import type { RawAppServer, ServerMessage } from '../../contract-tests/support/raw-app-server.ts'

const TIMEOUT_MS = 20_000

/** A recorded rollout and what the live stream said while it was written. */
export type RecordedRollout = {
  /** The rollout file (`thread.path`). */
  path: string
  threadId: string
  repo: string
  /** Every notification the app-server sent, in order. */
  received: ServerMessage[]
  /** The user prompts, in order. */
  prompts: string[]
  close(): Promise<void>
}

const PATCH = '*** Begin Patch\n*** Add File: src/a.ts\n+export const a = 1\n+export const b = 2\n' +
  '*** Update File: README.md\n@@\n-# test repo\n+# test repo!\n+more\n*** End Patch\n'

/** Runs the scripted session and returns the rollout it wrote; call `close()` when done. */
export async function recordRollout(extraTurns = 8): Promise<RecordedRollout> {
  const model = await startFakeModel()
  const proxy = await customToolProxy(model.url)
  const home = await makeCodexHome(proxy.url)
  const repo = await makeGitRepo()
  const server = await startRawAppServer({ codexHome: home, cwd: repo, timeoutMs: TIMEOUT_MS })
  const close = async () => {
    await server.close()
    await proxy.close()
    await model.close()
    await Promise.all([home, repo].map(dir => rm(dir, { recursive: true, force: true })))
  }
  try {
    const { thread } = await server.request('thread/start', { cwd: repo })
    const prompts: string[] = []
    const turn = async (text: string, ...script: ModelResponse[]) => {
      model.push(...script)
      prompts.push(text)
      return runTurn(server, thread.id, text)
    }
    await turn('plain', say('Plain answer.'))
    await turn('look around', [step(say('Let me look.', { phase: 'commentary' })), step(callTool('exec_command', { cmd: 'cat README.md' }))],
      callTool('exec_command', { cmd: "rg -n test . ; ls -la; sed -n '1,3p' README.md" }), say('All done.', { phase: 'final_answer' }))
    await turn('make ok.txt', execEscalated('echo hi > ok.txt'), say('Created ok.txt.', { phase: 'final_answer' }))
    await turn('fail please', callTool('exec_command', { cmd: 'ls nope; exit 3' }), say('It failed.', { phase: 'final_answer' }))
    await turn('edit files', callTool('apply_patch', { input: PATCH }), say('Patched.', { phase: 'final_answer' }))
    const since = server.received.length
    await turn('run in background', callTool('exec_command', { cmd: 'sleep 1; echo bg-done', yield_time_ms: 250 }, 'call_bg'),
      say('Started it.', { phase: 'final_answer' }))
    await server.waitFor(m => m.method === 'item/completed' && m.params.item.id === 'call_bg', { since, timeoutMs: TIMEOUT_MS })
    await compact(server, model, thread.id)
    for (let i = 0; i < extraTurns; i++) await turn(`question ${i}`, say(`Answer ${i}.`, { phase: 'final_answer' }))
    return { path: thread.path, threadId: thread.id, repo, received: server.received, prompts, close }
  } catch (error) {
    await close()
    throw error
  }
}

function step(response: ModelResponse): ModelStep {
  return response[0]
}

/** Starts a turn, answers every approval with accept, resolves when it completes. */
async function runTurn(server: RawAppServer, threadId: string, text: string): Promise<ServerMessage> {
  const since = server.received.length
  await server.request('turn/start', { threadId, input: [{ type: 'text', text }] })
  return server.waitFor(m => {
    // The predicate sees each message once: answer each approval exactly once.
    if (m.id !== undefined && m.method.endsWith('/requestApproval')) server.respond(m.id, { decision: 'accept' })
    return m.method === 'turn/completed'
  }, { since, timeoutMs: TIMEOUT_MS })
}

async function compact(server: RawAppServer, model: { push(...r: ModelResponse[]): void }, threadId: string): Promise<void> {
  model.push(say('Summary of the conversation so far.'))
  const since = server.received.length
  await server.request('thread/compact/start', { threadId })
  await server.waitFor('turn/completed', { since, timeoutMs: TIMEOUT_MS })
}

/**
 * The fake model can only emit `function_call` items, but real models call
 * apply_patch as a freeform `custom_tool_call` with the patch in `input`. This
 * proxy sits between Codex and the fake and rewrites exactly that item.
 */
async function customToolProxy(target: string): Promise<{ url: string, close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    const body: Buffer[] = []
    for await (const chunk of req) body.push(chunk as Buffer)
    const upstream = await fetch(target.replace(/\/v1$/, '') + req.url, { method: req.method, body: Buffer.concat(body),
      headers: { 'content-type': 'application/json' }, signal: AbortSignal.timeout(TIMEOUT_MS) })
    const text = (await upstream.text()).replace(/^data: (.*)$/gm, (_line, json: string) => `data: ${JSON.stringify(rewrite(JSON.parse(json)))}`)
    res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'text/event-stream' })
    res.end(text)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
    close: () => new Promise<void>(resolve => { server.closeAllConnections(); server.close(() => resolve()) }),
  }
}

function rewrite(event: any): any {
  const fix = (item: any) => {
    if (item?.type !== 'function_call' || item.name !== 'apply_patch') return
    item.type = 'custom_tool_call'
    item.input = JSON.parse(item.arguments).input
    delete item.arguments
  }
  fix(event.item)
  for (const item of event.response?.output ?? []) fix(item)
  return event
}
