/**
 * The measuring clients, in a process of their own so that their CPU is not the orchestrator's
 * (which also serves the scripted model). Driven over IPC by clients-process.ts: open a fleet,
 * run a turn through it, close it; or take a latency series.
 */
import type { RawAppServer } from '../support/raw-app-server.ts'
import { openFleet, startRaw, type Fleet, type FleetOptions, type Target } from './fleet.ts'

export interface RunResult {
  /** ms from the trigger to the first delta at any client. */
  firstDelta: number
  /** ms from the trigger until the slowest client had the whole text. */
  slowestDone: number
  chars: number
  clients: number
  framesMin: number
  framesMax: number
  /** Deltas, over all clients, that did not continue the text in order (must be 0). */
  outOfOrder: number
}

export type Command =
  | { cmd: 'init', options: FleetOptions & { rawHome: string } }
  | { cmd: 'open', target: Target, n: number }
  | { cmd: 'run', text: string }
  | { cmd: 'close' }
  | { cmd: 'latency', targets: Target[], samples: number, text: string }

let options: FleetOptions | undefined
let raw: RawAppServer | undefined
let fleet: Fleet | undefined

const handlers: { [K in Command['cmd']]: (command: Extract<Command, { cmd: K }>) => Promise<unknown> } = {
  /** Points the fleets at a gateway and a bare relay; the raw app-server starts once. */
  async init({ options: o }) {
    raw ??= await startRaw(o.rawHome)
    options = { ...o, rawServer: raw }
  },
  async open({ target, n }) {
    fleet = await openFleet(target, n, options!)
    return { sessionId: fleet.sessionId }
  },
  run: ({ text }) => runTurn(fleet!, text),
  async close() {
    await fleet?.close()
    fleet = undefined
  },
  latency: ({ targets, samples, text }) => latencySeries(targets, samples, text),
}

async function runTurn(f: Fleet, text: string): Promise<RunResult> {
  for (const counter of f.counters) counter.reset(text)
  const t0 = performance.now()
  await f.trigger(text)
  await Promise.all(f.counters.map(counter => counter.whenDone(120_000)))
  await f.completed()
  const frames = f.counters.map(c => c.frames)
  return {
    firstDelta: Math.min(...f.counters.map(c => c.first)) - t0,
    slowestDone: Math.max(...f.counters.map(c => c.done)) - t0,
    chars: text.length,
    clients: f.counters.length,
    framesMin: Math.min(...frames),
    framesMax: Math.max(...frames),
    outOfOrder: f.counters.reduce((sum, c) => sum + c.bad, 0),
  }
}

/**
 * Request → first delta, `samples` times per target, the targets interleaved (their order
 * rotates every sample, so none always goes first after an idle gap).
 */
async function latencySeries(targets: Target[], samples: number, text: string): Promise<Record<string, number[]>> {
  const fleets = await Promise.all(targets.map(target => openFleet(target, 1, options!)))
  const result: Record<string, number[]> = Object.fromEntries(targets.map(t => [t, []]))
  for (let i = 0; i < samples; i++) {
    for (let k = 0; k < fleets.length; k++) {
      const f = fleets[(i + k) % fleets.length]
      const { firstDelta } = await runTurn(f, text)
      result[f.target].push(firstDelta)
    }
  }
  await Promise.all(fleets.map(f => f.close()))
  return result
}

process.on('message', async (message: { id: number } & Command) => {
  try {
    const result = await (handlers[message.cmd] as (c: Command) => Promise<unknown>)(message)
    process.send!({ id: message.id, result })
  } catch (error) {
    process.send!({ id: message.id, error: (error as Error).stack ?? String(error) })
  }
})
process.on('disconnect', () => {
  void raw?.close().finally(() => process.exit(0))
})
