/**
 * Scripted local fake of OpenAI audio transcriptions (`POST /v1/audio/transcriptions`),
 * the one faked boundary of dictation. It parses the multipart upload the way the real
 * endpoint must, records what arrived so tests can assert on it, and answers each
 * request with the next scripted answer (or `{ text: 'fake transcription' }` once the
 * script runs out).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** What one upload carried. */
export interface ReceivedTranscription {
  authorization?: string
  /** Every non-file form field: `model`, `language`, `response_format` … */
  fields: Record<string, string>
  filename?: string
  /** The `Content-Type` of the file part. */
  mimeType?: string
  file?: Buffer
}

/**
 * One scripted answer: a transcript, an HTTP status with a body (a string goes out as
 * text/plain, like a proxy's error page; anything else as JSON), or no answer at all.
 */
export type TranscriptionAnswer =
  | { text: string }
  | { status: number, body: unknown }
  | { hang: true }

export interface FakeTranscription {
  /** Base URL for `OPENAI_BASE_URL`, e.g. `http://127.0.0.1:PORT/v1`. */
  url: string
  /** Parsed uploads, in arrival order. */
  requests: ReceivedTranscription[]
  /** Every request line seen, e.g. `POST /v1/audio/transcriptions` (diagnostics). */
  log: string[]
  /** Appends scripted answers to the queue. */
  push(...answers: TranscriptionAnswer[]): void
  close(): Promise<void>
}

/** An OpenAI-shaped error answer. */
export function failWith(status: number, message: string): TranscriptionAnswer {
  return { status, body: { error: { message, type: 'invalid_request_error', code: null } } }
}

/** Starts the fake on 127.0.0.1 with a free port. */
export async function startFakeTranscription(): Promise<FakeTranscription> {
  const requests: ReceivedTranscription[] = []
  const log: string[] = []
  const queue: TranscriptionAnswer[] = []

  const server = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`)
    handle(req, res).catch(error => send(res, 500, { error: { message: `fake-transcription: ${error.message}` } }))
  })

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const body = await readBody(req)
    if (req.method !== 'POST' || req.url !== '/v1/audio/transcriptions') {
      return send(res, 404, { error: { message: `fake-transcription has no ${req.method} ${req.url}` } })
    }
    const received = await parseUpload(req, body)
    requests.push(received)
    const answer = queue.shift() ?? { text: 'fake transcription' }
    if ('hang' in answer) return
    if ('status' in answer) return send(res, answer.status, answer.body)
    send(res, 200, { text: answer.text })
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    log,
    push: (...answers) => { queue.push(...answers) },
    close: () => new Promise<void>(resolve => {
      // Hanging answers keep their sockets open; close() must not wait for them.
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}

/** Parses multipart/form-data with the WHATWG Request that Node ships, as a real server would. */
async function parseUpload(req: IncomingMessage, body: Buffer): Promise<ReceivedTranscription> {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value)
  }
  const form = await new Request('http://fake.invalid/', { method: 'POST', headers, body }).formData()
  const received: ReceivedTranscription = { authorization: req.headers.authorization, fields: {} }
  for (const [name, value] of form) {
    if (typeof value === 'string') {
      received.fields[name] = value
    } else if (name === 'file') {
      received.filename = value.name
      received.mimeType = value.type
      received.file = Buffer.from(await value.arrayBuffer())
    }
  }
  return received
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: unknown) {
  const text = typeof body === 'string'
  res.writeHead(status, { 'content-type': text ? 'text/plain' : 'application/json' })
  res.end(text ? body : JSON.stringify(body))
}
