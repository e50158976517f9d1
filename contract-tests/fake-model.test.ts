/**
 * Contract tests pinning what the REAL `codex app-server` does when driven by
 * the raw JSON-lines client against the scripted fake model. No gateway code.
 * Findings are written up in docs/upstream-notes.md.
 */
import t from 'tap';
import type { Test } from 'tap';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { startFakeModel, say, execEscalated } from './support/fake-model.ts';
import type { ModelResponse } from './support/fake-model.ts';
import { makeCodexHome, makeGitRepo } from './support/codex-home.ts';
import type { CodexHomeOptions } from './support/codex-home.ts';
import { RawAppServer, startRawAppServer } from './support/raw-app-server.ts';
import type { ServerMessage } from './support/raw-app-server.ts';

const WAIT = { timeoutMs: 20_000 };

/** Fake model + CODEX_HOME + git repo + initialized app-server, torn down after the test. */
async function setup(tt: Test, script: ModelResponse[], opts: CodexHomeOptions = {}) {
  const model = await startFakeModel(script);
  const home = await makeCodexHome(model.url, opts);
  const repo = await makeGitRepo();
  const server = await startRawAppServer({ codexHome: home, cwd: repo });
  tt.teardown(async () => {
    await server.close();
    await model.close();
    await Promise.all([home, repo].map((d) => rm(d, { recursive: true, force: true })));
  });
  const thread = (await server.request('thread/start', { cwd: repo })).thread;
  return { model, home, repo, server, thread };
}

/** The protocol-relevant subsequence, as `method` or `method:itemType`. */
const CORE = new Set(['turn/started', 'item/started', 'item/completed', 'item/agentMessage/delta', 'turn/completed',
  'item/commandExecution/requestApproval', 'serverRequest/resolved']);
function coreSequence(msgs: ServerMessage[]): string[] {
  const out: string[] = [];
  for (const m of msgs) {
    if (!CORE.has(m.method)) continue;
    const label = m.params?.item?.type ? `${m.method}:${m.params.item.type}` : m.method;
    if (label === 'item/agentMessage/delta' && out.at(-1) === 'item/agentMessage/delta*') continue;
    out.push(label === 'item/agentMessage/delta' ? 'item/agentMessage/delta*' : label);
  }
  return out;
}

async function startTurn(server: RawAppServer, threadId: string, text: string) {
  const since = server.received.length;
  const { turn } = await server.request('turn/start', { threadId, input: [{ type: 'text', text }] });
  return { since, turnId: turn.id as string };
}

t.test('a plain turn streams the scripted text as agentMessage deltas between turn/started and turn/completed', async (tt) => {
  const text = 'Hello from the fake model, streamed in many small pieces.';
  const { server, thread } = await setup(tt, [say(text, { chunks: 20 })]);
  const { since, turnId } = await startTurn(server, thread.id, 'hi');
  const done = await server.waitFor('turn/completed', { since, ...WAIT });
  const msgs = server.received.slice(since);

  tt.same(coreSequence(msgs), [
    'turn/started',
    'item/started:userMessage', 'item/completed:userMessage',
    'item/started:agentMessage', 'item/agentMessage/delta*', 'item/completed:agentMessage',
    'turn/completed',
  ]);
  const deltas = msgs.filter((m) => m.method === 'item/agentMessage/delta');
  tt.equal(deltas.length, 20);
  tt.equal(deltas.map((d) => d.params.delta).join(''), text);
  const started = msgs.find((m) => m.method === 'item/started' && m.params.item.type === 'agentMessage')!;
  tt.match(deltas[0].params, { threadId: thread.id, turnId, itemId: started.params.item.id });
  const completed = msgs.find((m) => m.method === 'item/completed' && m.params.item.type === 'agentMessage')!;
  tt.match(completed.params, { threadId: thread.id, turnId, item: { id: started.params.item.id, text } });
  tt.match(done.params, { threadId: thread.id, turn: { id: turnId, status: 'completed', error: null } });
});

