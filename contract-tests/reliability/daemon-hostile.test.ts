import { connect, type Socket } from 'node:net'
import t, { type Test } from 'tap'
import { startGateway, type Gateway } from '../support/gateway.ts'
import { waitFor, withTimeout } from '../support/wait.ts'
import { openFiles, rssBytes } from './support/processes.ts'
import { prng, randomBytesFrom } from './support/prng.ts'

// The daemon's TCP port is open to whoever can reach it, token or not: it must hold no more than a
// line's cap per stranger, answer garbage with error frames, and let idle strangers go.

let gw: Gateway
t.before(async () => { gw = await startGateway(t) })

/** The gateway lives on and serves a newcomer. */
async function assertServing(t: Test): Promise<void> {
  t.equal(gw.process.exitCode, null, 'the gateway is still running')
  const probe = await gw.daemon()
  t.same(await probe.call('ping'), { ok: true }, 'a fresh client is served')
  probe.close()
}

/** A raw TCP connection to the daemon port. */
async function dial(): Promise<Socket> {
  const socket = connect({ host: '127.0.0.1', port: gw.daemonPort })
  socket.on('error', () => {})
  await withTimeout(new Promise(resolve => socket.once('connect', resolve)), 5000, 'no connection')
  return socket
}

t.test('a stranger sending megabytes without a newline is refused at the pre-auth cap and hung up on', async t => {
  const before = rssBytes(gw.process.pid!)
  const client = await gw.daemon({ token: null })
  const chunk = Buffer.alloc(1 << 20, 0x61)
  for (let i = 0; i < 64 && !client.socket.destroyed; i++) {
    if (!client.socket.write(chunk)) await Promise.race([new Promise(resolve => client.socket.once('drain', resolve)), client.closed])
  }
  const refusal = await client.nextOrphan()
  t.equal(refusal.error.code, 'PAYLOAD_TOO_LARGE', 'refused once, as soon as it passed the cap')
  t.match(refusal.error.message, 'over 65536 bytes')
  await withTimeout(client.closed, 5000, 'the stranger was not hung up on')
  const grown = rssBytes(gw.process.pid!) - before
  t.ok(grown < 32 << 20, `the line was not kept (memory grew by ${Math.round(grown / 1048576)} MB)`)
  await assertServing(t)
})

t.test('an authenticated client sending 256 MB without a newline holds no more than the line cap', async t => {
  const before = rssBytes(gw.process.pid!)
  const client = await gw.daemon()
  const chunk = Buffer.alloc(1 << 20, 0x61)
  for (let i = 0; i < 256; i++) {
    if (!client.socket.write(chunk)) await new Promise(resolve => client.socket.once('drain', resolve))
  }
  t.equal((await client.nextOrphan()).error.code, 'PAYLOAD_TOO_LARGE', 'refused once it passed the 16 MiB cap')
  const grown = rssBytes(gw.process.pid!) - before
  // Read buffers are freed by the garbage collector in its own time: allow that, not the line.
  t.ok(grown < 128 << 20, `the 256 MB line was not kept (memory grew by ${Math.round(grown / 1048576)} MB)`)
  client.write('\n')
  t.same(await client.call('ping'), { ok: true }, 'the next line is read as usual')
  client.close()
  await assertServing(t)
})

t.test('binary garbage gets error frames and the connection lives on', async t => {
  const random = prng(8)
  const client = await gw.daemon()
  for (let i = 0; i < 50; i++) client.write(Buffer.concat([randomBytesFrom(random, 1 + Math.floor(random() * 2000)), Buffer.from('\n')]))
  const codes = new Set<string>()
  // A line may be blank or split by a stray newline inside the garbage: count answers, not lines.
  await waitFor(() => client.frames.filter(f => f.id === null).length >= 40 || undefined, 10_000, () => 'too few error frames')
  for (const frame of client.frames.filter(f => f.id === null)) codes.add(frame.error.code)
  t.same([...codes].filter(code => code !== 'MALFORMED_JSON' && code !== 'INVALID_REQUEST'), [], 'only spec error frames')
  t.same(await client.call('ping'), { ok: true }, 'still answers')
  client.close()
  await assertServing(t)
})

t.test('thousands of connections come and go without growing memory or leaking descriptors', async t => {
  const pid = gw.process.pid!
  const files = openFiles(pid)
  const before = rssBytes(pid)
  for (let wave = 0; wave < 6; wave++) {
    const sockets = await Promise.all(Array.from({ length: 500 }, () => dial()))
    // Some say something half-finished, some a whole bad line, some nothing at all.
    sockets.forEach((socket, i) => socket.write(i % 3 === 0 ? '{"id":1,"method":"au' : i % 3 === 1 ? 'garbage\n' : ''))
    await new Promise(resolve => setTimeout(resolve, 100))
    for (const socket of sockets) socket.destroy()
  }
  await waitFor(() => openFiles(pid) <= files + 5 || undefined, 10_000, () => `descriptors stay open: ${openFiles(pid)} > ${files}`)
  t.pass('every descriptor was released')
  const grown = rssBytes(pid) - before
  t.ok(grown < 80 << 20, `memory grew by ${Math.round(grown / 1048576)} MB for 3,000 connections`)
  await assertServing(t)
})

t.test('connections that never authenticate are closed by the idle timeout', async t => {
  const sockets = await Promise.all(Array.from({ length: 200 }, () => dial()))
  sockets.slice(0, 100).forEach(socket => socket.write('{"id":1,')) // half a request, then silence
  const closed = sockets.map(socket => new Promise(resolve => socket.once('close', resolve)))
  await withTimeout(Promise.all(closed), 25_000, 'idle strangers were not closed within the 15 s auth timeout')
  t.pass('all 200 were closed')
  await assertServing(t)
})
