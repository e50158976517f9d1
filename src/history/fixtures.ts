/**
 * Synthetic rollout files in the exact record format Codex 0.169 writes (see
 * docs/upstream-notes.md and the real files the history tests record), for
 * scale tests and benchmarks: N turns, each with commentary, exploring and
 * test commands with big outputs, an apply_patch edit and a final answer;
 * now and then a background command and a context compaction.
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'

export type SyntheticRolloutOptions = {
  /** Stop after this many user turns… */
  turns?: number
  /** …or once the file reaches this many bytes, whichever comes first. */
  targetBytes?: number
  /** Bytes of output per non-exploring command (each appears twice, as in real files). Default 20,000. */
  outputBytes?: number
  /** Commands per turn: a read, a search, then test runs. Default 3. */
  commandsPerTurn?: number
  /** A compaction task after every this many turns (0 = never). Default 25. */
  compactEvery?: number
  /** A command finishing in the background after every this many turns (0 = never). Default 10. */
  backgroundEvery?: number
  /** Working directory recorded in the file. Default /work/project. */
  cwd?: string
  /** Clock start in ms since the epoch. Default 2026-01-01T00:00:00Z. */
  startMs?: number
}

/** What was written, for assertions. */
export type SyntheticRolloutSummary = {
  bytes: number
  threadId: string
  turns: number
  userMessages: number
  assistantMessages: number
  commentary: number
  finalAnswers: number
  /** Commands that are not exploring (one Command finished card each). */
  commands: number
  /** Explored cards (a turn's read + search group into one). */
  explored: number
  fileEdits: number
  compactions: number
  backgroundCommands: number
}

type Writer = { line(type: string, payload: object): Promise<void>, bytes(): number }

/** Writes a synthetic rollout to `path` (streamed, bounded memory) and returns what it contains. */
export async function writeSyntheticRollout(path: string, options: SyntheticRolloutOptions = {}): Promise<SyntheticRolloutSummary> {
  const o = { turns: Infinity, targetBytes: Infinity, outputBytes: 20_000, commandsPerTurn: 3, compactEvery: 25,
    backgroundEvery: 10, cwd: '/work/project', startMs: Date.parse('2026-01-01T00:00:00Z'), ...options }
  if (o.turns === Infinity && o.targetBytes === Infinity) o.turns = 10
  const out = createWriteStream(path)
  const clock = { ms: o.startMs, ordinal: 0 }
  const w = writer(out, clock)
  const threadId = uuid(clock, 0)
  const sum: SyntheticRolloutSummary = { bytes: 0, threadId, turns: 0, userMessages: 0, assistantMessages: 0, commentary: 0,
    finalAnswers: 0, commands: 0, explored: 0, fileEdits: 0, compactions: 0, backgroundCommands: 0 }
  await w.line('session_meta', sessionMeta(threadId, o.cwd, clock))
  while (sum.turns < o.turns && w.bytes() < o.targetBytes) {
    await writeTurn(w, clock, { ...o, threadId, n: sum.turns }, sum)
    sum.turns++
    if (o.compactEvery && sum.turns % o.compactEvery === 0) await writeCompaction(w, clock, threadId, sum)
  }
  out.end()
  await once(out, 'finish')
  sum.bytes = w.bytes()
  return sum
}

function writer(out: NodeJS.WritableStream, clock: { ms: number, ordinal: number }): Writer {
  let bytes = 0
  return {
    async line(type, payload) {
      clock.ms += 7
      const text = JSON.stringify({ timestamp: new Date(clock.ms).toISOString(), ordinal: clock.ordinal++, type, payload }) + '\n'
      bytes += Buffer.byteLength(text)
      if (!out.write(text)) await once(out, 'drain')
    },
    bytes: () => bytes,
  }
}

