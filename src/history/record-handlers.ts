/**
 * What each rollout record adds to a history index. Codex 0.169 writes the
 * visible items as `event_msg` `item_completed` records (UserMessage,
 * AgentMessage, CommandExecution, FileChange, ContextCompaction) inside
 * `task_started` … `task_complete` / `turn_aborted`; the `response_item`
 * records are the model's context (injected instructions, compaction summaries)
 * and are not shown. Older rollouts had `user_message` / `agent_message` /
 * `context_compacted` events and `compacted` records instead: read only while
 * no `item_completed` was seen, so a file never shows both.
 */
import type { HistoryIndex, TurnState } from './history-index.ts'
import type { IndexedCard, IndexedMessage } from './entries.ts'
import { commandTitle, displayCommand, exploredActions, exploredTitle } from './commands.ts'
import { fileEdits } from './file-changes.ts'

type At = { offset: number, length: number }

/** Adds what `record` (at byte range `at`) contributes to `index`. */
export function applyRecord(index: HistoryIndex, at: At, record: any): void {
  const { state } = index
  const payload = record.payload ?? {}
  const createdAt = String(record.timestamp ?? '')
  if (record.type === 'session_meta') state.cwd ??= payload.cwd
  else if (record.type === 'turn_context' && payload.turn_id) turn(index, payload.turn_id).cwd = payload.cwd
  else if (record.type === 'compacted' && !state.itemMode) addCard(index, compacted(`r${at.offset}`, at.offset, createdAt, state.currentTurnId))
  else if (record.type === 'event_msg') applyEvent(index, at, payload, createdAt)
}

function applyEvent(index: HistoryIndex, at: At, p: any, createdAt: string): void {
  const { state } = index
  switch (p.type) {
    case 'task_started':
      // Legacy task_started has no turn_id: its turn is keyed '' like its legacy messages.
      state.currentTurnId = p.turn_id
      turn(index, p.turn_id ?? '').startedMs = Date.parse(createdAt)
      return
    case 'task_complete':
    case 'turn_aborted':
      return endTurn(index, p, createdAt)
    case 'item_completed':
      state.itemMode = true
      return applyItem(index, at, p.item ?? {}, p.turn_id, createdAt)
  }
  if (state.itemMode) return
  const id = `r${at.offset}`
  if (p.type === 'user_message') addMessage(index, { id, role: 'user', createdAt, turnId: state.currentTurnId }, at)
  else if (p.type === 'agent_message') addMessage(index, { id, role: 'assistant', createdAt, turnId: state.currentTurnId, phase: p.phase ?? undefined }, at)
  else if (p.type === 'context_compacted') addCard(index, compacted(id, at.offset, createdAt, state.currentTurnId))
}

function applyItem(index: HistoryIndex, at: At, item: any, turnId: string | undefined, createdAt: string): void {
  const id = typeof item.id === 'string' && item.id ? item.id : `r${at.offset}`
  const base = { id, createdAt, ...(turnId ? { turnId } : {}) }
  switch (item.type) {
    case 'UserMessage':
      return addMessage(index, { ...base, role: 'user' }, at)
    case 'AgentMessage':
      return addMessage(index, { ...base, role: 'assistant', phase: item.phase ?? undefined }, at)
    case 'CommandExecution':
      return addCommand(index, at, item, base)
    case 'FileChange':
      if (item.status !== undefined && item.status !== 'completed') return // declined or failed: nothing changed
      fileEdits(item.changes, (turnId && index.state.openTurns.get(turnId)?.cwd) ?? index.state.cwd)
        .forEach((edit, i) => addCard(index, { ...base, id: i ? `${id}:${i}` : id, offset: at.offset, ...(i ? { part: i } : {}), kind: 'file_edited', ...edit }))
      return
    case 'ContextCompaction':
      return addCard(index, compacted(id, at.offset, createdAt, turnId))
  }
}

function compacted(id: string, offset: number, createdAt: string, turnId?: string): IndexedCard {
  return { id, offset, createdAt, ...(turnId ? { turnId } : {}), kind: 'context_compacted', title: 'Context automatically compacted' }
}

