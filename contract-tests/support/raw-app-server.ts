/**
 * Minimal raw JSON-lines client for `codex app-server` (stdio transport).
 * No gateway code involved: tests use it to pin the upstream protocol and
 * benchmarks use it as the baseline. Messages are JSON-RPC 2.0 objects
 * without the "jsonrpc" member, one per line, in both directions.
 */
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** The codex binary shipped by the pinned @openai/codex dependency. */
export const CODEX_BIN = fileURLToPath(new URL('../../node_modules/.bin/codex', import.meta.url));

export type RpcId = number | string;
/** A server→client message: a notification (no id) or a server request (id + method). */
export type ServerMessage = { id?: RpcId; method: string; params?: any };
export type RawOptions = { codexHome: string; cwd?: string; env?: Record<string, string>; args?: string[]; timeoutMs?: number };

export class RpcError extends Error {
  code: number;
  data: unknown;
  constructor(method: string, err: { code: number; message: string; data?: unknown }) {
    super(`${method} failed: ${err.code} ${err.message}`);
    this.code = err.code;
    this.data = err.data;
  }
}

export class RawAppServer {
  /** Every notification and server request received, in order. */
  readonly received: ServerMessage[] = [];
  /** Everything the server wrote to stderr (diagnostics). */
  stderr = '';
  readonly child: ChildProcessWithoutNullStreams;
  readonly timeoutMs: number;
  #nextId = 1;
  #pending = new Map<RpcId, { method: string; resolve: (v: any) => void; reject: (e: Error) => void }>();
  #waiters = new Set<() => void>();
  #exited: Promise<number | null>;

  constructor(opts: RawOptions) {
    this.timeoutMs = opts.timeoutMs ?? 20_000;
    this.child = spawn(CODEX_BIN, ['app-server', ...(opts.args ?? [])], {
      cwd: opts.cwd,
      // HOME = the temp CODEX_HOME: commands run in a login shell, which must not source the machine's profile.
      env: { ...process.env, CODEX_HOME: opts.codexHome, HOME: opts.codexHome, ...opts.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child.stderr.on('data', (b: Buffer) => { this.stderr += b.toString('utf8'); });
    this.#exited = new Promise((resolve) => this.child.once('exit', (code) => {
      for (const p of this.#pending.values()) p.reject(new Error(`app-server exited (${code}) before answering ${p.method}\n${this.stderr}`));
      this.#pending.clear();
      resolve(code);
    }));
    createInterface({ input: this.child.stdout }).on('line', (line) => this.#onLine(line));
  }

  #onLine(line: string): void {
    if (!line.trim()) return;
    let msg: any;
    try { msg = JSON.parse(line); } catch { this.stderr += `[non-JSON stdout] ${line}\n`; return; }
    if (msg.method === undefined && msg.id !== undefined) {
      const p = this.#pending.get(msg.id);
      this.#pending.delete(msg.id);
      if (!p) return;
      if (msg.error) p.reject(new RpcError(p.method, msg.error));
      else p.resolve(msg.result);
      return;
    }
    this.received.push(msg);
    for (const wake of this.#waiters) wake();
  }

  #send(msg: object): void {
    this.child.stdin.write(JSON.stringify(msg) + '\n');
  }

  /** Send a request; resolves with `result`, rejects with RpcError or on timeout. */
  request<T = any>(method: string, params?: unknown, timeoutMs = this.timeoutMs): Promise<T> {
    const id = this.#nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.#pending.delete(id);
        reject(new Error(`timeout after ${timeoutMs}ms waiting for ${method} response`));
      }, timeoutMs);
      const done = <A>(f: (a: A) => void) => (a: A) => { clearTimeout(timer); f(a); };
      this.#pending.set(id, { method, resolve: done(resolve), reject: done(reject) });
      this.#send({ id, method, params });
    });
  }

  /** Send a client notification (no response). */
  notify(method: string, params?: unknown): void {
    this.#send(params === undefined ? { method } : { method, params });
  }

  /** Answer a server request (e.g. an approval) with `result`. */
  respond(id: RpcId, result: unknown): void {
    this.#send({ id, result });
  }

  /**
   * Resolve with the first received message at index >= `since` matching
   * `what` (a method name or predicate). Rejects after `timeoutMs`.
   */
  waitFor(what: string | ((m: ServerMessage) => boolean), opts: { since?: number; timeoutMs?: number } = {}): Promise<ServerMessage> {
    const match = typeof what === 'string' ? (m: ServerMessage) => m.method === what : what;
    const timeoutMs = opts.timeoutMs ?? this.timeoutMs;
    let scanned = opts.since ?? 0;
    return new Promise((resolve, reject) => {
      const check = () => {
        for (; scanned < this.received.length; scanned++) {
          if (match(this.received[scanned])) { cleanup(); resolve(this.received[scanned]); return; }
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timeout after ${timeoutMs}ms waiting for ${typeof what === 'string' ? what : 'predicate'}; got: ${this.received.slice(opts.since ?? 0).map((m) => m.method).join(', ')}`));
      }, timeoutMs);
      const cleanup = () => { clearTimeout(timer); this.#waiters.delete(check); };
      this.#waiters.add(check);
      check();
    });
  }

  /** Perform the `initialize` request + `initialized` notification handshake. */
  async initialize(clientInfo = { name: 'contract_tests', title: 'Contract tests', version: '0.0.0' }): Promise<any> {
    const result = await this.request('initialize', { clientInfo, capabilities: { experimentalApi: true } });
    this.notify('initialized');
    return result;
  }

  /** Close stdin, then SIGTERM (SIGKILL after 3 s) if the process lingers. */
  async close(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.stdin.end();
    const t1 = setTimeout(() => this.child.kill('SIGTERM'), 1000);
    const t2 = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await this.#exited;
    clearTimeout(t1);
    clearTimeout(t2);
  }
}

/** Spawn `codex app-server` with the given CODEX_HOME and complete the handshake. */
export async function startRawAppServer(opts: RawOptions): Promise<RawAppServer> {
  const server = new RawAppServer(opts);
  try {
    await server.initialize();
  } catch (e) {
    await server.close();
    throw e;
  }
  return server;
}
