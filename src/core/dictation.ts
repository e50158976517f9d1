import { GatewayError, type ErrorCode } from '../errors.ts'
import { loadDotEnv, lookupEnv } from './env-file.ts'

/** Body of `POST /v1/dictation/transcribe`. */
export interface DictationTranscribeParams {
  audioBase64: string
  filename: string
  mimeType: string
  /** ISO-639-1 hint such as `de`; absent or empty lets the model detect it. */
  language?: string
}

/** What `POST /v1/dictation/transcribe` answers inside `data`. */
export interface DictationTranscribeResponse {
  text: string
  model: string
}

export interface TranscriberOptions {
  /** The gateway's data dir: its `.env` / `.env.local` override the working dir's. */
  dataDir: string
  /** The directory the gateway was started in. */
  workDir: string
  env?: Record<string, string | undefined>
  fetch?: typeof globalThis.fetch
  /** Upper bound for one upload and its answer. */
  timeoutMs?: number
}

export interface Transcriber {
  transcribe(params: DictationTranscribeParams): Promise<DictationTranscribeResponse>
}

/** OpenAI's own limit for one transcription upload, in decoded bytes. */
export const MAX_AUDIO_BYTES = 25 * 1024 * 1024
export const DEFAULT_BASE_URL = 'https://api.openai.com/v1'
export const DEFAULT_MODEL = 'gpt-4o-transcribe'
export const DEFAULT_TIMEOUT_MS = 60_000

/**
 * Transcribes dictation through OpenAI audio transcriptions (`POST {base}/audio/transcriptions`).
 * Settings are read on every call, so a key added to `.env` works without a restart:
 * the process environment wins over `<dataDir>/.env.local`, `<dataDir>/.env`,
 * `<workDir>/.env.local`, `<workDir>/.env`, in that order. The data dir beats the
 * working dir because it is the gateway's own configuration, while the working dir
 * may be some project whose `.env` holds a key meant for something else.
 */
export function createTranscriber(options: TranscriberOptions): Transcriber {
  const { dataDir, workDir, env = process.env, fetch = globalThis.fetch, timeoutMs = DEFAULT_TIMEOUT_MS } = options
  return {
    async transcribe(params) {
      const upload = validate(params)
      const settings = await readSettings(dataDir, workDir, env)
      const text = await post(fetch, settings, upload, timeoutMs)
      return { text, model: settings.model }
    },
  }
}

interface Settings { key: string, baseUrl: string, model: string }
interface Upload { audio: Buffer<ArrayBuffer>, filename: string, mimeType: string, language?: string }

async function readSettings(dataDir: string, workDir: string, env: Record<string, string | undefined>): Promise<Settings> {
  const files = await loadDotEnv([workDir, dataDir])
  const key = lookupEnv('OPENAI_API_KEY', env, files)?.trim()
  if (!key) {
    throw new GatewayError('DICTATION_UNAVAILABLE', `dictation needs OPENAI_API_KEY (set it in the environment or in .env in ${dataDir} or ${workDir})`)
  }
  // fetch quotes a bad header value in its error message, which would put the key in a log.
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new GatewayError('DICTATION_UNAVAILABLE', 'OPENAI_API_KEY contains characters that cannot go in an HTTP header')
  }
  const baseUrl = (lookupEnv('OPENAI_BASE_URL', env, files) ?? DEFAULT_BASE_URL).trim().replace(/\/+$/, '')
  if (!URL.canParse(baseUrl) || !/^https?:$/.test(new URL(baseUrl).protocol)) {
    throw new GatewayError('DICTATION_UNAVAILABLE', 'OPENAI_BASE_URL is not an http(s) URL')
  }
  const model = lookupEnv('OPENAI_TRANSCRIPTION_MODEL', env, files)?.trim() || DEFAULT_MODEL
  return { key, baseUrl, model }
}

/** Checks the request before any file is read or byte is sent. */
function validate(params: DictationTranscribeParams): Upload {
  const { audioBase64, filename, mimeType, language } = params as Partial<Record<keyof DictationTranscribeParams, unknown>>
  if (typeof audioBase64 !== 'string') throw invalid('audioBase64 must be a string')
  if (typeof filename !== 'string') throw invalid('filename must be a string')
  if (typeof mimeType !== 'string') throw invalid('mimeType must be a string')
  if (language !== undefined && language !== null && typeof language !== 'string') throw invalid('language must be a string')
  checkFilename(filename)
  // type/subtype, optionally with parameters such as MediaRecorder's `audio/webm;codecs=opus`.
  if (!/^audio\/[a-z0-9][\w.+-]*(\s*;[\x20-\x7e]*)?$/i.test(mimeType)) throw invalid('mimeType must be an audio/* type')
  if (language && !/^[a-z]{2,3}([-_][a-z0-9]{2,8})*$/i.test(language)) throw invalid('language must be a language code such as "de"')
  return { audio: decodeAudio(audioBase64), filename, mimeType, language: language || undefined }
}

