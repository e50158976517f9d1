/**
 * Synthetic threads in a CODEX_HOME, written before its app-server starts: Codex backfills its
 * thread index (state_5.sqlite) from the rollout files under sessions/ at start-up, so a file
 * placed there is listed by `thread/list` and read by `thread/read` like a real one (after
 * `thread/resume`, which builds its turn projection). The files come from the history fixture
 * (src/history/fixtures.ts); only the model provider in the first record is changed to the
 * CODEX_HOME's own ("fake"), because `thread/list` lists the current provider's threads only.
 */
import { mkdir, open, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { writeSyntheticRollout, type SyntheticRolloutOptions, type SyntheticRolloutSummary } from '../../src/history/fixtures.ts'

const FROM = '"model_provider":"openai"'
/** Same length as FROM (JSON allows the spaces), so the first line is patched in place. */
const TO = '"model_provider":  "fake"'

/** Writes one synthetic thread into `codexHome/sessions/` and returns what it holds and where. */
export async function writeThread(codexHome: string, options: SyntheticRolloutOptions & { startMs: number }): Promise<SyntheticRolloutSummary & { path: string }> {
  const day = new Date(options.startMs).toISOString()
  const dir = join(codexHome, 'sessions', day.slice(0, 4), day.slice(5, 7), day.slice(8, 10))
  await mkdir(dir, { recursive: true })
  const partial = join(dir, `.partial-${options.startMs}.jsonl`)
  const summary = await writeSyntheticRollout(partial, options)
  await patchProvider(partial)
  const path = join(dir, `rollout-${day.slice(0, 19).replaceAll(':', '-')}-${summary.threadId}.jsonl`)
  await rename(partial, path)
  return { ...summary, path }
}

async function patchProvider(path: string): Promise<void> {
  const file = await open(path, 'r+')
  try {
    const head = Buffer.alloc(65_536)
    const { bytesRead } = await file.read(head, 0, head.length, 0)
    const at = head.subarray(0, bytesRead).indexOf(FROM)
    if (at < 0) throw new Error(`no ${FROM} in the first record of ${path}`)
    await file.write(TO, at)
  } finally {
    await file.close()
  }
}

/**
 * `count` small threads (one turn each) spread over `projects` working directories, a minute
 * apart, for the listing benchmark.
 */
export async function writeManyThreads(codexHome: string, count: number, projects: number): Promise<void> {
  const start = Date.parse('2026-01-01T00:00:00Z')
  for (let i = 0; i < count; i += 50) {
    await Promise.all(Array.from({ length: Math.min(50, count - i) }, (_, k) => writeThread(codexHome, {
      turns: 1, commandsPerTurn: 0, outputBytes: 0, backgroundEvery: 0, compactEvery: 0,
      cwd: `/work/project-${String((i + k) % projects).padStart(3, '0')}`, startMs: start + (i + k) * 60_000,
    })))
  }
}
