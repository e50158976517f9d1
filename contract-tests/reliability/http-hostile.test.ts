import t, { type Test } from 'tap'
import { startGateway, type Gateway } from '../support/gateway.ts'
import { rawHttp } from './support/raw-http.ts'
import { rssBytes } from './support/processes.ts'

// Hostile HTTP: what made other gateways print stack traces, buffer 40 MB before checking a
// token, or hold a connection forever. Every answer is the JSON error object; nothing is read
// that will be refused anyway.

const HEADERS_TIMEOUT_MS = 1500

let gw: Gateway
let chatId: string
t.before(async () => {
  gw = await startGateway(t, { flags: ['--headers-timeout', String(HEADERS_TIMEOUT_MS)] })
  chatId = await gw.createChat()
})

/** The gateway lives on and answers. */
async function assertServing(t: Test): Promise<void> {
  t.equal(gw.process.exitCode, null, 'the gateway is still running')
  t.equal((await gw.get('/healthz', { token: null })).status, 200, 'and answers')
}

t.test('malformed JSON of every kind is a JSON 400, never a stack trace', async t => {
  const bodies = ['{"cwd": ', '{cwd: 1}', "{'cwd': '/'}", 'NaN', '{"cwd": "/"}}', '\u0000', '['.repeat(1 << 20), Buffer.from([0x7b, 0xff, 0xfe, 0x7d]).toString('latin1')]
  for (const raw of bodies) {
    const reply = await gw.post('/v1/chats', undefined, { raw })
    t.equal(reply.status, 400, `${JSON.stringify(raw.slice(0, 20))} is refused`)
    t.match(reply.body.error.code, /^(MALFORMED_JSON|INVALID_REQUEST)$/)
    t.notMatch(reply.body.error.message, /\.ts:\d+|\n\s+at /, 'no stack in the message')
  }
  await assertServing(t)
})

t.test('a huge declared body is a 413 at once, before auth and before any byte is read', async t => {
  const client = await rawHttp(gw.url)
  const started = Date.now()
  client.socket.write(`POST /v1/chats/${chatId}/messages HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${40 << 20}\r\n\r\n{"text":"`)
  const trickle = setInterval(() => client.socket.write('a'), 50) // the sender keeps going as slowly as it likes
  t.teardown(() => clearInterval(trickle))
  const { status, body } = await client.response(5000)
  clearInterval(trickle)
  t.equal(status, 413)
  t.equal(JSON.parse(body).error.code, 'PAYLOAD_TOO_LARGE', 'no token was given, and the size is refused first')
  t.ok(Date.now() - started < 2000, 'the answer did not wait for the body')
  client.socket.destroy()
  await assertServing(t)
})

t.test('a chunked body that grows over the limit is cut at the limit', async t => {
  const before = rssBytes(gw.process.pid!)
  const client = await rawHttp(gw.url)
  client.socket.write(`POST /v1/chats/${chatId}/messages HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${gw.token}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`)
  const chunk = Buffer.alloc(256 << 10, 0x61)
  for (let sent = 0; sent < 20 << 20 && !client.socket.destroyed; sent += chunk.length) {
    if (!client.socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`)) await new Promise(resolve => { client.socket.once('drain', resolve); client.socket.once('close', resolve) })
    if (client.received()) break
  }
  const { status, body } = await client.response(10_000)
  t.equal(status, 413)
  t.equal(JSON.parse(body).error.code, 'PAYLOAD_TOO_LARGE')
  t.ok(rssBytes(gw.process.pid!) - before < 64 << 20, 'the refused body was not kept')
  client.socket.destroy()
  await assertServing(t)
})

t.test('a 20 MB message is refused with 413 and never reaches Codex or the log', async t => {
  const marker = 'SECRET-MARKER-20MB'
  const raw = JSON.stringify({ text: marker + 'x'.repeat(20 << 20) })
  const reply = await gw.post(`/v1/chats/${chatId}/messages`, undefined, { raw })
  t.equal(reply.status, 413)
  t.equal(reply.body.error.code, 'PAYLOAD_TOO_LARGE')
  t.notOk(gw.model.requests.some(r => JSON.stringify(r).includes(marker)), 'the model never saw it')
  t.notOk(gw.output.stdout.includes(marker) || gw.output.stderr.includes(marker), 'the log never saw it')
  await assertServing(t)
})

t.test('a slow trickle of headers is cut off after the headers timeout', async t => {
  const client = await rawHttp(gw.url)
  const started = Date.now()
  client.socket.write('GET /healthz HTTP/1.1\r\nHost: x\r\n')
  const trickle = setInterval(() => { if (!client.socket.destroyed) client.socket.write('X-Slow: y\r\n') }, 200)
  t.teardown(() => clearInterval(trickle))
  const text = await client.closed
  clearInterval(trickle)
  const elapsed = Date.now() - started
  t.ok(elapsed >= HEADERS_TIMEOUT_MS - 100, `not cut before the timeout (${elapsed} ms)`)
  t.ok(elapsed < HEADERS_TIMEOUT_MS + 2500, `cut soon after it (${elapsed} ms)`)
  t.match(text, /^HTTP\/1\.1 408/, 'answered 408 Request Timeout')
  await assertServing(t)
})

t.test('a URL or a header over 64 KiB is refused with 431 and the connection closed', async t => {
  for (const request of [
    `GET /healthz?pad=${'a'.repeat(70 << 10)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: ${'a'.repeat(70 << 10)}\r\n\r\n`,
  ]) {
    const client = await rawHttp(gw.url)
    client.socket.write(request)
    t.match(await client.closed, /^HTTP\/1\.1 431/)
  }
  await assertServing(t)
})

t.test('a git path of 4096 characters, as the spec allows, still fits in a URL', async t => {
  const projectId = (await gw.get('/v1/projects')).body.data[0].projectId
  const reply = await gw.get(`/v1/projects/${projectId}/git/diff?path=${encodeURIComponent('€'.repeat(4096))}`)
  t.equal(reply.status, 400, 'a clear refusal of the path, not a transport error')
  t.equal(reply.body.error.code, 'INVALID_PATH')
  await assertServing(t)
})