function checkFilename(filename: string): void {
  if (filename.length === 0 || filename.length > 255) throw invalid('filename must be 1 to 255 characters')
  // It ends up in a multipart header: a path or a line break would be an injection, not a name.
  if (/[/\\\x00-\x1f\x7f]/.test(filename) || filename === '.' || filename === '..') {
    throw invalid('filename must be a plain file name without path separators or control characters')
  }
}

/**
 * Decodes canonical padded base64 (what iOS `base64EncodedString()` produces). Buffer.from
 * skips stray characters, so the bytes are re-encoded and compared: anything that does
 * not survive the round trip was not valid base64.
 */
function decodeAudio(audioBase64: string): Buffer<ArrayBuffer> {
  // Refuse by length before decoding, so a huge body costs no allocation.
  if (audioBase64.length > Math.ceil(MAX_AUDIO_BYTES / 3) * 4) throw tooLarge()
  if (audioBase64.length === 0) throw invalid('audioBase64 is empty')
  const audio = Buffer.from(audioBase64, 'base64')
  if (audio.toString('base64') !== audioBase64) throw invalid('audioBase64 is not valid base64')
  if (audio.length > MAX_AUDIO_BYTES) throw tooLarge()
  return audio
}

async function post(fetchImpl: typeof fetch, settings: Settings, upload: Upload, timeoutMs: number): Promise<string> {
  const form = new FormData()
  form.append('file', new Blob([upload.audio], { type: upload.mimeType }), upload.filename)
  form.append('model', settings.model)
  if (upload.language) form.append('language', upload.language)
  form.append('response_format', 'json')
  let response: Response
  let body: string
  try {
    response = await fetchImpl(`${settings.baseUrl}/audio/transcriptions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${settings.key}` },
      body: form,
      signal: AbortSignal.timeout(timeoutMs),
    })
    body = await response.text()
  } catch (error: any) {
    if (error?.name === 'TimeoutError') {
      throw new GatewayError('DICTATION_UNAVAILABLE', `transcription timed out after ${timeoutMs / 1000} s`, undefined, { cause: error })
    }
    const reason = error?.cause?.code ?? error?.cause?.message ?? error?.message ?? String(error)
    throw new GatewayError('DICTATION_UNAVAILABLE', `transcription service unreachable: ${redact(String(reason), settings.key)}`, undefined, { cause: error })
  }
  const json = parseJson(body)
  if (!response.ok) {
    const message = redact(upstreamMessage(json, body, response.statusText), settings.key)
    throw new GatewayError(upstreamCode(response.status), `transcription failed (HTTP ${response.status}): ${message}`, { upstreamStatus: response.status })
  }
  if (typeof json?.text !== 'string') {
    throw new GatewayError('TRANSCRIPTION_FAILED', 'transcription failed: the answer had no text', { upstreamStatus: response.status })
  }
  return json.text
}

function parseJson(body: string): any {
  try {
    return JSON.parse(body)
  } catch {
    return undefined
  }
}

/** OpenAI answers `{"error":{"message"}}`; a proxy in between may answer anything. */
function upstreamMessage(json: any, body: string, statusText: string): string {
  const message = typeof json?.error?.message === 'string' ? json.error.message
    : typeof json?.error === 'string' ? json.error
    : body.trim() || statusText || 'no message'
  return message.length > 500 ? `${message.slice(0, 500)}…` : message
}

/** OpenAI quotes a masked key in 401 messages; never pass any form of it on. */
function redact(message: string, key: string): string {
  return message.split(key).join('[redacted]').replace(/\bsk-[\w*.-]+/g, 'sk-[redacted]')
}

/**
 * The gateway's code for an upstream failure. A rejected OpenAI key is the server's problem,
 * not the phone's token: it must not look like a 401 to the phone.
 */
function upstreamCode(status: number): ErrorCode {
  if (status === 401 || status === 403) return 'DICTATION_UNAVAILABLE'
  if (status === 400) return 'INVALID_REQUEST'
  if (status === 413) return 'PAYLOAD_TOO_LARGE'
  if (status === 429) return 'RATE_LIMITED'
  return 'TRANSCRIPTION_FAILED'
}

const invalid = (message: string) => new GatewayError('INVALID_REQUEST', message)
const tooLarge = () => new GatewayError('PAYLOAD_TOO_LARGE', `audio is larger than ${MAX_AUDIO_BYTES / 1024 / 1024} MB`)