t.test('an escalated exec_command asks for approval, and accepting runs it and feeds the output back to the model', async (tt) => {
  const { server, thread, repo, model } = await setup(tt, [execEscalated('touch ok.txt'), say('Created ok.txt.')]);
  const { since, turnId } = await startTurn(server, thread.id, 'create ok.txt');
  const req = await server.waitFor('item/commandExecution/requestApproval', { since, ...WAIT });

  tt.type(req.id, 'number', 'server request ids are JSON numbers');
  tt.match(req.params, { kind: 'command', threadId: thread.id, turnId, itemId: 'call_1_0', reason: 'test',
    command: "/bin/bash -lc 'touch ok.txt'", cwd: repo, environmentId: 'local', startedAtMs: Number });
  tt.notOk(req.params.approvalId, 'approvalId is absent for plain exec_command approvals');
  tt.notOk(existsSync(join(repo, 'ok.txt')), 'nothing runs before the decision');

  server.respond(req.id!, { decision: 'accept' });
  const resolved = await server.waitFor('serverRequest/resolved', { since, ...WAIT });
  tt.same(resolved.params, { threadId: thread.id, requestId: req.id });
  const done = await server.waitFor('turn/completed', { since, ...WAIT });
  tt.equal(done.params.turn.status, 'completed');
  tt.ok(existsSync(join(repo, 'ok.txt')), 'the approved command ran in the repo');

  tt.same(coreSequence(server.received.slice(since)), [
    'turn/started',
    'item/started:userMessage', 'item/completed:userMessage',
    'item/started:commandExecution', 'item/commandExecution/requestApproval', 'serverRequest/resolved',
    'item/completed:commandExecution',
    'item/started:agentMessage', 'item/agentMessage/delta*', 'item/completed:agentMessage',
    'turn/completed',
  ]);
  const cmd = server.received.slice(since).find((m) => m.method === 'item/completed' && m.params.item.type === 'commandExecution')!;
  tt.match(cmd.params.item, { id: req.params.itemId, status: 'completed', exitCode: 0 });

  tt.equal(model.requests.length, 2);
  const output = model.requests[1].input.find((i: any) => i.type === 'function_call_output');
  tt.match(output, { call_id: 'call_1_0', output: /Process exited with code 0/ });
});

t.test('declining an approval skips the command and the turn still completes', async (tt) => {
  const { server, thread, repo, model } = await setup(tt, [execEscalated('touch ok.txt'), say('Fine, I will not.')]);
  const { since } = await startTurn(server, thread.id, 'create ok.txt');
  const req = await server.waitFor('item/commandExecution/requestApproval', { since, ...WAIT });
  server.respond(req.id!, { decision: 'decline' });
  const done = await server.waitFor('turn/completed', { since, ...WAIT });

  tt.equal(done.params.turn.status, 'completed');
  tt.notOk(existsSync(join(repo, 'ok.txt')), 'declined command did not run');
  const cmd = server.received.slice(since).find((m) => m.method === 'item/completed' && m.params.item.type === 'commandExecution')!;
  tt.match(cmd.params.item, { status: 'declined', exitCode: null });
  const output = model.requests[1].input.find((i: any) => i.type === 'function_call_output');
  tt.match(output.output, /rejected by user/);
});

t.test('cancelling an approval interrupts the turn without asking the model again', async (tt) => {
  const { server, thread, repo, model } = await setup(tt, [execEscalated('touch ok.txt')]);
  const { since } = await startTurn(server, thread.id, 'create ok.txt');
  const req = await server.waitFor('item/commandExecution/requestApproval', { since, ...WAIT });
  server.respond(req.id!, { decision: 'cancel' });
  const done = await server.waitFor('turn/completed', { since, ...WAIT });
  tt.equal(done.params.turn.status, 'interrupted');
  tt.notOk(existsSync(join(repo, 'ok.txt')));
  tt.equal(model.requests.length, 1);
});

