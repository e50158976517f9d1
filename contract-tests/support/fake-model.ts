/**
 * Scripted local fake of the OpenAI Responses streaming API — the one faked
 * boundary of the test harness. Codex (configured by codex-home.ts) talks to
 * it exactly as it would to api.openai.com: every `POST /v1/responses`
 * consumes the next scripted response and streams it back as SSE.
 * Codex 0.169 with a custom provider calls nothing else (no GET /models).
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One step of a scripted model response. */
export type ModelStep =
  /** Assistant message streamed as `chunks` output_text deltas (default 1). */
  | { kind: 'say'; text: string; chunks?: number; phase?: 'commentary' | 'final_answer' }
  /** Function call; `args` are JSON-encoded into the item's `arguments`. */
  | { kind: 'tool'; name: string; args: object; callId?: string }
  /** Stall the stream for `ms` (e.g. to interrupt a turn mid-stream). */
  | { kind: 'pause'; ms: number }
  /** Answer the whole request with HTTP `status` instead of a stream. */
  | { kind: 'fail'; status: number; message: string };

/** One scripted answer to one POST /v1/responses. */
export type ModelResponse = ModelStep[];

export type FakeModel = {
  /** Provider base URL for config.toml, e.g. `http://127.0.0.1:PORT/v1`. */
  url: string;
  /** Parsed JSON bodies of every POST /v1/responses, in arrival order. */
  requests: any[];
  /** Every request line seen, e.g. `POST /v1/responses` (diagnostics). */
  log: string[];
  /** Append scripted responses to the queue. */
  push(...responses: ModelResponse[]): void;
  close(): Promise<void>;
};

/** A response that says `text`, streamed as `opts.chunks` deltas. */
export function say(text: string, opts: { chunks?: number; phase?: 'commentary' | 'final_answer' } = {}): ModelResponse {
  return [{ kind: 'say', text, ...opts }];
}

/** A response that calls tool `name` with `args`. */
export function callTool(name: string, args: object, callId?: string): ModelResponse {
  return [{ kind: 'tool', name, args, callId }];
}

/** A response asking Codex to run `cmd` outside the sandbox: triggers an approval under on-request. */
export function execEscalated(cmd: string, justification = 'test'): ModelResponse {
  return callTool('exec_command', { cmd, sandbox_permissions: 'require_escalated', justification });
}

/** A response that fails with an HTTP error (Codex surfaces it as an `error` notification). */
export function failWith(status = 500, message = 'fake-model failure'): ModelResponse {
  return [{ kind: 'fail', status, message }];
}

/** Answer once the script is exhausted, so Codex never hangs. */
const FALLBACK: ModelResponse = say('ok');

/** Split `text` into `n` near-equal pieces on code-point boundaries. */
export function splitText(text: string, n = 1): string[] {
  const cps = Array.from(text);
  const count = Math.max(1, Math.min(n, cps.length));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(cps.slice(Math.floor((i * cps.length) / count), Math.floor(((i + 1) * cps.length) / count)).join(''));
  }
  return out;
}

const frame = (data: { type: string; [k: string]: unknown }) => `event: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`;
const USAGE = { input_tokens: 10, input_tokens_details: { cached_tokens: 0 }, output_tokens: 5,
  output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 15 };

/**
 * Render one scripted response as SSE text. Yields ~64 KiB string batches
 * (so 20,000 deltas cost a handful of writes) or a number = pause in ms.
 */
function* render(steps: ModelResponse, seq: number): Generator<string | number> {
  const response = { id: `resp_${seq}`, object: 'response', status: 'in_progress', output: [] as object[] };
  yield frame({ type: 'response.created', response });
  let index = 0;
  for (const step of steps) {
    if (step.kind === 'pause') { yield step.ms; continue; }
    const output_index = index++;
    if (step.kind === 'say') {
      const id = `msg_${seq}_${output_index}`;
      const phase = step.phase ? { phase: step.phase } : {};
      yield frame({ type: 'response.output_item.added', output_index,
        item: { type: 'message', id, role: 'assistant', status: 'in_progress', content: [], ...phase } });
      let batch = '';
      for (const delta of splitText(step.text, step.chunks)) {
        batch += frame({ type: 'response.output_text.delta', item_id: id, output_index, content_index: 0, delta });
        if (batch.length >= 65536) { yield batch; batch = ''; }
      }
      const item = { type: 'message', id, role: 'assistant', status: 'completed', ...phase,
        content: [{ type: 'output_text', text: step.text, annotations: [] }] };
      response.output.push(item);
      yield batch + frame({ type: 'response.output_item.done', output_index, item });
    } else if (step.kind === 'tool') {
      const item = { type: 'function_call', id: `fc_${seq}_${output_index}`, status: 'completed', name: step.name,
        call_id: step.callId ?? `call_${seq}_${output_index}`, arguments: JSON.stringify(step.args) };
      response.output.push(item);
      yield frame({ type: 'response.output_item.added', output_index, item });
      yield frame({ type: 'response.output_item.done', output_index, item });
    }
  }
  yield frame({ type: 'response.completed', response: { ...response, status: 'completed', usage: USAGE } });
}

/** Start the fake on an ephemeral 127.0.0.1 port, preloaded with `script`. */
export async function startFakeModel(script: ModelResponse[] = []): Promise<FakeModel> {
  const queue = [...script];
  const requests: any[] = [];
  const log: string[] = [];
  let seq = 0;

  const server = createServer(async (req, res) => {
    log.push(`${req.method} ${req.url}`);
    const body: Buffer[] = [];
    for await (const chunk of req) body.push(chunk as Buffer);
    const path = (req.url ?? '').split('?')[0];
    const json = (status: number, value: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(value));
    };

    if (req.method !== 'POST' || !path.endsWith('/responses')) {
      json(404, { error: { message: `fake-model: no route for ${req.method} ${path}` } });
      return;
    }
    try { requests.push(JSON.parse(Buffer.concat(body).toString('utf8'))); } catch { requests.push(null); }
    const steps = queue.shift() ?? FALLBACK;
    const fail = steps.find((s) => s.kind === 'fail');
    if (fail) {
      json(fail.status, { error: { message: fail.message, type: 'server_error', code: null } });
      return;
    }
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    for (const chunk of render(steps, ++seq)) {
      if (res.destroyed) return; // Codex hung up (e.g. turn interrupted).
      if (typeof chunk === 'number') await new Promise((r) => setTimeout(r, chunk));
      else if (!res.write(chunk)) await firstOf(res, 'drain', 'close'); // backpressure
    }
    res.end();
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    log,
    push: (...responses) => { queue.push(...responses); },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

/** Waits for the first of `events`, leaving no listener behind (a long stream waits thousands of times). */
function firstOf(res: ServerResponse, ...events: string[]): Promise<void> {
  return new Promise((resolve) => {
    const done = () => { for (const event of events) res.off(event, done); resolve(); };
    for (const event of events) res.on(event, done);
  });
}