/** A UUIDv7-looking id that sorts by the fake clock, like Codex's. */
function uuid(clock: { ms: number }, salt: number): string {
  const hex = clock.ms.toString(16).padStart(12, '0')
  const tail = (salt * 2654435761 >>> 0).toString(16).padStart(8, '0') + (clock.ms % 65536).toString(16).padStart(4, '0')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${tail.slice(0, 3)}-8${tail.slice(3, 6)}-${tail.slice(6, 12).padEnd(12, '0')}`
}

function sessionMeta(id: string, cwd: string, clock: { ms: number }) {
  return { account_scoped: true, session_id: id, id, timestamp: new Date(clock.ms).toISOString(), cwd, runtime_workspace_roots: [cwd],
    originator: 'codex_gateway', cli_version: '0.169.0', source: 'vscode', model_provider: 'openai',
    base_instructions: { text: 'You are Codex, a coding agent based on GPT-5. '.repeat(200) }, history_mode: 'paginated',
    git: { commit_hash: '0123456789abcdef0123456789abcdef01234567', branch: 'main' } }
}

type TurnContext = Required<SyntheticRolloutOptions> & { threadId: string, n: number }

async function writeTurn(w: Writer, clock: { ms: number }, o: TurnContext, sum: SyntheticRolloutSummary): Promise<void> {
  const turnId = uuid(clock, o.n + 1)
  const started = clock.ms
  await w.line('event_msg', taskStarted(turnId, clock, true))
  await w.line('turn_context', { turn_id: turnId, root_turn_id: turnId, disabled_plugin_ids: [], cwd: o.cwd, approval_policy: 'on-request',
    approvals_reviewer: 'user', model: 'gpt-5.5', summary: 'none', sandbox_policy: { type: 'workspace-write', network_access: false } })
  const text = `Turn ${o.n}: please fix the failing test in src/module-${o.n % 40}.ts and explain what broke.`
  await w.line('response_item', { type: 'message', id: `msg_${uuid(clock, 9)}`, role: 'user', content: [{ type: 'input_text', text }],
    internal_chat_message_metadata_passthrough: { turn_id: turnId, create_time: clock.ms / 1000, content_item_kinds: ['user.text'] } })
  await itemCompleted(w, clock, o.threadId, turnId, { type: 'UserMessage', id: uuid(clock, 3), content: [{ type: 'text', text, text_elements: [] }] })
  sum.userMessages++
  await agentMessage(w, clock, o.threadId, turnId, `msg_${o.n}_c`, `Looking at module ${o.n % 40} first.`, 'commentary')
  sum.assistantMessages++
  sum.commentary++
  for (let c = 0; c < o.commandsPerTurn; c++) await writeCommand(w, clock, o, turnId, c, sum)
  await writePatch(w, clock, o, turnId, sum)
  const background = o.backgroundEvery > 0 && o.n % o.backgroundEvery === o.backgroundEvery - 1
  if (background) await backgroundStart(w, clock, o, turnId)
  const answer = `Fixed module ${o.n % 40}: the off-by-one in the loop bound made the last element disappear. `.repeat(3)
  await agentMessage(w, clock, o.threadId, turnId, `msg_${o.n}_f`, answer, 'final_answer')
  sum.assistantMessages++
  sum.finalAnswers++
  await tokenRecords(w, o.threadId, turnId)
  await w.line('event_msg', { type: 'task_complete', root_turn_id: turnId, turn_id: turnId, last_agent_message: answer,
    started_at: Math.floor(started / 1000), completed_at: Math.floor(clock.ms / 1000), duration_ms: clock.ms - started, time_to_first_token_ms: 40 })
  if (background) await backgroundEnd(w, clock, o, turnId, sum)
}

function taskStarted(turnId: string, clock: { ms: number }, attributed: boolean) {
  const attribution = attributed ? { turn_attribution: { turn_id: turnId, turn_trigger: null, parent_turn_id: null,
    initiating_agent_path: null, root_turn_id: turnId } } : {}
  return { type: 'task_started', ...attribution, turn_id: turnId, root_turn_id: turnId, started_at: Math.floor(clock.ms / 1000),
    model_context_window: 258400, collaboration_mode_kind: 'default' }
}

async function itemCompleted(w: Writer, clock: { ms: number }, threadId: string, turnId: string, item: object, startedMs = clock.ms): Promise<void> {
  await w.line('event_msg', { type: 'item_completed', thread_id: threadId, turn_id: turnId, item, started_at_ms: startedMs, completed_at_ms: clock.ms + 7 })
}

async function agentMessage(w: Writer, clock: { ms: number }, threadId: string, turnId: string, id: string, text: string, phase: string): Promise<void> {
  await itemCompleted(w, clock, threadId, turnId, { type: 'AgentMessage', id, content: [{ type: 'Text', text }], phase })
  await w.line('response_item', { type: 'message', status: 'completed', id, role: 'assistant',
    content: [{ type: 'output_text', text, annotations: [] }], phase,
    internal_chat_message_metadata_passthrough: { turn_id: turnId, content_item_kinds: ['unknown'] } })
}

async function tokenRecords(w: Writer, threadId: string, turnId: string): Promise<void> {
  const usage = { input_tokens: 1000, cached_input_tokens: 800, cache_write_input_tokens: 0, output_tokens: 50, reasoning_output_tokens: 0, total_tokens: 1050 }
  await w.line('token_usage_record', { thread_id: threadId, turn_id: turnId, session_id: threadId, root_turn_id: turnId,
    response_id: `resp_${turnId}`, usage, turn_token_usage: usage, thread_token_usage: usage })
  await w.line('event_msg', { type: 'token_count', info: { total_token_usage: usage, last_token_usage: usage,
    last_usage_includes_reasoning: false, model_context_window: 258400 }, rate_limits: { limit_id: 'codex', primary: null, secondary: null } })
}

/** Command c of a turn: the first reads a file, the second searches (together one Explored card), the rest run the tests with a big output. */
function commandFor(o: TurnContext, c: number): { cmd: string, parsed: object[], output: string, exit: number } {
  const file = `src/module-${(o.n + c) % 40}.ts`
  if (c === 0) {
    return { cmd: `sed -n '1,200p' ${file}`, parsed: [{ type: 'read', cmd: `sed -n '1,200p' ${file}`, name: file.slice(4), path: file }],
      output: `export function f${c}() {\n  return ${c}\n}\n`.repeat(40), exit: 0 }
  }
  if (c === 1) {
    return { cmd: `rg -n "loop" src`, parsed: [{ type: 'search', cmd: 'rg -n "loop" src', query: 'loop', path: 'src' }],
      output: `${file}:12:  for (let i = 0; i < n - 1; i++) {\n`.repeat(20), exit: 0 }
  }
  const exit = o.n % 7 === 3 ? 1 : 0
  const line = `  ✓ module ${o.n} case passes with a fairly long descriptive name for realism (${c})\n`
  return { cmd: 'npm test', parsed: [{ type: 'unknown', cmd: 'npm test' }], output: line.repeat(Math.ceil(o.outputBytes / line.length)), exit }
}

async function writeCommand(w: Writer, clock: { ms: number }, o: TurnContext, turnId: string, c: number, sum: SyntheticRolloutSummary): Promise<void> {
  const callId = `call_${o.n}_${c}`
  const { cmd, parsed, output, exit } = commandFor(o, c)
  await w.line('response_item', { type: 'function_call', status: 'completed', id: `fc_${o.n}_${c}`, name: 'exec_command',
    arguments: JSON.stringify({ cmd }), call_id: callId, internal_chat_message_metadata_passthrough: { turn_id: turnId } })
  const started = clock.ms
  clock.ms += 350
  await itemCompleted(w, clock, o.threadId, turnId, { type: 'CommandExecution', id: callId, process_id: String(1000 + c),
    command: ['/bin/bash', '-lc', cmd], cwd: `file://${o.cwd}`, parsed_cmd: parsed, source: 'unified_exec_startup',
    status: exit === 0 ? 'completed' : 'failed', aggregated_output: output, exit_code: exit,
    duration: { secs: 0, nanos: 350_000_000 } }, started)
  await w.line('response_item', { type: 'function_call_output', id: `fco_${o.n}_${c}`, call_id: callId,
    output: `Chunk ID: 4d31fc\nWall time: 0.3500 seconds\nProcess exited with code ${exit}\nOriginal token count: ${output.length >> 2}\nOutput:\n${output}`,
    internal_chat_message_metadata_passthrough: { turn_id: turnId, create_time: clock.ms / 1000 } })
  if ((parsed[0] as { type: string }).type === 'unknown') sum.commands++
  else if (c === 0) sum.explored++
}