t.test('thread/list and thread/read expose the finished thread with its cwd, rollout path and items', async (tt) => {
  const { server, thread, repo } = await setup(tt, [say('listed')]);
  const { since, turnId } = await startTurn(server, thread.id, 'remember me');
  await server.waitFor('turn/completed', { since, ...WAIT });

  const list = await server.request('thread/list', {});
  const listed = list.data.find((x: any) => x.id === thread.id);
  tt.ok(listed, 'thread is listed once it has a turn');
  tt.match(listed, { cwd: repo, preview: 'remember me', modelProvider: 'fake', path: /\/sessions\/.*rollout-.*\.jsonl$/,
    gitInfo: { branch: 'main' } });
  tt.ok(existsSync(listed.path), 'rollout file exists');
  tt.equal(list.nextCursor, null);

  const read = await server.request('thread/read', { threadId: thread.id, includeTurns: true });
  tt.equal(read.thread.path, listed.path);
  tt.equal(read.thread.turns.length, 1);
  tt.match(read.thread.turns[0], { id: turnId, status: 'completed', itemsView: 'full' });
  tt.same(read.thread.turns[0].items.map((i: any) => i.type), ['userMessage', 'agentMessage']);
  tt.match(read.thread.turns[0].items[1], { text: 'listed' });

  const types = (await readFile(listed.path, 'utf8')).trim().split('\n').map((l) => JSON.parse(l).type);
  tt.equal(types[0], 'session_meta');
  tt.ok(types.includes('response_item') && types.includes('event_msg'));
});

t.test('approval_policy "untrusted" in config.toml makes app-server exit before answering initialize', async (tt) => {
  const home = await makeCodexHome('http://127.0.0.1:9/v1', { approvalPolicy: 'untrusted' });
  const server = new RawAppServer({ codexHome: home, timeoutMs: 15_000 });
  tt.teardown(async () => { await server.close(); await rm(home, { recursive: true, force: true }); });
  await tt.rejects(server.initialize(), /exited \(1\)/);
  tt.match(server.stderr, /approval_policy = "untrusted" is no longer supported/);
});

t.test('config/batchWrite rewrites a key in place and keeps the comments in config.toml', async (tt) => {
  const home = await makeCodexHome('http://127.0.0.1:9/v1', { extraToml: '\n# a user comment\n[tui]\n# inner comment\nnotifications = false\n' });
  const server = await startRawAppServer({ codexHome: home });
  tt.teardown(async () => { await server.close(); await rm(home, { recursive: true, force: true }); });
  const before = await server.request('config/read', {});
  tt.equal(before.config.approval_policy, 'on-request');
  const version = before.origins.approval_policy.version;
  tt.match(version, /^sha256:/);

  const stale = { keyPath: 'approval_policy', value: 'never', mergeStrategy: 'replace' };
  await tt.rejects(server.request('config/batchWrite', { edits: [stale], expectedVersion: 'sha256:0' }),
    { code: -32600, data: { config_write_error_code: 'configVersionConflict' } });
  const res = await server.request('config/batchWrite', { edits: [stale], expectedVersion: version });
  tt.match(res, { status: 'ok', version: /^sha256:/, filePath: join(home, 'config.toml') });

  const text = await readFile(join(home, 'config.toml'), 'utf8');
  tt.match(text, /^approval_policy = "never"$/m);
  tt.match(text, /# a user comment/);
  tt.match(text, /# inner comment/);
  tt.equal((await server.request('config/read', {})).config.approval_policy, 'never');
});

t.test('turn/interrupt during a stalled stream completes the turn as interrupted', async (tt) => {
  const { server, thread } = await setup(tt, [[{ kind: 'say', text: 'partial' }, { kind: 'pause', ms: 10_000 }, { kind: 'say', text: 'late' }]]);
  const { since, turnId } = await startTurn(server, thread.id, 'go');
  await server.waitFor((m) => m.method === 'item/completed' && m.params.item.type === 'agentMessage', { since, ...WAIT });
  tt.same(await server.request('turn/interrupt', { threadId: thread.id, turnId }), {});
  const done = await server.waitFor('turn/completed', { since, timeoutMs: 5_000 });
  tt.match(done.params.turn, { id: turnId, status: 'interrupted' });
});
