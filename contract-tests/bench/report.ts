/**
 * Renders the results: one line per figure on stdout as they come, and the table of the latest
 * run into docs/benchmarks.md between its markers (the hand-written parts stay).
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg, release, totalmem } from 'node:os'
import { CODEX_BIN } from '../support/raw-app-server.ts'
import type { Row } from './context.ts'
import { formatSummary, fmt } from './stats.ts'

const START = '<!-- bench:results:start (written by npm run bench) -->'
const END = '<!-- bench:results:end -->'

function cells(row: Row): { value: string, baseline: string, relation: string, met: string } {
  const signed = (v: number) => `${v < 0 ? '−' : '+'}${row.format(Math.abs(v))}`
  const relation = !row.relation ? ''
    : row.relation.kind === 'ratio' ? `×${formatSummary(row.relation.value, fmt.ratio)}` : formatSummary(row.relation.value, signed)
  return {
    value: formatSummary(row.value, row.format),
    baseline: row.baseline ? `${formatSummary(row.baseline.value, row.format)} (${row.baseline.label})` : '',
    relation,
    met: row.pass === undefined ? '' : row.pass ? 'yes' : '**no**',
  }
}

/** One figure as a line of text, for the console. */
export function rowLine(row: Row): string {
  const c = cells(row)
  const parts = [row.figure.padEnd(58), c.value]
  if (c.baseline) parts.push(`vs ${c.baseline}`)
  if (c.relation) parts.push(c.relation)
  parts.push(`target ${row.target}${c.met ? `: ${c.met.replaceAll('*', '')}` : ''}`)
  return parts.join('  ')
}

export interface RunInfo {
  reps: number
  startedAt: Date
  durationMs: number
  load: number[]
}

function machine(info: RunInfo): string[] {
  const codex = execFileSync(CODEX_BIN, ['--version'], { encoding: 'utf8' }).trim()
  const cpu = cpus()
  return [
    `- Date: ${info.startedAt.toISOString()}, ${(info.durationMs / 60_000).toFixed(1)} min, ${info.reps} repetitions`,
    `- Machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Linux ${release()}; load average at start ${info.load.map(l => l.toFixed(2)).join(' ')}`,
    `- Node ${process.version}, ${codex} (the pinned @openai/codex), scripted model (contract-tests/support/fake-model.ts)`,
  ]
}

/** The markdown of one run: machine, table, notes. */
export function renderResults(rows: Row[], info: RunInfo): string {
  const lines = ['## Latest run', '', ...machine(info), '',
    'Values are medians over the repetitions with the range in brackets; the relation is gateway ÷ baseline (×) or gateway − baseline (+), taken per repetition.', '',
    '| Figure | Gateway | Baseline (same run) | Relation | Target | Met |', '| --- | --- | --- | --- | --- | --- |']
  for (const row of rows) {
    const c = cells(row)
    lines.push(`| ${row.figure} | ${c.value} | ${c.baseline} | ${c.relation} | ${row.target} | ${c.met} |`)
  }
  const notes = rows.filter(r => r.note)
  if (notes.length) lines.push('', 'Notes:', '', ...notes.map(r => `- ${r.figure}: ${r.note}`))
  return lines.join('\n')
}

/** Replaces the results section of `path` (creating the file around it when missing). */
export function writeResults(path: string, markdown: string): void {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`
  const start = current.indexOf(START)
  const end = current.indexOf(END)
  const next = start >= 0 && end > start
    ? `${current.slice(0, start + START.length)}\n${markdown}\n${current.slice(end)}`
    : `${current.trimEnd()}\n\n${START}\n${markdown}\n${END}\n`
  writeFileSync(path, next)
}

export const loadAverage = loadavg