async function writePatch(w: Writer, clock: { ms: number }, o: TurnContext, turnId: string, sum: SyntheticRolloutSummary): Promise<void> {
  const callId = `call_${o.n}_patch`
  const rel = `src/module-${o.n % 40}.ts`
  const diff = '@@ -10,4 +10,5 @@\n export function run(n) {\n-  for (let i = 0; i < n - 1; i++) {\n+  for (let i = 0; i < n; i++) {\n+    // include the last element\n     visit(i)\n'
  const input = `*** Begin Patch\n*** Update File: ${rel}\n@@\n-  for (let i = 0; i < n - 1; i++) {\n+  for (let i = 0; i < n; i++) {\n+    // include the last element\n*** End Patch\n`
  await w.line('response_item', { type: 'custom_tool_call', id: `fc_${o.n}_p`, status: 'completed', call_id: callId, name: 'apply_patch', input,
    internal_chat_message_metadata_passthrough: { turn_id: turnId } })
  await itemCompleted(w, clock, o.threadId, turnId, { type: 'FileChange', id: callId,
    changes: { [`${o.cwd}/${rel}`]: { type: 'update', unified_diff: diff, move_path: null } }, status: 'completed',
    stdout: `Success. Updated the following files:\nM ${rel}\n`, stderr: '' })
  await w.line('response_item', { type: 'custom_tool_call_output', id: `ctco_${o.n}`, call_id: callId,
    output: `Exit code: 0\nWall time: 0.1 seconds\nOutput:\nSuccess. Updated the following files:\nM ${rel}\n`,
    internal_chat_message_metadata_passthrough: { turn_id: turnId } })
  sum.fileEdits++
}

