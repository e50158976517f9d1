/** What every scenario shares: the scripted model, a repo to work in, and how results are kept. */
import type { FakeModel, ModelResponse } from '../support/fake-model.ts'
import type { Summary } from './stats.ts'

/** One line of the results table. */
export interface Row {
  /** The figure number and what was measured, e.g. `1. relay, companion, 10 clients`. */
  figure: string
  /** The gateway's value: median (range) over repetitions. */
  value: Summary
  format: (value: number) => string
  /** What it is compared with, measured in the same run. */
  baseline?: { label: string, value: Summary }
  /** gateway ÷ baseline, or gateway − baseline, per repetition (see `relation`). */
  relation?: { kind: 'ratio' | 'added', value: Summary }
  target: string
  /** Whether the median meets the target; undefined when the row is context only. */
  pass?: boolean
  note?: string
}

export interface BenchContext {
  model: FakeModel
  /** A git repo the threads run in. */
  repo: string
  reps: number
  log(line: string): void
  /** Queues model responses, after checking that nothing queued earlier is left over. */
  script(...responses: ModelResponse[]): void
  /** Extra node flags for every gateway started (e.g. `--cpu-prof`), from BENCH_GATEWAY_NODE_ARGS. */
  gatewayNodeArgs: string[]
  /** Remembers a temp dir to delete at the end; returns it. */
  track(dir: string): string
  tempDirs: string[]
}

/** The context around one fake model; tracks what was queued so a leftover is caught. */
export function benchContext(model: FakeModel, repo: string, reps: number, log: (line: string) => void): BenchContext {
  let queued = 0
  const tempDirs: string[] = []
  return {
    model, repo, reps, log, tempDirs,
    gatewayNodeArgs: (process.env.BENCH_GATEWAY_NODE_ARGS ?? '').split(' ').filter(Boolean),
    track: dir => { tempDirs.push(dir); return dir },
    script(...responses) {
      if (model.requests.length < queued) log(`warning: ${queued - model.requests.length} scripted responses were not used`)
      queued = Math.max(queued, model.requests.length) + responses.length
      model.push(...responses)
    },
  }
}

/** A GET with the token, timed from the request to the parsed body. */
export async function timedGet(url: string, token: string, path: string): Promise<{ ms: number, status: number, body: any }> {
  const started = performance.now()
  const response = await fetch(url + path, { headers: { authorization: `Bearer ${token}` } })
  const body = await response.json()
  const ms = performance.now() - started
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${JSON.stringify(body)}`)
  return { ms, status: response.status, body }
}

/** The items rotated by `k`, so the order of interleaved runs changes from one repetition to the next. */
export function rotate<T>(items: T[], k: number): T[] {
  const shift = k % items.length
  return [...items.slice(shift), ...items.slice(0, shift)]
}
