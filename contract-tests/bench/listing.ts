/**
 * Figure 5: /v1/projects and /v1/chats with 5,000 threads in CODEX_HOME. Cold is the first
 * request after the gateway's listing cache expired (it follows every page of thread/list);
 * warm is the next ones. The baseline is the raw app-server following the same pages, in the
 * same repetition.
 */
import type { RawAppServer } from '../support/raw-app-server.ts'
import { timedGet, type BenchContext, type Row } from './context.ts'
import type { BenchGateway } from './launch.ts'
import { fmt, median, summarize } from './stats.ts'

export const THREADS = 5000
export const PROJECTS = 50
/** The gateway's listing cache lives 5 s (src/core/projects.ts); waiting longer makes the next request cold. */
const CACHE_EXPIRY_MS = 5_200
const WARM_SAMPLES = 5

export async function listingBench(ctx: BenchContext, gw: BenchGateway, raw: RawAppServer): Promise<Row[]> {
  const cold: number[] = []
  const warmProjects: number[] = []
  const warmChats: number[] = []
  const rawCrawl: number[] = []
  const stateDbOnly: number[] = []
  for (let rep = 0; rep < ctx.reps; rep++) {
    await new Promise(resolve => setTimeout(resolve, CACHE_EXPIRY_MS))
    const first = await timedGet(gw.url, gw.token, '/v1/projects')
    const projects = first.body.data
    const chatCount = projects.reduce((n: number, p: any) => n + p.chatCount, 0)
    if (chatCount < THREADS) throw new Error(`the gateway lists ${chatCount} chats, expected ${THREADS}`)
    cold.push(first.ms)
    const warm: number[] = []
    const chats: number[] = []
    for (let i = 0; i < WARM_SAMPLES; i++) {
      warm.push((await timedGet(gw.url, gw.token, '/v1/projects')).ms)
      chats.push((await timedGet(gw.url, gw.token, `/v1/chats?projectId=${projects[i % projects.length].projectId}`)).ms)
    }
    warmProjects.push(median(warm))
    warmChats.push(median(chats))
    rawCrawl.push(await crawl(raw))
    stateDbOnly.push(await crawl(raw, { useStateDbOnly: true }))
    ctx.log(`  listing rep ${rep + 1}: cold ${fmt.ms(cold[rep])}, warm ${fmt.ms(warmProjects[rep])} / chats ${fmt.ms(warmChats[rep])}; raw thread/list pages ${fmt.ms(rawCrawl[rep])} (state DB only ${fmt.ms(stateDbOnly[rep])})`)
  }
  const baseline = { label: 'raw thread/list, every page', value: summarize(rawCrawl) }
  return [
    { figure: `5. listing /v1/projects, ${THREADS} threads, cold`, format: fmt.ms, value: summarize(cold), baseline,
      relation: { kind: 'ratio', value: summarize(cold.map((v, i) => v / rawCrawl[i])) }, target: 'context (cold)',
      note: `the same pages with useStateDbOnly (no scan and repair of the rollout files): ${fmt.ms(median(stateDbOnly))}` },
    { figure: `5. listing /v1/projects, ${THREADS} threads, warm`, format: fmt.ms, value: summarize(warmProjects), target: '≤ 200 ms', pass: median(warmProjects) <= 200 },
    { figure: `5. listing /v1/chats?projectId, ${THREADS} threads, warm`, format: fmt.ms, value: summarize(warmChats), target: '≤ 200 ms', pass: median(warmChats) <= 200 },
  ]
}

/** Every page of thread/list as the gateway asks for them (plus `extra` params). */
async function crawl(raw: RawAppServer, extra: object = {}): Promise<number> {
  const started = performance.now()
  let cursor: string | null = null
  do {
    const page: { nextCursor: string | null } = await raw.request('thread/list', { cursor, limit: 200, ...extra }, 120_000)
    cursor = page.nextCursor
  } while (cursor)
  return performance.now() - started
}
