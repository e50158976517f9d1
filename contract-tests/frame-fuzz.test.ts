import t from 'tap'
import { METHODS } from '../src/daemon/dispatch.ts'
import { validatorFor } from '../src/http/validation.ts'
import { BRIDGE_METHODS } from '../src/ws/bridge/bridge-methods.ts'
import { startGateway, type Gateway } from './support/gateway.ts'
import { waitFor } from './support/wait.ts'
import { prng } from './reliability/support/prng.ts'

// Seeded random and malformed frames at the bridge and daemon faces. Every frame gets exactly one
// answer, every answer matches asyncapi.yaml (the generated channel validators), and the
// connection still answers a ping afterwards. FRAME_FUZZ_SEED and FRAME_FUZZ_COUNT explore further.

const SEED = Number(process.env.FRAME_FUZZ_SEED ?? 7)
const COUNT = Number(process.env.FRAME_FUZZ_COUNT ?? 400)
/** Methods that start processes or write outside the data dir are left to their own tests. */
const DAEMON_SKIP = /^(terminal|browser|github)_|^(add_|connect_workspace|codex_doctor|remove_workspace|remember_approval_rule|memory_flush_now)/

type Random = () => number

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]

/** A random string: ASCII, any code point (lone surrogates included), or long. */
function text(random: Random): string {
  // Long ones stay under the daemon's 64 KiB pre-auth line cap, past which it hangs up.
  const length = random() < 0.05 ? Math.floor(random() * 8000) : Math.floor(random() * 40)
  return Array.from({ length }, () => random() < 0.7 ? String.fromCharCode(32 + Math.floor(random() * 95)) : String.fromCharCode(Math.floor(random() * 0xffff))).join('')
}

/** A random JSON value, nested up to `depth`. */
function value(random: Random, depth = 3): unknown {
  const kind = Math.floor(random() * (depth > 0 ? 8 : 6))
  switch (kind) {
    case 0: return null
    case 1: return random() < 0.5
    case 2: return Math.floor((random() - 0.5) * 2 ** 53)
    case 3: return random() * 1e308 * (random() < 0.5 ? -1 : 1)
    case 4: case 5: return text(random)
    case 6: return Array.from({ length: Math.floor(random() * 4) }, () => value(random, depth - 1))
    default: return Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [pick(random, ['id', 'type', 'payload', 'session_id', 'path', 'workspaceId', 'threadId', 'text', text(random)]), value(random, depth - 1)]))
  }
}

/** One frame: broken JSON, a JSON value that is no request, or a request with random parts. */
function frame(random: Random, types: readonly string[], idKey: 'id', typeKey: string, payloadKey: string): string {
  const roll = random()
  if (roll < 0.15) return text(random).replace(/\n/g, ' ') || '{'
  if (roll < 0.25) return JSON.stringify(value(random)).slice(0, Math.floor(random() * 30)) || '['
  if (roll < 0.35) return JSON.stringify(value(random)) ?? 'null'
  const request: Record<string, unknown> = {}
  if (random() < 0.9) request[idKey] = random() < 0.7 ? `f${Math.floor(random() * 1e9)}` : random() < 0.5 ? Math.floor(random() * 1e6) : value(random, 1)
  if (random() < 0.95) request[typeKey] = random() < 0.8 ? pick(random, types) : text(random)
  if (random() < 0.8) request[payloadKey] = random() < 0.3 ? {} : value(random)
  if (random() < 0.1) request[text(random)] = value(random, 1)
  return JSON.stringify(request)
}

/** Whether an answer's id belongs to a sent frame: a string/number id is echoed, anything else is null. */
const echoedId = (sent: string): unknown => {
  try {
    const parsed = JSON.parse(sent)
    return typeof parsed?.id === 'string' || typeof parsed?.id === 'number' ? parsed.id : null
  } catch {
    return null
  }
}

let gw: Gateway
t.before(async () => { gw = await startGateway(t) })

t.test('the bridge answers every random frame with a spec error or response and stays open', async t => {
  const random = prng(SEED)
  const validate = validatorFor('channel_bridge')!
  const bridge = await gw.bridge()
  const sent: string[] = []
  for (let i = 0; i < COUNT; i++) {
    const data = frame(random, Object.keys(BRIDGE_METHODS), 'id', 'type', 'payload')
    if (random() < 0.05) {
      bridge.ws.send(Buffer.from(data), { binary: true }) // refused whole: its id is not read
      sent.push('binary')
    } else {
      bridge.ws.send(data)
      sent.push(data)
    }
  }
  const answers = () => bridge.frames.filter(f => f.type === 'response' || f.type === 'error')
  await waitFor(() => answers().length >= COUNT || undefined, 60_000, () => `${answers().length} answers to ${COUNT} frames`)
  t.equal(answers().length, COUNT, 'one answer per frame')
  t.same(bridge.frames.filter(f => !validate(f)), [], 'every frame received matches channel bridge')
  const expectedIds = sent.map(echoedId).filter(id => id !== null).map(String).sort()
  t.same(answers().map(f => f.id).filter(id => id !== null).sort(), expectedIds, 'each request id is answered once')
  t.match(await bridge.request('ping'), { pong: true }, 'the connection still answers')
})

t.test('the daemon answers every random line, before and after auth, and stays open', async t => {
  const validate = validatorFor('channel_daemon')!
  // No `auth`: three failed ones close the connection by design (daemon-transport.test.ts).
  const methods = [...Object.keys(METHODS).filter(m => !DAEMON_SKIP.test(m)), 'initialize', 'thread/start', 'Ping', '']
  for (const phase of ['before auth', 'after auth'] as const) {
    const random = prng(SEED + (phase === 'after auth' ? 1 : 0))
    const daemon = await gw.daemon({ token: phase === 'after auth' ? gw.token : null })
    const start = daemon.frames.length
    const lines = Array.from({ length: COUNT }, () => frame(random, methods, 'id', 'method', 'params'))
      .filter(line => line.trim() !== '')
    daemon.write(`${lines.join('\n')}\n`)
    const answers = () => daemon.frames.slice(start).filter(f => f.method === undefined)
    await waitFor(() => answers().length >= lines.length || undefined, 60_000, () => `${phase}: ${answers().length} answers to ${lines.length} lines`)
    t.equal(answers().length, lines.length, `${phase}: one answer per line`)
    t.same(daemon.frames.filter(f => !validate(f)), [], `${phase}: every frame matches channel daemon`)
    if (phase === 'before auth') t.ok(answers().every(f => f.id === null || f.error), 'nothing but errors before auth')
    t.same(await daemon.call(phase === 'before auth' ? 'auth' : 'ping', phase === 'before auth' ? { token: gw.token } : undefined), { ok: true }, `${phase}: the connection still answers`)
    daemon.close()
  }
})
