import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'

// local_usage_snapshot: token use per day, read from the rollout files Codex writes under
// `$CODEX_HOME/sessions/YYYY/MM/DD/*.jsonl`. Each file is streamed line by line; only the few
// record types that matter are parsed (session_meta for the cwd, turn_context for the model,
// event_msg token_count for tokens, task_started/task_complete/turn_aborted for agent time).
// A file's tally is cached by (size, mtimeMs), so a repeated snapshot re-reads only new files.

/** Default window, in days (today included). */
export const DEFAULT_USAGE_DAYS = 30
/** Largest window, in days. */
export const MAX_USAGE_DAYS = 90
/** A longer line (a huge tool output) is skipped without being held in memory. */
export const MAX_LINE_BYTES = 1024 * 1024
const HEAD_BYTES = 1024
const MAX_CACHED_FILES = 10_000
const TOP_MODELS = 4
const WANTED = /"(session_meta|turn_context|token_count|task_started|task_complete|turn_aborted)"/

/** One day of local_usage_snapshot. */
export interface LocalUsageDay {
  /** Local calendar day, `YYYY-MM-DD`. */
  day: string
  inputTokens: number
  /** The part of inputTokens served from the prompt cache. */
  cachedInputTokens: number
  outputTokens: number
  /** inputTokens + outputTokens. */
  totalTokens: number
  /** Time turns ran (task_started to task_complete or turn_aborted). */
  agentTimeMs: number
  /** Turns that ended that day. */
  agentRuns: number
}

/** local_usage_snapshot (CodexMonitor's LocalUsageSnapshot, plus the reference's requests/inputTokens/outputTokens totals). */
export interface LocalUsageSnapshot {
  /** Unix milliseconds. */
  updatedAt: number
  /** Oldest day first, every day of the window present. */
  days: LocalUsageDay[]
  totals: {
    last7DaysTokens: number
    last30DaysTokens: number
    /** last7DaysTokens over the last (up to) 7 days, rounded. */
    averageDailyTokens: number
    /** Cached share of the last 7 days' input tokens, one decimal. */
    cacheHitRatePercent: number
    /** The busiest day (the later one on a tie), or null when no tokens were used. */
    peakDay: string | null
    peakDayTokens: number
    /** Model requests (token_count records that added usage) in the window. */
    requests: number
    inputTokens: number
    outputTokens: number
  }
  /** The (up to) 4 models with the most tokens in the window; share of the window's tokens, one decimal. */
  topModels: Array<{ model: string, tokens: number, sharePercent: number }>
}

/** What to tally: whose sessions, how many days back, which workspace. */
export interface LocalUsageOptions {
  codexHome: string
  /** Window length, clamped to 1..MAX_USAGE_DAYS. */
  days?: number
  /** Only sessions whose cwd is this folder or inside it. */
  workspacePath?: string
  /** The clock (tests). */
  now?: Date
}

interface DayTally { input: number, cached: number, output: number, agentMs: number, runs: number, requests: number, models: Map<string, number> }
interface FileTally { cwd: string | null, days: Map<string, DayTally> }
interface Usage { input: number, cached: number, output: number }

const cache = new Map<string, { size: number, mtimeMs: number, tally: FileTally }>()

/** Tallies the rollout files of the window (their folder's date, one day of margin each side for time zones), records by their own local day. */
export async function localUsageSnapshot(opts: LocalUsageOptions): Promise<LocalUsageSnapshot> {
  const now = opts.now ?? new Date()
  const count = Math.min(MAX_USAGE_DAYS, Math.max(1, Math.trunc(Number.isFinite(opts.days) ? opts.days! : DEFAULT_USAGE_DAYS)))
  const keys = Array.from({ length: count }, (_, i) => dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() - (count - 1 - i))))
  const folders = Array.from({ length: count + 2 }, (_, i) => dayKey(new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1 - i)))
  const workspace = opts.workspacePath?.trim() ? resolve(opts.workspacePath) : null
  const tallies: FileTally[] = []
  for (const folder of folders) {
    const dir = join(opts.codexHome, 'sessions', ...folder.split('-'))
    const files = (await readdir(dir, { withFileTypes: true }).catch(() => [])).filter(e => e.isFile() && e.name.endsWith('.jsonl'))
    for (const file of files) {
      const tally = await fileTally(join(dir, file.name))
      if (tally && (workspace === null || (tally.cwd !== null && inside(resolve(tally.cwd), workspace)))) tallies.push(tally)
    }
  }
  return snapshot(now.getTime(), keys, tallies)
}

