/**
 * Figures 1 and 7: a turn streaming 20,000 deltas, the characters per second the slowest of
 * 1, 10 and 100 clients receives (companion stream and bridge), and the gateway's peak RSS with
 * 10 clients. One client is compared with the raw app-server read over stdio; many clients
 * with the bare relay carrying the same clients. The rate runs from the first delta any client
 * got to the last character the slowest client got; every client checks it got the whole text
 * in order.
 */
import { say } from '../support/fake-model.ts'
import type { BareRelay } from './bare-process.ts'
import type { RunResult } from './clients.ts'
import type { ClientsProcess } from './clients-process.ts'
import { rotate, type BenchContext, type Row } from './context.ts'
import type { Target } from './fleet.ts'
import type { BenchGateway } from './launch.ts'
import { MB, peakRssOf, resetPeak, sampleAnonPeak } from './proc.ts'
import { fmt, median, summarize } from './stats.ts'

export const DELTAS = 20_000

/** 20,000 pieces of 9 characters, each different, so order is checked by position. */
export function deltaText(deltas: number): string {
  return Array.from({ length: deltas }, (_, i) => `w${String(i).padStart(6, '0')}, `).join('')
}

interface Sample { rate: number, peakMb: number, anonPeakMb: number, frames: number }

/**
 * Each figure is a pair of runs back to back, the gateway's and its baseline's (the order
 * alternating), so a burst of load from elsewhere on the machine hits both sides of a ratio.
 */
export async function relayBench(ctx: BenchContext, gw: BenchGateway, bare: BareRelay, clients: ClientsProcess, fanouts = [1, 10, 100]): Promise<Row[]> {
  const text = deltaText(DELTAS)
  const samples = new Map<string, Sample[]>()
  const record = (key: string, sample: Sample) => samples.set(key, [...samples.get(key) ?? [], sample])
  const pidOf = (target: Target) => target === 'bare' ? bare.pid : target === 'raw' ? undefined : gw.pid
  for (let rep = 0; rep < ctx.reps; rep++) {
    for (const n of fanouts) {
      const base: Target = n === 1 ? 'raw' : 'bare'
      const faces = rotate<Target>(n === 1 ? ['bare', 'companion', 'bridge'] : ['companion', 'bridge'], rep)
      for (const [k, face] of faces.entries()) {
        const order = (rep + k) % 2 ? [face, base] : [base, face]
        const [first, second] = [await runOnce(ctx, clients, order[0], n, text, pidOf(order[0])), await runOnce(ctx, clients, order[1], n, text, pidOf(order[1]))]
        const [own, baseline] = order[0] === face ? [first, second] : [second, first]
        record(`${face}:${n}`, own)
        record(`${face}:${n}:base`, baseline)
        ctx.log(`  relay rep ${rep + 1} ×${n}: ${face} ${fmt.rate(own.rate)} (${own.frames} frames/client, peak ${own.peakMb.toFixed(0)} MB) vs ${base} ${fmt.rate(baseline.rate)}`)
      }
    }
  }
  return [...throughputRows(samples, fanouts), ...peakRows(samples)]
}

async function runOnce(ctx: BenchContext, clients: ClientsProcess, target: Target, n: number, text: string, pid?: number): Promise<Sample> {
  await clients.open(target, n)
  ctx.script(say(text, { chunks: DELTAS }))
  if (pid) resetPeak(pid)
  const anonPeak = pid ? sampleAnonPeak(pid) : () => 0
  let result: RunResult
  try {
    result = await clients.run(text)
  } finally {
    await clients.close()
  }
  const anonPeakMb = anonPeak() / MB
  if (result.outOfOrder) throw new Error(`${target} ×${n}: ${result.outOfOrder} deltas arrived out of order`)
  return {
    // From the first delta any client got to the last character the slowest client got.
    rate: result.chars / (result.slowestDone - result.firstDelta) * 1000,
    peakMb: pid ? peakRssOf(pid) / MB : 0,
    anonPeakMb,
    frames: result.framesMin,
  }
}

function throughputRows(samples: Map<string, Sample[]>, fanouts: number[]): Row[] {
  const rows: Row[] = []
  for (const n of fanouts) {
    const label = n === 1 ? 'raw app-server (stdio)' : `bare relay, ${n} clients`
    for (const face of n === 1 ? ['bare', 'companion', 'bridge'] : ['companion', 'bridge']) {
      const figure = face === 'bare' ? '1. relay, bare relay (calibration), 1 client' : `1. relay, ${face}, ${n} client${n > 1 ? 's' : ''}`
      rows.push(throughputRow(figure, samples.get(`${face}:${n}`)!, samples.get(`${face}:${n}:base`)!, label, face !== 'bare'))
    }
  }
  return rows
}

function throughputRow(figure: string, own: Sample[], base: Sample[], label: string, judged: boolean): Row {
  const ratio = own.map((s, i) => s.rate / base[i].rate)
  return {
    figure, format: fmt.rate,
    target: judged ? '≥ 0.90' : 'context', pass: judged ? median(ratio) >= 0.9 : undefined,
    value: summarize(own.map(s => s.rate)),
    baseline: { label, value: summarize(base.map(s => s.rate)) },
    relation: { kind: 'ratio', value: summarize(ratio) },
    note: `frames per client: ${Math.min(...own.map(s => s.frames))}–${Math.max(...own.map(s => s.frames))} for ${DELTAS} deltas`,
  }
}

function peakRows(samples: Map<string, Sample[]>): Row[] {
  if (!samples.has('companion:10')) return []
  const bare = [...samples.get('companion:10:base')!, ...samples.get('bridge:10:base')!]
  return ['companion', 'bridge'].map(face => {
    const runs = samples.get(`${face}:10`)!
    const own = runs.map(s => s.peakMb)
    return {
      figure: `7. peak RSS during relay, ${face}, 10 clients`, format: fmt.mb, target: '≤ 120 MB',
      value: summarize(own), pass: median(own) <= 120,
      baseline: { label: 'bare relay process, 10 clients', value: summarize(bare.map(s => s.peakMb)) },
      note: `of which anonymous memory (heap, buffers; RSS without the mapped node binary) peaked at ${fmt.mb(median(runs.map(s => s.anonPeakMb)))}, bare relay ${fmt.mb(median(bare.map(s => s.anonPeakMb)))} (sampled every 10 ms)`,
    }
  })
}
