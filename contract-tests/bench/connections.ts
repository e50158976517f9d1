/**
 * Figure 6: 1,000 idle authenticated companion stream clients: the gateway's memory per client
 * (RSS growth over opening them, settled), and a turn still relayed whole to every one of them.
 * Memory is the growth of the V8 heap and external memory after a full GC (over the inspector):
 * RSS barely moves, because the new objects first fill heap the process already holds; its
 * growth is shown for context. The bare relay carrying the same 1,000 clients is the
 * calibration. Each repetition starts a fresh gateway and relay.
 */
import { say } from '../support/fake-model.ts'
import { makeCodexHome } from '../support/codex-home.ts'
import { startBareRelay } from './bare-process.ts'
import type { ClientsProcess } from './clients-process.ts'
import { type BenchContext, type Row } from './context.ts'
import type { Target } from './fleet.ts'
import { openHeapProbe, type HeapProbe } from './inspector.ts'
import { launchGateway } from './launch.ts'
import { deltaText } from './relay.ts'
import { rssOf } from './proc.ts'
import { fmt, median, summarize } from './stats.ts'

const CLIENTS = 1000
const DELTAS = 200
const SETTLE_MS = 1500

interface Sample { perClientKb: number, rssPerClientKb: number, relayMs: number }

export async function connectionsBench(ctx: BenchContext, clients: ClientsProcess, rawHome: string): Promise<Row[]> {
  const text = deltaText(DELTAS)
  const own: Sample[] = []
  const calibration: Sample[] = []
  for (let rep = 0; rep < ctx.reps; rep++) {
    const gw = await launchGateway(ctx.track(await makeCodexHome(ctx.model.url)), { nodeArgs: [...ctx.gatewayNodeArgs, '--inspect=127.0.0.1:0'] })
    const bare = await startBareRelay(ctx.track(await makeCodexHome(ctx.model.url)), ['--inspect=127.0.0.1:0'])
    const probes = [await openHeapProbe(gw.stderr()), await openHeapProbe(bare.stderr())]
    try {
      await clients.init({ url: gw.url, token: gw.token, cwd: ctx.repo, barePort: bare.port, rawHome })
      own.push(await idleThenTurn(ctx, clients, 'companion', gw.pid, probes[0], text))
      calibration.push(await idleThenTurn(ctx, clients, 'bare', bare.pid, probes[1], text))
    } finally {
      probes.forEach(probe => probe.close())
      await bare.stop()
      await gw.stop()
    }
    ctx.log(`  connections rep ${rep + 1}: ${fmt.kb(own[rep].perClientKb)} per client (bare ${fmt.kb(calibration[rep].perClientKb)}), turn to all in ${fmt.ms(own[rep].relayMs)} (bare ${fmt.ms(calibration[rep].relayMs)})`)
  }
  const perClient = own.map(s => s.perClientKb)
  return [
    { figure: `6. ${CLIENTS} idle stream clients, memory per client`, format: fmt.kb, value: summarize(perClient), target: '≤ 50 KB', pass: median(perClient) <= 50,
      baseline: { label: `bare relay, ${CLIENTS} clients`, value: summarize(calibration.map(s => s.perClientKb)) },
      note: `heap + external after GC; RSS growth per client ${summarize(own.map(s => s.rssPerClientKb)).median.toFixed(1)} KB (bare relay ${summarize(calibration.map(s => s.rssPerClientKb)).median.toFixed(1)} KB)` },
    { figure: `6. a ${DELTAS}-delta turn relayed whole to all ${CLIENTS}`, format: fmt.ms, value: summarize(own.map(s => s.relayMs)), target: 'every client gets all of it', pass: true,
      baseline: { label: `bare relay, ${CLIENTS} clients`, value: summarize(calibration.map(s => s.relayMs)) },
      relation: { kind: 'ratio', value: summarize(own.map((s, i) => s.relayMs / calibration[i].relayMs)) } },
  ]
}

async function idleThenTurn(ctx: BenchContext, clients: ClientsProcess, target: Target, pid: number, probe: HeapProbe, text: string): Promise<Sample> {
  await settle()
  const before = { heap: await probe.usedAfterGc(), rss: rssOf(pid) }
  await clients.open(target, CLIENTS)
  try {
    await settle()
    const perClientKb = (await probe.usedAfterGc() - before.heap) / CLIENTS / 1024
    const rssPerClientKb = (rssOf(pid) - before.rss) / CLIENTS / 1024
    ctx.script(say(text, { chunks: DELTAS }))
    // run() fails unless every client got the whole text in order.
    const result = await clients.run(text)
    return { perClientKb, rssPerClientKb, relayMs: result.slowestDone }
  } finally {
    await clients.close()
  }
}

function settle(): Promise<void> {
  return new Promise(resolve => setTimeout(resolve, SETTLE_MS))
}
