/**
 * A client's copy of one bridge session, merged the way docs/bridge.md defines it:
 *
 * - `session.content` is the authoritative snapshot: the copy is replaced.
 * - `session.sync {since_seq}` answers with the whole entries of every turn that changed
 *   (`changed_turn_ids`): those turns are replaced whole, never patched item by item. With
 *   `needs_full_sync` nothing is applied and the copy is reloaded from `session.content`.
 * - Optimistic inputs (`session/changed` with `reason: input`, then `input_committed` with
 *   the turn id and `replaces_seq`) are kept by `item_id`, newest seq winning, until the turn's
 *   own entry with the same `item_id` arrives; `input_failed` drops one.
 *
 * An optimistic input is an item entry without a turn, or one with `replaces_seq`; every other
 * entry belongs to its turn. The cursor for the next sync is the `last_seq` of the last
 * snapshot or sync applied: events received in between do not move it, so nothing is skipped.
 */
import type { BridgeClient, BridgeEvent, BridgeResult, Loose } from './bridge-client.ts'
import type { components } from '../../generated/messages/types.ts'

/** A `BridgeEntry` as the wire carries it (the REST client's `BridgeEntry` model is another type). */
export type MirrorEntry = Loose<components['schemas']['BridgeEntry']>
export type MirrorPendingApproval = Loose<components['schemas']['BridgePendingApproval']>
type Content = BridgeResult<'session.content'>
type Sync = BridgeResult<'session.sync'>

const isOptimistic = (entry: MirrorEntry) => entry.kind === 'item' && (entry.turn_id === null || entry.replaces_seq !== undefined)

export class SessionMirror {
  readonly sessionId: string
  /** `last_seq` of the last snapshot or sync applied: where the next sync starts. */
  cursor = 0
  activeTurns: string[] = []
  pendingApprovals: MirrorPendingApproval[] = []
  /** Entries of each turn by entry_id, turns in the order they first appeared. */
  private readonly turns = new Map<string, Map<string, MirrorEntry>>()
  /** Optimistic inputs by item_id. */
  private readonly inputs = new Map<string, MirrorEntry>()

  constructor(sessionId: string) {
    this.sessionId = sessionId
  }

  /** Every entry: the turns in order, then the inputs not yet part of a stored turn, by seq. */
  entries(): MirrorEntry[] {
    const stored = [...this.turns.values()].flatMap(turn => [...turn.values()])
    return [...stored, ...[...this.inputs.values()].sort((a, b) => a.seq - b.seq)]
  }

  /** Replaces the copy with a `session.content` answer. */
  applyContent(content: Content): void {
    this.turns.clear()
    this.inputs.clear()
    this.ingest(content.entries)
    this.settle(content)
  }

  /** Applies a `session.sync` answer; false (and nothing applied) when it asks for a full sync. */
  applySync(sync: Sync): boolean {
    if (sync.needs_full_sync) return false
    // Changed turns lose their entries but keep their place; a turn with no entries left goes.
    for (const turnId of sync.changed_turn_ids) this.turns.set(turnId, new Map())
    this.ingest(sync.entries)
    for (const turnId of sync.changed_turn_ids) if (!this.turns.get(turnId)?.size) this.turns.delete(turnId)
    this.settle(sync)
    return true
  }

  /** Applies what an event says about inputs, active turns and approvals; turn items wait for the next sync. */
  applyEvent(event: BridgeEvent): void {
    if (event.session_id !== this.sessionId) return
    const payload = event.payload as { reason?: string, item_id?: string, entries?: MirrorEntry[], request_id?: string }
    if (event.event === 'session/changed') {
      if (payload.reason === 'input_failed' && payload.item_id) this.inputs.delete(payload.item_id)
      else this.ingest(payload.entries ?? [])
    } else if (event.event === 'turn/started' && event.turn_id && !this.activeTurns.includes(event.turn_id)) {
      this.activeTurns = [...this.activeTurns, event.turn_id]
    } else if (event.event === 'turn/completed') {
      this.activeTurns = this.activeTurns.filter(id => id !== event.turn_id)
    } else if (event.event === 'serverRequest/resolved') {
      this.pendingApprovals = this.pendingApprovals.filter(p => p.request_id !== payload.request_id)
    } else if (typeof payload.request_id === 'string' && !this.pendingApprovals.some(p => p.request_id === payload.request_id)) {
      this.pendingApprovals = [...this.pendingApprovals, { request_id: payload.request_id, method: event.event, params: event.payload, created_at: new Date().toISOString() }]
    }
  }

  /** Keeps the copy current from a client's events; returns the function that stops it. */
  follow(client: BridgeClient): () => void {
    return client.on('event', event => this.applyEvent(event))
  }

  /** `session.content` into the copy. */
  async load(client: BridgeClient): Promise<void> {
    this.applyContent(await client.request('session.content', { session_id: this.sessionId }))
  }

  /** `session.sync` from the cursor, or `session.content` when the gateway asks for a full sync. */
  async sync(client: BridgeClient): Promise<'incremental' | 'full'> {
    const answer = await client.request('session.sync', { session_id: this.sessionId, since_seq: this.cursor, incremental: true })
    if (this.applySync(answer)) return 'incremental'
    await this.load(client)
    return 'full'
  }

  private ingest(entries: MirrorEntry[]): void {
    for (const entry of entries) {
      if (isOptimistic(entry)) {
        const known = this.inputs.get(entry.item_id ?? entry.entry_id)
        if (!known || known.seq <= entry.seq) this.inputs.set(entry.item_id ?? entry.entry_id, entry)
        continue
      }
      let turn = this.turns.get(entry.turn_id!)
      if (!turn) this.turns.set(entry.turn_id!, turn = new Map())
      turn.set(entry.entry_id, entry)
    }
    // An input stored in its turn is shown once, as the turn's entry.
    for (const turn of this.turns.values()) for (const entry of turn.values()) if (entry.item_id) this.inputs.delete(entry.item_id)
  }

  private settle(answer: Content | Sync): void {
    this.cursor = answer.last_seq
    this.activeTurns = answer.active_turns
    this.pendingApprovals = answer.pending_approvals
  }
}