function addMessage(index: HistoryIndex, m: Omit<IndexedMessage, 'kind' | 'title' | 'offset' | 'length'>, at: At): void {
  const commentary = m.phase === 'commentary'
  const message: IndexedMessage = { id: m.id, role: m.role, createdAt: m.createdAt, kind: commentary ? 'commentary' : 'message',
    title: m.role === 'user' ? 'You' : commentary ? 'Commentary' : 'Codex', offset: at.offset, length: at.length }
  if (m.turnId) message.turnId = m.turnId
  if (m.phase) message.phase = m.phase
  index.timeline.push(message)
  index.messages.push(message)
  if (m.role !== 'assistant' || commentary) return
  const t = turn(index, m.turnId ?? '')
  t.lastAssistant = message
  if (m.phase === 'final_answer') t.finalAnswer = message
}

/**
 * A command becomes an Explored card (merged into the previous one when that is the
 * same turn's), a Background terminal finished card when it completed after its turn
 * had ended (Codex records such a completion after task_complete, under the old
 * turn id), else a Command finished card.
 */
function addCommand(index: HistoryIndex, at: At, item: any, base: { id: string, createdAt: string, turnId?: string }): void {
  const command = displayCommand(item.command)
  const background = base.turnId !== undefined && !index.state.openTurns.has(base.turnId)
  const actions = background ? undefined : exploredActions(item.parsed_cmd, command)
  if (actions) {
    const last = index.timeline.at(-1)
    if (last?.kind === 'explored' && last.turnId === base.turnId) {
      last.actions.push(...actions)
      last.title = exploredTitle(last.actions)
    } else addCard(index, { ...base, offset: at.offset, kind: 'explored', actions, title: exploredTitle(actions) })
    return
  }
  const exitCode = typeof item.exit_code === 'number' ? item.exit_code : null
  const status = String(item.status ?? (exitCode === 0 ? 'completed' : 'failed'))
  addCard(index, { ...base, offset: at.offset, kind: background ? 'background_terminal_finished' : 'command_finished',
    title: background ? 'Background terminal finished' : commandTitle(status, exitCode), command, exitCode, durationMs: durationMs(item), status })
}

function durationMs(item: any): number | null {
  const d = item.duration
  if (d && typeof d.secs === 'number') return Math.round(d.secs * 1000 + (d.nanos ?? 0) / 1e6)
  if (typeof item.duration_ms === 'number') return item.duration_ms
  return null
}

function addCard(index: HistoryIndex, card: IndexedCard): void {
  index.timeline.push(card)
}

function turn(index: HistoryIndex, turnId: string): TurnState {
  let t = index.state.openTurns.get(turnId)
  if (!t) index.state.openTurns.set(turnId, t = {})
  return t
}

/** Gives the turn's final answer its worked duration: task_complete's duration_ms, else what the timestamps say. */
function endTurn(index: HistoryIndex, p: any, createdAt: string): void {
  const turnId = p.turn_id ?? index.state.currentTurnId ?? ''
  const t = index.state.openTurns.get(turnId)
  index.state.openTurns.delete(turnId)
  const target = t?.finalAnswer ?? t?.lastAssistant
  if (!target) return
  const ms = typeof p.duration_ms === 'number' ? p.duration_ms
    : typeof p.started_at === 'number' && typeof p.completed_at === 'number' ? (p.completed_at - p.started_at) * 1000
      : Date.parse(createdAt) - (t?.startedMs ?? NaN)
  if (Number.isFinite(ms)) target.workedDurationSeconds = Math.max(0, Math.round(ms / 1000))
}

/** The text of a message record the index points at. */
export function messageText(record: any): string {
  const p = record?.payload ?? {}
  if (p.type === 'user_message' || p.type === 'agent_message') return String(p.message ?? '')
  const item = p.item ?? {}
  const content: any[] = Array.isArray(item.content) ? item.content : []
  const parts = content.filter(c => typeof c?.text === 'string' && (c.type === 'text' || c.type === 'Text')).map(c => c.text)
  return parts.join(item.type === 'UserMessage' ? '\n' : '')
}