function inside(cwd: string, workspace: string): boolean {
  return cwd === workspace || cwd.startsWith(workspace.endsWith(sep) ? workspace : workspace + sep)
}

async function fileTally(path: string): Promise<FileTally | null> {
  const info = await stat(path).catch(() => null)
  if (info === null) return null
  const hit = cache.get(path)
  if (hit && hit.size === info.size && hit.mtimeMs === info.mtimeMs) return hit.tally
  const tally = await scanFile(path).catch(() => null)
  if (tally === null) return null
  cache.delete(path)
  cache.set(path, { size: info.size, mtimeMs: info.mtimeMs, tally })
  if (cache.size > MAX_CACHED_FILES) cache.delete(cache.keys().next().value!)
  return tally
}

/** Streams one rollout file through a RolloutTally. */
async function scanFile(path: string): Promise<FileTally> {
  const tally = new RolloutTally()
  const lines = new LineCutter(line => tally.add(line))
  for await (const chunk of createReadStream(path, { highWaterMark: 64 * 1024 })) lines.push(chunk as Buffer)
  lines.end()
  return { cwd: tally.cwd, days: tally.days }
}

/** Cuts a byte stream into lines, passing on only those whose first HEAD_BYTES name a wanted record and that fit MAX_LINE_BYTES. */
class LineCutter {
  private parts: Buffer[] = []
  private size = 0
  private state: 'undecided' | 'keep' | 'skip' = 'undecided'
  private readonly onLine: (line: string) => void

  constructor(onLine: (line: string) => void) {
    this.onLine = onLine
  }

  push(chunk: Buffer): void {
    for (let start = 0; start < chunk.length;) {
      const newline = chunk.indexOf(0x0a, start)
      this.take(chunk.subarray(start, newline === -1 ? chunk.length : newline))
      if (newline === -1) return
      this.end()
      start = newline + 1
    }
  }

  end(): void {
    if (this.state !== 'skip' && this.size > 0 && (this.state === 'keep' || this.wanted())) this.onLine(Buffer.concat(this.parts).toString('utf8'))
    this.parts = []
    this.size = 0
    this.state = 'undecided'
  }

  private take(piece: Buffer): void {
    if (this.state === 'skip' || piece.length === 0) return
    this.parts.push(Buffer.from(piece))
    this.size += piece.length
    if (this.size > MAX_LINE_BYTES) this.state = 'skip'
    else if (this.state === 'undecided' && this.size >= HEAD_BYTES) this.state = this.wanted() ? 'keep' : 'skip'
    if (this.state === 'skip') this.parts = []
  }

  private wanted(): boolean {
    return WANTED.test(Buffer.concat(this.parts).subarray(0, HEAD_BYTES).toString('utf8'))
  }
}

/**
 * The tally of one rollout file. token_count records carry the session's cumulative
 * `total_token_usage` and the last request's `last_token_usage`; Codex repeats a record when
 * only rate limits change, so summing `last` would count such requests twice. Each record
 * adds the growth of `total` since the previous one instead (a repeat adds nothing); the
 * first record adds its `last` (a resumed or forked session's total includes earlier use), and
 * so does a record whose total went down, or one without a total.
 */
export class RolloutTally {
  cwd: string | null = null
  readonly days = new Map<string, DayTally>()
  private model = 'unknown'
  private previous: Usage | null = null
  private readonly started = new Map<string, number>()
  private readonly finished = new Set<string>()

  add(line: string): void {
    let record: any
    try {
      record = JSON.parse(line)
    } catch {
      return
    }
    const payload = record?.payload
    if (typeof payload !== 'object' || payload === null) return
    const at = timestampMs(record.timestamp)
    if (record.type === 'session_meta' && typeof payload.cwd === 'string') this.cwd ??= payload.cwd
    if (record.type === 'turn_context') {
      if (typeof payload.model === 'string') this.model = payload.model
      if (typeof payload.cwd === 'string') this.cwd ??= payload.cwd
    }
    if (record.type !== 'event_msg' || at === null) return
    if (payload.type === 'token_count') this.tokens(payload.info, at)
    if (payload.type === 'task_started' && typeof payload.turn_id === 'string') this.started.set(payload.turn_id, at)
    if (payload.type === 'task_complete' || payload.type === 'turn_aborted') this.ended(payload, at)
  }

