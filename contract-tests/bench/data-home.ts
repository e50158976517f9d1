/**
 * The CODEX_HOME of the history and sync figures, written before its app-server starts:
 * two 50 MB rollouts per repetition (one read cold through /messages, one through /timeline)
 * and three sessions of about 100, 1,000 and 10,000 sync entries.
 */
import { makeCodexHome } from '../support/codex-home.ts'
import { writeThread } from './rollouts.ts'

export const HISTORY_BYTES = 50_000_000
/** Turns for ~100, ~1,000 and ~10,000 bridge entries (a fixture turn has 8: 7 items and its status). */
export const SYNC_SIZES = [{ label: '100', turns: 12 }, { label: '1,000', turns: 124 }, { label: '10,000', turns: 1240 }]

export interface DataHome {
  codexHome: string
  /** Per repetition: the thread read cold through /messages, and the one through /timeline. */
  history: { messages: string, timeline: string }[]
  historyTurns: number
  sync: { label: string, threadId: string }[]
}

/** `cwd` must exist: the sync sessions are resumed and run a turn there. */
export async function writeDataHome(modelUrl: string, reps: number, cwd: string): Promise<DataHome> {
  const codexHome = await makeCodexHome(modelUrl)
  let startMs = Date.parse('2025-06-01T00:00:00Z')
  const next = () => (startMs += 86_400_000)
  const history: DataHome['history'] = []
  let historyTurns = 0
  for (let rep = 0; rep < reps; rep++) {
    const messages = await writeThread(codexHome, { targetBytes: HISTORY_BYTES, startMs: next(), cwd })
    const timeline = await writeThread(codexHome, { targetBytes: HISTORY_BYTES, startMs: next(), cwd })
    history.push({ messages: messages.threadId, timeline: timeline.threadId })
    historyTurns = messages.turns
  }
  const sync = []
  for (const { label, turns } of SYNC_SIZES) {
    const thread = await writeThread(codexHome, { turns, outputBytes: 100, startMs: next(), cwd })
    sync.push({ label, threadId: thread.threadId })
  }
  return { codexHome, history, historyTurns, sync }
}
