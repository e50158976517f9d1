/**
 * Figure 8: process start → first /healthz 200, the gateway alone (its app-server starts in
 * parallel and is not waited for). Context: → `ok: true` (Codex ready too) and the raw
 * app-server's own spawn → initialize answered, interleaved with it.
 */
import { makeCodexHome } from '../support/codex-home.ts'
import { startRawAppServer } from '../support/raw-app-server.ts'
import type { BenchContext, Row } from './context.ts'
import { launchGateway } from './launch.ts'
import { fmt, median, summarize } from './stats.ts'

/** Start-ups are cheap and the noisiest figure: at least five. */
const MIN_REPS = 5

export async function startupBench(ctx: BenchContext): Promise<Row[]> {
  const healthz: number[] = []
  const ready: number[] = []
  const raw: number[] = []
  for (let rep = 0; rep < Math.max(MIN_REPS, ctx.reps); rep++) {
    const gw = await launchGateway(ctx.track(await makeCodexHome(ctx.model.url)), { nodeArgs: ctx.gatewayNodeArgs })
    healthz.push(gw.startup.healthz)
    ready.push(gw.startup.ready)
    await gw.stop()
    const started = performance.now()
    const server = await startRawAppServer({ codexHome: ctx.track(await makeCodexHome(ctx.model.url)) })
    raw.push(performance.now() - started)
    await server.close()
    ctx.log(`  start-up rep ${rep + 1}: /healthz ${fmt.ms(healthz[rep])}, ready ${fmt.ms(ready[rep])}; raw app-server initialize ${fmt.ms(raw[rep])}`)
  }
  return [
    { figure: '8. start-up, spawn → /healthz 200', format: fmt.ms, value: summarize(healthz), target: '≤ 1 s', pass: median(healthz) <= 1000,
      baseline: { label: 'raw app-server spawn → initialize', value: summarize(raw) } },
    { figure: '8. start-up, spawn → /healthz ok (Codex ready)', format: fmt.ms, value: summarize(ready), target: 'context',
      baseline: { label: 'raw app-server spawn → initialize', value: summarize(raw) } },
  ]
}