  private tokens(info: any, at: number): void {
    const total = usage(info?.total_token_usage)
    const last = usage(info?.last_token_usage)
    const previous = this.previous
    const fell = total && previous && (total.input < previous.input || total.cached < previous.cached || total.output < previous.output)
    const delta = total && previous && !fell
      ? { input: total.input - previous.input, cached: total.cached - previous.cached, output: total.output - previous.output }
      : last ?? total
    if (delta === null) return
    this.previous = total ?? (previous ? { input: previous.input + delta.input, cached: previous.cached + delta.cached, output: previous.output + delta.output } : delta)
    if (delta.input + delta.output <= 0) return
    const day = this.day(at)
    day.input += delta.input
    day.cached += Math.min(delta.cached, delta.input)
    day.output += delta.output
    day.requests++
    day.models.set(this.model, (day.models.get(this.model) ?? 0) + delta.input + delta.output)
  }

  // A turn ends once: an interrupted one may log turn_aborted as well as task_complete.
  private ended(payload: any, at: number): void {
    const turn = typeof payload.turn_id === 'string' ? payload.turn_id : undefined
    if (turn !== undefined && this.finished.has(turn)) return
    if (turn !== undefined) this.finished.add(turn)
    const start = turn === undefined ? undefined : this.started.get(turn)
    const duration = typeof payload.duration_ms === 'number' ? payload.duration_ms : start === undefined ? 0 : at - start
    const day = this.day(at)
    day.runs++
    day.agentMs += Math.max(0, Math.round(duration))
  }

  private day(at: number): DayTally {
    const key = dayKey(new Date(at))
    let day = this.days.get(key)
    if (!day) this.days.set(key, day = { input: 0, cached: 0, output: 0, agentMs: 0, runs: 0, requests: 0, models: new Map() })
    return day
  }
}

function usage(value: any): Usage | null {
  if (typeof value !== 'object' || value === null) return null
  const n = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0)
  return { input: n(value.input_tokens), cached: n(value.cached_input_tokens), output: n(value.output_tokens) }
}

// ISO 8601 as Codex writes it; numbers are taken as seconds below 1e12, else milliseconds.
function timestampMs(value: unknown): number | null {
  const ms = typeof value === 'string' ? Date.parse(value) : typeof value === 'number' ? (value < 1e12 ? value * 1000 : value) : NaN
  return Number.isFinite(ms) ? ms : null
}

function dayKey(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

function snapshot(updatedAt: number, keys: string[], tallies: FileTally[]): LocalUsageSnapshot {
  const models = new Map<string, number>()
  let requests = 0
  const days = keys.map(key => {
    const day = { day: key, inputTokens: 0, cachedInputTokens: 0, outputTokens: 0, totalTokens: 0, agentTimeMs: 0, agentRuns: 0 }
    for (const t of tallies.map(f => f.days.get(key)).filter(d => d !== undefined)) {
      Object.assign(day, { inputTokens: day.inputTokens + t.input, cachedInputTokens: day.cachedInputTokens + t.cached, outputTokens: day.outputTokens + t.output })
      Object.assign(day, { agentTimeMs: day.agentTimeMs + t.agentMs, agentRuns: day.agentRuns + t.runs })
      requests += t.requests
      for (const [model, tokens] of t.models) models.set(model, (models.get(model) ?? 0) + tokens)
    }
    return { ...day, totalTokens: day.inputTokens + day.outputTokens }
  })
  const sum = (list: LocalUsageDay[], field: keyof Omit<LocalUsageDay, 'day'>) => list.reduce((n, d) => n + d[field], 0)
  const week = days.slice(-7)
  const total = sum(days, 'totalTokens')
  const peak = days.reduce<LocalUsageDay | null>((best, d) => (d.totalTokens > 0 && d.totalTokens >= (best?.totalTokens ?? 0) ? d : best), null)
  const oneDecimal = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0)
  const topModels = [...models].filter(([model, tokens]) => model !== 'unknown' && tokens > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_MODELS).map(([model, tokens]) => ({ model, tokens, sharePercent: oneDecimal(tokens, total) }))
  return {
    updatedAt,
    days,
    totals: {
      last7DaysTokens: sum(week, 'totalTokens'),
      last30DaysTokens: sum(days.slice(-30), 'totalTokens'),
      averageDailyTokens: Math.round(sum(week, 'totalTokens') / week.length),
      cacheHitRatePercent: oneDecimal(sum(week, 'cachedInputTokens'), sum(week, 'inputTokens')),
      peakDay: peak?.day ?? null,
      peakDayTokens: peak?.totalTokens ?? 0,
      requests,
      inputTokens: sum(days, 'inputTokens'),
      outputTokens: sum(days, 'outputTokens'),
    },
    topModels,
  }
}