async function backgroundStart(w: Writer, clock: { ms: number }, o: TurnContext, turnId: string): Promise<void> {
  await w.line('response_item', { type: 'function_call', status: 'completed', id: `fc_${o.n}_bg`, name: 'exec_command',
    arguments: JSON.stringify({ cmd: 'npm run build', yield_time_ms: 250 }), call_id: `call_${o.n}_bg`, internal_chat_message_metadata_passthrough: { turn_id: turnId } })
  await w.line('response_item', { type: 'function_call_output', id: `fco_${o.n}_bg`, call_id: `call_${o.n}_bg`,
    output: 'Chunk ID: 2b46f1\nWall time: 0.2513 seconds\nProcess running with session ID 22106\nOriginal token count: 0\nOutput:\n',
    internal_chat_message_metadata_passthrough: { turn_id: turnId } })
}

/** Codex records a backgrounded command's completion after its turn's task_complete, under the old turn id. */
async function backgroundEnd(w: Writer, clock: { ms: number }, o: TurnContext, turnId: string, sum: SyntheticRolloutSummary): Promise<void> {
  const started = clock.ms - 500
  clock.ms += 1900
  await itemCompleted(w, clock, o.threadId, turnId, { type: 'CommandExecution', id: `call_${o.n}_bg`, process_id: '22106',
    command: ['/bin/bash', '-lc', 'npm run build'], cwd: `file://${o.cwd}`, parsed_cmd: [{ type: 'unknown', cmd: 'npm run build' }],
    source: 'unified_exec_startup', status: 'completed', aggregated_output: 'built in 1.9s\n', exit_code: 0,
    duration: { secs: 1, nanos: 893_031_613 } }, started)
  sum.backgroundCommands++
}

/** A compaction task as `thread/compact/start` records it: no user or visible assistant message. */
async function writeCompaction(w: Writer, clock: { ms: number }, threadId: string, sum: SyntheticRolloutSummary): Promise<void> {
  const turnId = uuid(clock, 77)
  const started = clock.ms
  await w.line('event_msg', taskStarted(turnId, clock, false))
  const summary = 'Summary of the conversation so far: modules were fixed one by one. '.repeat(10)
  await w.line('response_item', { type: 'message', status: 'completed', id: `msg_compact_${sum.compactions}`, role: 'assistant',
    content: [{ type: 'output_text', text: summary, annotations: [] }], internal_chat_message_metadata_passthrough: { turn_id: turnId } })
  await w.line('compacted', { message: `Another language model started to solve this problem and produced a summary:\n${summary}`,
    replacement_history: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'earlier request' }] }] })
  await w.line('turn_context', { turn_id: turnId, root_turn_id: turnId, cwd: '/work/project', approval_policy: 'on-request', model: 'gpt-5.5' })
  await itemCompleted(w, clock, threadId, turnId, { type: 'ContextCompaction', id: uuid(clock, 78) }, started)
  await w.line('event_msg', { type: 'task_complete', root_turn_id: turnId, turn_id: turnId, last_agent_message: null,
    started_at: Math.floor(started / 1000), completed_at: Math.floor(clock.ms / 1000), duration_ms: clock.ms - started })
  sum.compactions++
}
