import { request as httpRequest } from 'node:http'
import t from 'tap'
import { WebSocket } from 'ws'
import { startGateway, type Gateway } from './support/gateway.ts'

let gw: Gateway
t.before(async () => { gw = await startGateway(t) })

t.test('/healthz answers without a token and names the gateway', async t => {
  const reply = await gw.get('/healthz', { token: null })
  t.equal(reply.status, 200)
  t.match(reply.body, { ok: true, name: 'codex-gateway', codex: 'ready' })
})

t.test('a data route without a valid token is refused with 401', async t => {
  t.equal((await gw.post('/v1/chats', { cwd: gw.repo }, { token: null })).status, 401)
  const bad = await gw.post('/v1/chats', { cwd: gw.repo }, { token: 'not-a-token' })
  t.equal(bad.status, 401)
  t.equal(bad.body.error.code, 'UNAUTHORIZED')
})

t.test('an unknown path is a JSON 404 and a wrong method a JSON 405', async t => {
  const missing = await gw.get('/v1/nothing-here')
  t.equal(missing.status, 404)
  t.equal(missing.body.error.code, 'ROUTE_NOT_FOUND')
  const wrong = await gw.request('DELETE', '/v1/chats')
  t.equal(wrong.status, 405)
  t.equal(wrong.body.error.code, 'METHOD_NOT_ALLOWED')
  t.match(wrong.headers.get('allow'), 'POST')
})

t.test('a body that is not JSON is a 400 MALFORMED_JSON, never a stack trace', async t => {
  const reply = await gw.post('/v1/chats', undefined, { raw: '{"cwd": ' })
  t.equal(reply.status, 400)
  t.equal(reply.body.error.code, 'MALFORMED_JSON')
  t.notMatch(reply.body.error.message, /at .*\.ts:\d+/)
})

t.test('a body over the limit is refused with 413 from its headers, before the token is checked', async t => {
  const { status, body } = await new Promise<{ status: number, body: any }>((resolve, reject) => {
    // Declare 50 MB and send nothing: the answer must come without the gateway waiting for the body.
    const req = httpRequest(`${gw.url}/v1/chats`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(50 << 20) } }, res => {
      let text = ''
      res.setEncoding('utf8').on('data', c => { text += c }).on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }))
    })
    req.on('error', reject)
    req.flushHeaders()
  })
  t.equal(status, 413)
  t.equal(body.error.code, 'PAYLOAD_TOO_LARGE')
})

t.test('fields the spec does not allow, and missing ones, are a 400 naming the field', async t => {
  const extra = await gw.post('/v1/chats', { cwd: gw.repo, shell: 'rm -rf /' })
  t.equal(extra.status, 400)
  t.match(extra.body.error.message, 'shell')
  const missing = await gw.post('/v1/chats', {})
  t.equal(missing.status, 400)
  t.match(missing.body.error.message, 'cwd')
})

t.test('a chat needs an existing absolute directory', async t => {
  for (const cwd of ['relative/dir', '/definitely/not/here', `${gw.repo}/README.md`]) {
    const reply = await gw.post('/v1/chats', { cwd })
    t.equal(reply.status, 400, cwd)
    t.equal(reply.body.error.code, 'INVALID_REQUEST')
  }
})

t.test('a blank message is a 400 and a message to an unknown chat a 404', async t => {
  const chatId = await gw.createChat()
  const blank = await gw.post(`/v1/chats/${chatId}/messages`, { text: '   ' })
  t.equal(blank.status, 400)
  const empty = await gw.post(`/v1/chats/${chatId}/messages`, { text: '' })
  t.equal(empty.status, 400)
  const unknown = await gw.post('/v1/chats/00000000-0000-7000-8000-000000000000/messages', { text: 'hi' })
  t.equal(unknown.status, 404)
  t.equal(unknown.body.error.code, 'CHAT_NOT_FOUND')
})

t.test('the stream refuses, before the upgrade, a missing token, an unknown chat and an unknown path', async t => {
  const chatId = await gw.createChat()
  const ws = gw.url.replace(/^http/, 'ws')
  const refusal = (url: string, headers: Record<string, string>) => new Promise<number>((resolve, reject) => {
    const socket = new WebSocket(url, { headers })
    socket.on('unexpected-response', (_req, res) => { resolve(res.statusCode!); socket.terminate() })
    socket.on('open', () => reject(new Error(`${url} was accepted`)))
    socket.on('error', () => {})
  })
  const auth = { authorization: `Bearer ${gw.token}` }
  t.equal(await refusal(`${ws}/v1/stream?chatId=${chatId}`, {}), 401)
  t.equal(await refusal(`${ws}/v1/stream?chatId=${chatId}`, { authorization: 'Bearer wrong' }), 401)
  t.equal(await refusal(`${ws}/v1/stream?chatId=00000000-0000-7000-8000-000000000000`, auth), 404)
  t.equal(await refusal(`${ws}/v1/stream`, auth), 400)
  t.equal(await refusal(`${ws}/v1/elsewhere`, auth), 404)
})
