/**
 * `npm run bench`: the gateway, started through its CLI on the real `codex app-server` with the
 * scripted model, measured against baselines taken in the same run (the raw app-server over
 * stdio, a bare WebSocket relay), every figure repeated and interleaved. Prints each figure
 * with its baseline and writes the table into docs/benchmarks.md.
 *
 * Usage: node contract-tests/bench/index.ts [--reps N] [--only startup,relay,latency,connections,history,sync,listing] [--no-write]
 * BENCH_GATEWAY_NODE_ARGS="--cpu-prof --cpu-prof-dir=prof" passes flags to every gateway's node (through NODE_OPTIONS);
 * BENCH_CLI=/other/checkout/src/cli.ts measures another checkout's gateway (a before and after).
 */
import { EventEmitter } from 'node:events'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { makeCodexHome, makeGitRepo } from '../support/codex-home.ts'
import { startFakeModel } from '../support/fake-model.ts'
import { startRawAppServer } from '../support/raw-app-server.ts'
import { startBareRelay } from './bare-process.ts'
import { ClientsProcess } from './clients-process.ts'
import { connectionsBench } from './connections.ts'
import { benchContext, type BenchContext, type Row } from './context.ts'
import { writeDataHome } from './data-home.ts'
import { historyBench } from './history.ts'
import { latencyBench } from './latency.ts'
import { launchGateway } from './launch.ts'
import { listingBench, PROJECTS, THREADS } from './listing.ts'
import { relayBench } from './relay.ts'
import { loadAverage, renderResults, rowLine, writeResults } from './report.ts'
import { writeManyThreads } from './rollouts.ts'
import { startupBench } from './startup.ts'
import { syncBench } from './sync.ts'

// The scripted model waits for 'drain' once per 64 KiB and adds a 'close' listener each time.
EventEmitter.defaultMaxListeners = 1000

const SCENARIOS = ['startup', 'relay', 'latency', 'connections', 'history', 'sync', 'listing']
const { values } = parseArgs({ options: { reps: { type: 'string', default: '3' }, only: { type: 'string' }, 'no-write': { type: 'boolean' } } })
const reps = Number(values.reps)
const only = new Set(values.only ? values.only.split(',') : SCENARIOS)
const log = (line: string) => process.stdout.write(`${line}\n`)

/** Relay, latency and connections share one gateway, one bare relay and the clients' process. */
async function liveFaces(ctx: BenchContext, rows: Row[]): Promise<void> {
  const gw = await launchGateway(ctx.track(await makeCodexHome(ctx.model.url)), { nodeArgs: ctx.gatewayNodeArgs })
  const bare = await startBareRelay(ctx.track(await makeCodexHome(ctx.model.url)))
  const clients = new ClientsProcess()
  const rawHome = ctx.track(await makeCodexHome(ctx.model.url))
  try {
    await clients.init({ url: gw.url, token: gw.token, cwd: ctx.repo, barePort: bare.port, rawHome })
    if (only.has('relay')) await section(rows, 'relay throughput and peak RSS', () => relayBench(ctx, gw, bare, clients))
    if (only.has('latency')) await section(rows, 'latency', () => latencyBench(ctx, clients))
    await bare.stop()
    await gw.stop()
    if (only.has('connections')) await section(rows, 'connections', () => connectionsBench(ctx, clients, rawHome))
  } finally {
    await clients.stop()
    await bare.stop()
    await gw.stop()
  }
}

/** History and sync read threads written into the CODEX_HOME before its app-server starts. */
async function storedThreads(ctx: BenchContext, rows: Row[]): Promise<void> {
  log('writing the synthetic rollouts…')
  const home = await writeDataHome(ctx.model.url, ctx.reps, ctx.repo)
  ctx.track(home.codexHome)
  const gw = await launchGateway(home.codexHome, { nodeArgs: ctx.gatewayNodeArgs })
  const raw = await startRawAppServer({ codexHome: home.codexHome, timeoutMs: 120_000 })
  try {
    if (only.has('history')) await section(rows, `history (${home.historyTurns} turns, 50 MB)`, () => historyBench(ctx, gw, raw, home))
    if (only.has('sync')) await section(rows, 'incremental sync', () => syncBench(ctx, gw, home))
  } finally {
    await raw.close()
    await gw.stop()
  }
}

async function listing(ctx: BenchContext, rows: Row[]): Promise<void> {
  log(`writing ${THREADS} threads…`)
  const home = ctx.track(await makeCodexHome(ctx.model.url))
  await writeManyThreads(home, THREADS, PROJECTS)
  // The first app-server on the home indexes the files (Codex's backfill); the gateway's waits for it.
  const gw = await launchGateway(home, { nodeArgs: ctx.gatewayNodeArgs })
  const raw = await startRawAppServer({ codexHome: home, timeoutMs: 120_000 })
  try {
    await section(rows, 'listing', () => listingBench(ctx, gw, raw))
  } finally {
    await raw.close()
    await gw.stop()
  }
}

async function section(rows: Row[], title: string, run: () => Promise<Row[]>): Promise<void> {
  log(`\n== ${title}`)
  const got = await run()
  for (const row of got) log(rowLine(row))
  rows.push(...got)
}

const startedAt = new Date()
const load = loadAverage()
const model = await startFakeModel()
const ctx = benchContext(model, await makeGitRepo(), reps, log)
ctx.track(ctx.repo)
const rows: Row[] = []
try {
  if (only.has('startup')) await section(rows, 'start-up', () => startupBench(ctx))
  if (['relay', 'latency', 'connections'].some(s => only.has(s))) await liveFaces(ctx, rows)
  if (only.has('history') || only.has('sync')) await storedThreads(ctx, rows)
  if (only.has('listing')) await listing(ctx, rows)
} finally {
  await model.close()
  await Promise.all(ctx.tempDirs.map(dir => rm(dir, { recursive: true, force: true })))
}
const markdown = renderResults(rows, { reps, startedAt, durationMs: Date.now() - startedAt.getTime(), load })
log(`\n${markdown}`)
if (!values['no-write']) {
  const path = join(import.meta.dirname, '../../docs/benchmarks.md')
  writeResults(path, markdown)
  log(`\nwrote ${path}`)
}
const missed = rows.filter(r => r.pass === false).length
log(missed ? `${missed} figure(s) miss their target` : 'every figure meets its target')
