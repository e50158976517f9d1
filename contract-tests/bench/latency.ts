/**
 * Figure 2: request → first delta. The gateway's message POST (and the bridge's turn.send)
 * against the raw app-server's turn/start, one short turn each, interleaved sample by sample.
 * Added at p50 is the median of the differences between neighbouring samples (a load burst from
 * elsewhere hits both); added at p99 is the difference of the two p99s. Per repetition.
 */
import { say } from '../support/fake-model.ts'
import type { ClientsProcess } from './clients-process.ts'
import type { BenchContext, Row } from './context.ts'
import { fmt, median, percentile, summarize } from './stats.ts'

const SAMPLES_PER_REP = 150
const TEXT = 'hello there'

export async function latencyBench(ctx: BenchContext, clients: ClientsProcess): Promise<Row[]> {
  const series: Record<string, number[]>[] = []
  for (let rep = 0; rep < ctx.reps; rep++) {
    ctx.script(...Array.from({ length: SAMPLES_PER_REP * 3 }, () => say(TEXT)))
    const got = await clients.latency(['raw', 'companion', 'bridge'], SAMPLES_PER_REP, TEXT)
    ctx.log(`  latency rep ${rep + 1}: p50 raw ${fmt.ms(percentile(got.raw, 50))}, companion ${fmt.ms(percentile(got.companion, 50))}, bridge ${fmt.ms(percentile(got.bridge, 50))}`)
    series.push(got)
  }
  const rows: Row[] = []
  for (const face of ['companion', 'bridge']) {
    for (const [p, limit] of [[50, 5], [99, 20]]) {
      const own = series.map(s => percentile(s[face], p))
      const raw = series.map(s => percentile(s.raw, p))
      const added = p === 50
        ? series.map(s => median(s[face].map((v, i) => v - s.raw[i])))
        : own.map((v, i) => v - raw[i])
      const request = face === 'companion' ? 'POST' : 'turn.send'
      rows.push({
        figure: `2. latency ${request} → first delta, ${face}, p${p}`, format: fmt.ms,
        value: summarize(own), baseline: { label: 'raw turn/start → first delta', value: summarize(raw) },
        relation: { kind: 'added', value: summarize(added) },
        target: `≤ ${limit} ms added`, pass: summarize(added).median <= limit,
        note: `${SAMPLES_PER_REP} samples per repetition`,
      })
    }
  }
  return rows
}
