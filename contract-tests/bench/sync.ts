/**
 * Figure 4: `session.sync` with one changed turn on sessions of about 100, 1,000 and 10,000
 * entries. Each repetition runs one new turn in every session (the sizes in rotating order),
 * then times syncs from just before that turn, each next to a bridge `ping` (the round-trip
 * floor). Flat means the 10,000-entry session syncs within 2× of the 100-entry one.
 */
import { say } from '../support/fake-model.ts'
import { withTimeout } from '../support/wait.ts'
import { openBridgeRpc, type BridgeRpc } from './bridge-rpc.ts'
import { rotate, type BenchContext, type Row } from './context.ts'
import type { DataHome } from './data-home.ts'
import type { BenchGateway } from './launch.ts'
import { fmt, median, summarize } from './stats.ts'

const SYNCS_PER_REP = 25

export async function syncBench(ctx: BenchContext, gw: BenchGateway, home: DataHome): Promise<Row[]> {
  const bridge = await openBridgeRpc(gw.url, gw.token)
  const completed = new Map<string, () => void>()
  bridge.onEvent(frame => { if (frame.event === 'turn/completed') completed.get(frame.session_id)?.() })
  const sizes = new Map<string, { entries: number, content: number, sync: number[], ping: number[] }>()
  try {
    for (const { label, threadId } of home.sync) {
      const started = performance.now()
      const content = await bridge.request('session.content', { session_id: threadId })
      sizes.set(label, { entries: content.entries.length, content: performance.now() - started, sync: [], ping: [] })
    }
    for (let rep = 0; rep < ctx.reps; rep++) {
      for (const { label, threadId } of rotate(home.sync, rep)) {
        const { sync, ping } = await oneRep(ctx, bridge, completed, threadId)
        sizes.get(label)!.sync.push(sync)
        sizes.get(label)!.ping.push(ping)
        ctx.log(`  sync rep ${rep + 1} ${label}: ${fmt.ms(sync)} (ping ${fmt.ms(ping)})`)
      }
    }
  } finally {
    bridge.close()
  }
  return rows(home, sizes)
}

/** One new turn, then the median sync from just before it and the median ping. */
async function oneRep(ctx: BenchContext, bridge: BridgeRpc, completed: Map<string, () => void>, sessionId: string): Promise<{ sync: number, ping: number }> {
  const before = (await bridge.request('session.sync', { session_id: sessionId, since_seq: 0 })).last_seq
  ctx.script(say('done'))
  const done = withTimeout(new Promise<void>(resolve => completed.set(sessionId, resolve)), 60_000, 'the sync turn did not complete')
  await bridge.request('turn.send', { session_id: sessionId, text: 'one more change' })
  await done
  const sync: number[] = []
  const ping: number[] = []
  for (let i = 0; i < SYNCS_PER_REP; i++) {
    let started = performance.now()
    await bridge.request('ping')
    ping.push(performance.now() - started)
    started = performance.now()
    const answer = await bridge.request('session.sync', { session_id: sessionId, since_seq: before })
    sync.push(performance.now() - started)
    if (answer.needs_full_sync || answer.changed_turn_ids.length !== 1) {
      throw new Error(`sync of ${sessionId}: expected one changed turn, got ${JSON.stringify({ ...answer, entries: answer.entries.length })}`)
    }
  }
  return { sync: median(sync), ping: median(ping) }
}

function rows(home: DataHome, sizes: Map<string, { entries: number, content: number, sync: number[], ping: number[] }>): Row[] {
  const small = sizes.get(home.sync[0].label)!
  const large = sizes.get(home.sync[home.sync.length - 1].label)!
  const out: Row[] = home.sync.map(({ label }) => {
    const s = sizes.get(label)!
    return {
      figure: `4. session.sync, one changed turn, ${s.entries} entries`, format: fmt.ms,
      value: summarize(s.sync), baseline: { label: 'bridge ping round trip', value: summarize(s.ping) },
      target: '≤ 5 ms', pass: median(s.sync) <= 5,
      note: `full session.content: ${fmt.ms(s.content)}`,
    }
  })
  const flat = large.sync.map((v, i) => v / small.sync[i])
  out.push({
    figure: `4. session.sync flatness, ${large.entries} ÷ ${small.entries} entries`, format: fmt.ratio,
    value: summarize(flat), target: '≤ 2', pass: median(flat) <= 2,
  })
  return out
}
