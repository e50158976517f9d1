/**
 * Companion contract tests driven through the packed @codex-gateway/sdk: the generated REST
 * client and CompanionStream, frames still checked against asyncapi.yaml. The stream's
 * reconnect runs through a TCP proxy the test can cut, like a phone losing its network.
 */
import { existsSync } from 'node:fs'
import { createServer, connect, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import type { CompanionStream, CompanionStreamOptions } from '../codegen/sdk/companion-stream.ts'
import { execEscalated, say } from './support/fake-model.ts'
import { startGateway, type Gateway } from './support/gateway.ts'
import { importSdk, packSdk } from './support/sdk-package.ts'
import { frameProblem } from './support/spec-validator.ts'
import { waitFor } from './support/wait.ts'

const sdk = await importSdk(await packSdk(t))
const Stream = sdk.CompanionStream as typeof CompanionStream

/** Opens an SDK stream whose every frame must match asyncapi.yaml; closed at teardown. */
async function openStream(t: Test, gw: Gateway, chatId: string, extra: Partial<CompanionStreamOptions> = {}): Promise<CompanionStream> {
  const stream = await Stream.open({ baseUrl: gw.url, token: gw.token, chatId, ...extra })
  stream.on('frame', frame => {
    const problem = frameProblem('companionStream', frame)
    if (problem) t.fail(`frame does not match asyncapi.yaml: ${problem}`)
  })
  t.teardown(() => stream.close())
  return stream
}

t.test('an escalated command waits for approval, every client sees it, and it runs once approved', async t => {
  const gw = await startGateway(t, { model: [execEscalated('touch ok.txt'), say('done')] })
  const api = sdk.gatewayApis({ baseUrl: gw.url, token: gw.token })
  const { chatId } = (await api.chats.chatCreate({ chatCreateParams: { cwd: gw.repo } })).data
  const [phone, tablet] = [await openStream(t, gw, chatId), await openStream(t, gw, chatId)]
  await api.chats.chatMessageSend({ chatId, chatMessageSendParams: { text: 'go' } })

  const ask = await phone.next('approval_required')
  t.match(ask.data, { chatId, kind: 'command', mode: 'approval', title: 'Run command', supportsSessionAllow: true })
  t.match(ask.data.summary, 'touch ok.txt')
  t.equal((await tablet.next('approval_required')).data.id, ask.data.id, 'the other client sees the same approval')
  const late = await openStream(t, gw, chatId)
  t.same((await late.next('approval_required', 5000)).data, ask.data, 'a late client re-hydrates it')
  t.equal((await api.approvals.chatPendingApprovalGet({ chatId })).data.id, ask.data.id)
  t.notOk(existsSync(join(gw.repo, 'ok.txt')), 'nothing ran before the answer')

  const answer = await api.approvals.approvalAnswer({ approvalId: ask.data.id, approvalAnswerParams: { decision: 'approve' } })
  t.equal(answer.data.decision, 'approve')
  t.same((await phone.next('approval_cleared')).data.ids, [ask.data.id])
  t.same((await tablet.next('approval_cleared')).data.ids, [ask.data.id])
  t.equal((await phone.next('turn_completed')).data.status, 'completed')
  t.ok(existsSync(join(gw.repo, 'ok.txt')), 'the approved command ran')
  t.equal((await api.approvals.chatPendingApprovalGet({ chatId })).data, null)
  t.equal(phone.pendingApproval, null, 'the stream client tracks it too')

  const again = await api.approvals.approvalAnswer({ approvalId: ask.data.id, approvalAnswerParams: { decision: 'decline' } }).catch((error: any) => error)
  t.equal(again.response?.status, 409, 'the first answer won')
  t.equal((await again.response.json()).error.code, 'APPROVAL_ALREADY_ANSWERED')
})

t.test('a stream that loses its network reconnects, reloads the chat and re-hydrates the approval it missed', async t => {
  const gw = await startGateway(t, { model: [say('first'), execEscalated('touch later.txt'), say('after the reconnect')] })
  const proxy = await startProxy(new URL(gw.url).port)
  t.teardown(() => proxy.close())
  const chatId = await gw.createChat()
  const stream = await openStream(t, gw, chatId, { baseUrl: proxy.url, backoff: { initialMs: 50, maxMs: 200 } })
  const states: string[] = []
  const resyncs: any[] = []
  stream.on('state', state => states.push(state))
  stream.on('resync', resync => resyncs.push(resync))
  await gw.post(`/v1/chats/${chatId}/messages`, { text: 'hello' })
  await stream.next('turn_completed')

  proxy.cut()
  await waitFor(() => stream.state === 'reconnecting' || undefined, 10_000, () => `still ${stream.state}`)
  await gw.post(`/v1/chats/${chatId}/messages`, { text: 'now touch it' })
  const asked = await waitFor(async () => (await gw.get(`/v1/chats/${chatId}/pending-approval`)).body.data ?? undefined, 30_000, () => 'no approval asked')
  t.equal(stream.pendingApproval, null, 'nothing reached the cut stream')
  proxy.heal()

  t.equal((await stream.next('approval_required', 15_000)).data.id, asked.id, 'the missed approval arrives after the reconnect')
  t.same(states, ['reconnecting', 'open'])
  t.match(resyncs.at(-1), { reconnected: true, runState: { isRunning: true }, pendingApproval: { id: asked.id } })
  t.same(resyncs.at(-1).messages.map((m: any) => m.text), ['hello', 'first', 'now touch it'], 'history reloaded')
  await gw.post(`/v1/approvals/${asked.id}`, { decision: 'approve' })
  t.same((await stream.next('approval_cleared')).data.ids, [asked.id])
  t.equal((await stream.next('turn_completed')).data.status, 'completed', 'live frames follow the reload')
})

t.test('a stream with a revoked or wrong token gives up instead of retrying forever', async t => {
  const gw = await startGateway(t)
  const chatId = await gw.createChat()
  await t.rejects(Stream.open({ baseUrl: gw.url, token: 'wrong', chatId }), 'the first connect fails')
  const stream = await openStream(t, gw, chatId, { backoff: { initialMs: 50, maxMs: 100 } })
  const errors: Error[] = []
  stream.on('error', error => errors.push(error))
  await gw.post('/v1/pairing/revoke', {})
  await waitFor(() => stream.state === 'closed' || undefined, 10_000, () => `still ${stream.state}`)
  t.match(errors.at(-1)?.message, '4001', 'closed for good with the revocation code')
})

/** A TCP proxy to the gateway that can drop every connection and refuse new ones, then heal. */
async function startProxy(port: string) {
  let open = true
  const sockets = new Set<Socket>()
  const track = (socket: Socket) => { sockets.add(socket); socket.on('close', () => sockets.delete(socket)).on('error', () => socket.destroy()) }
  const server = createServer(client => {
    track(client)
    if (!open) return client.destroy()
    const upstream = connect(Number(port), '127.0.0.1')
    track(upstream)
    client.pipe(upstream).pipe(client)
    client.on('close', () => upstream.destroy())
    upstream.on('close', () => client.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    cut() { open = false; for (const socket of sockets) socket.destroy() },
    heal() { open = true },
    close: () => new Promise<void>(resolve => { for (const socket of sockets) socket.destroy(); server.close(() => resolve()) }),
  }
}
