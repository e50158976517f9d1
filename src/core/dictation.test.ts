import { randomBytes } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { failWith, startFakeTranscription } from '../../contract-tests/support/fake-transcription.ts'
import { createTranscriber, MAX_AUDIO_BYTES, type TranscriberOptions } from './dictation.ts'

const KEY = `sk-test-${randomBytes(8).toString('hex')}`
const AUDIO = randomBytes(3001)
const PARAMS = { audioBase64: AUDIO.toString('base64'), filename: 'dictation.m4a', mimeType: 'audio/m4a', language: 'de' }

/** A transcriber wired to a fresh fake over real HTTP, with empty data and working dirs. */
async function setup(t: Test, options: { env?: Record<string, string | undefined>, timeoutMs?: number } = {}) {
  const fake = await startFakeTranscription()
  t.teardown(() => fake.close())
  const root = t.testdir({ data: {}, work: {} })
  const dataDir = join(root, 'data')
  const workDir = join(root, 'work')
  const env = { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: KEY, ...options.env }
  const make = (more: Partial<TranscriberOptions> = {}) =>
    createTranscriber({ dataDir, workDir, env, timeoutMs: options.timeoutMs ?? 5000, ...more })
  return { fake, dataDir, workDir, transcriber: make(), make }
}

t.test('an upload reaches OpenAI with exactly the audio, filename, type, model, language and bearer key', async t => {
  const { fake, transcriber } = await setup(t)
  fake.push({ text: 'Hallo Welt' })
  t.same(await transcriber.transcribe(PARAMS), { text: 'Hallo Welt', model: 'gpt-4o-transcribe' })
  t.same(fake.log, ['POST /v1/audio/transcriptions'])
  const [got] = fake.requests
  t.equal(got.authorization, `Bearer ${KEY}`)
  t.ok(got.file?.equals(AUDIO), 'the decoded audio arrives byte for byte')
  t.equal(got.filename, 'dictation.m4a')
  t.equal(got.mimeType, 'audio/m4a')
  t.same(got.fields, { model: 'gpt-4o-transcribe', language: 'de', response_format: 'json' })
})

t.test('without a language the model is left to detect it', async t => {
  const { fake, transcriber } = await setup(t)
  await transcriber.transcribe({ ...PARAMS, language: undefined })
  await transcriber.transcribe({ ...PARAMS, language: '' })
  t.same(fake.requests.map(r => r.fields.language), [undefined, undefined])
})

t.test('OPENAI_TRANSCRIPTION_MODEL picks the model that is sent and reported', async t => {
  const { fake, transcriber } = await setup(t, { env: { OPENAI_TRANSCRIPTION_MODEL: 'whisper-1' } })
  t.same(await transcriber.transcribe(PARAMS), { text: 'fake transcription', model: 'whisper-1' })
  t.equal(fake.requests[0].fields.model, 'whisper-1')
})

t.test('the key is read from .env, and .env.local overrides .env', async t => {
  const { fake, workDir, make } = await setup(t, { env: { OPENAI_API_KEY: undefined } })
  await writeFile(join(workDir, '.env'), 'OPENAI_API_KEY=sk-from-env\nOPENAI_TRANSCRIPTION_MODEL=model-from-env\n')
  await make().transcribe(PARAMS)
  await writeFile(join(workDir, '.env.local'), 'export OPENAI_API_KEY="sk-from-local"\n')
  await make().transcribe(PARAMS)
  t.same(fake.requests.map(r => [r.authorization, r.fields.model]), [
    ['Bearer sk-from-env', 'model-from-env'],
    ['Bearer sk-from-local', 'model-from-env'],
  ])
})

t.test('env files are read on every call, so a key added later works without a restart', async t => {
  const { fake, dataDir, transcriber } = await setup(t, { env: { OPENAI_API_KEY: undefined } })
  await t.rejects(transcriber.transcribe(PARAMS), { code: 'DICTATION_UNAVAILABLE' })
  await writeFile(join(dataDir, '.env'), 'OPENAI_API_KEY=sk-added\n')
  await transcriber.transcribe(PARAMS)
  t.equal(fake.requests[0].authorization, 'Bearer sk-added')
})

t.test('the data dir overrides the working dir, and the process environment overrides both', async t => {
  const { fake, dataDir, workDir, make } = await setup(t, { env: { OPENAI_API_KEY: undefined } })
  await writeFile(join(workDir, '.env.local'), 'OPENAI_API_KEY=sk-work\n')
  await writeFile(join(dataDir, '.env'), 'OPENAI_API_KEY=sk-data\n')
  await make().transcribe(PARAMS)
  await make({ env: { OPENAI_BASE_URL: fake.url, OPENAI_API_KEY: 'sk-shell' } }).transcribe(PARAMS)
  t.same(fake.requests.map(r => r.authorization), ['Bearer sk-data', 'Bearer sk-shell'])
})

t.test('without a key dictation is unavailable and says where to put one', async t => {
  const { fake, dataDir, workDir, transcriber } = await setup(t, { env: { OPENAI_API_KEY: '' } })
  await t.rejects(transcriber.transcribe(PARAMS), {
    code: 'DICTATION_UNAVAILABLE',
    message: `dictation needs OPENAI_API_KEY (set it in the environment or in .env in ${dataDir} or ${workDir})`,
  })
  t.same(fake.requests, [], 'nothing was sent')
})

t.test('a key that cannot go in a header is refused without quoting it', async t => {
  const { transcriber } = await setup(t, { env: { OPENAI_API_KEY: 'sk-bad\u0000key' } })
  const error: any = await transcriber.transcribe(PARAMS).catch(e => e)
  t.equal(error.code, 'DICTATION_UNAVAILABLE')
  t.notMatch(error.message, 'sk-bad')
})

t.test('audio that is not canonical base64 is refused before anything is sent', async t => {
  const { fake, transcriber } = await setup(t)
  for (const audioBase64 of ['abc', 'ab!d', 'QR==', 'QQ', 'QUJD\nREVG', ' QUJD', 'QUJD=', 'QU=D', 'data:audio/m4a;base64,QUJD', 'QUJD-_8=']) {
    await t.rejects(transcriber.transcribe({ ...PARAMS, audioBase64 }),
      { code: 'INVALID_REQUEST', message: 'audioBase64 is not valid base64' }, JSON.stringify(audioBase64))
  }
  t.same(fake.requests, [])
})

t.test('empty audio is refused', async t => {
  const { fake, transcriber } = await setup(t)
  await t.rejects(transcriber.transcribe({ ...PARAMS, audioBase64: '' }), { code: 'INVALID_REQUEST', message: 'audioBase64 is empty' })
  t.same(fake.requests, [])
})

t.test('audio up to 25 MB is uploaded and one byte more is PAYLOAD_TOO_LARGE', async t => {
  const { fake, transcriber } = await setup(t, { timeoutMs: 30_000 })
  const atCap = Buffer.alloc(MAX_AUDIO_BYTES, 7)
  await transcriber.transcribe({ ...PARAMS, audioBase64: atCap.toString('base64') })
  t.equal(fake.requests[0].file?.length, MAX_AUDIO_BYTES)
  const overCap = Buffer.alloc(MAX_AUDIO_BYTES + 1, 7).toString('base64')
  await t.rejects(transcriber.transcribe({ ...PARAMS, audioBase64: overCap }), { code: 'PAYLOAD_TOO_LARGE' })
  await t.rejects(transcriber.transcribe({ ...PARAMS, audioBase64: overCap + 'AAAA' }), { code: 'PAYLOAD_TOO_LARGE' })
  t.equal(fake.requests.length, 1)
})

t.test('file names with paths or control characters and non-audio types are refused', async t => {
  const { fake, transcriber } = await setup(t)
  for (const filename of ['', '../etc/passwd', 'a/b.m4a', 'a\\b.m4a', '..', 'x\r\nContent-Type: text/plain', 'a\u0000.m4a', 'x'.repeat(256)]) {
    await t.rejects(transcriber.transcribe({ ...PARAMS, filename }), { code: 'INVALID_REQUEST' }, JSON.stringify(filename))
  }
  for (const mimeType of ['', 'text/plain', 'audio', 'audio/', 'application/octet-stream', 'audio/m4a\r\nX: y']) {
    await t.rejects(transcriber.transcribe({ ...PARAMS, mimeType }), { code: 'INVALID_REQUEST' }, JSON.stringify(mimeType))
  }
  await t.rejects(transcriber.transcribe({ ...PARAMS, language: 'de"; x' }), { code: 'INVALID_REQUEST' })
  await t.rejects(transcriber.transcribe({ ...PARAMS, audioBase64: 42 } as any), { code: 'INVALID_REQUEST' })
  t.same(fake.requests, [])
  await transcriber.transcribe({ ...PARAMS, filename: 'Aufnahme 1 (ü).webm', mimeType: 'audio/webm;codecs=opus', language: 'pt-BR' })
  t.equal(fake.requests[0].filename, 'Aufnahme 1 (ü).webm')
})

t.test('an upstream 401 surfaces with its status and never with the key', async t => {
  const { fake, transcriber } = await setup(t)
  fake.push(failWith(401, `Incorrect API key provided: ${KEY}. You can find your API key at https://platform.openai.com.`))
  const error: any = await transcriber.transcribe(PARAMS).catch(e => e)
  t.equal(error.code, 'DICTATION_UNAVAILABLE')
  t.same(error.details, { upstreamStatus: 401 })
  t.match(error.message, /^transcription failed \(HTTP 401\): Incorrect API key provided: /)
  t.notMatch(error.message, KEY)
  t.notMatch(error.message, KEY.slice(3))
})

t.test('an upstream 500 surfaces with its status, whatever the body looks like', async t => {
  const { fake, transcriber } = await setup(t)
  fake.push(failWith(500, 'The server had an error'), { status: 503, body: 'upstream connect error' })
  await t.rejects(transcriber.transcribe(PARAMS), {
    code: 'TRANSCRIPTION_FAILED', message: 'transcription failed (HTTP 500): The server had an error', details: { upstreamStatus: 500 },
  })
  await t.rejects(transcriber.transcribe(PARAMS), {
    code: 'TRANSCRIPTION_FAILED', message: 'transcription failed (HTTP 503): upstream connect error', details: { upstreamStatus: 503 },
  })
})

t.test('an answer without text is an upstream error, not an empty transcript', async t => {
  const { fake, transcriber } = await setup(t)
  fake.push({ status: 200, body: { nope: true } })
  await t.rejects(transcriber.transcribe(PARAMS), { code: 'TRANSCRIPTION_FAILED', details: { upstreamStatus: 200 } })
})

t.test('a transcription that does not answer in time fails as unavailable', async t => {
  const { fake, transcriber } = await setup(t, { timeoutMs: 200 })
  fake.push({ hang: true })
  await t.rejects(transcriber.transcribe(PARAMS), { code: 'DICTATION_UNAVAILABLE', message: 'transcription timed out after 0.2 s' })
})

t.test('an unreachable service fails as unavailable', async t => {
  const port = await closedPort()
  const { make } = await setup(t)
  const transcriber = make({ env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: `http://127.0.0.1:${port}/v1` } })
  await t.rejects(transcriber.transcribe(PARAMS), { code: 'DICTATION_UNAVAILABLE', message: 'transcription service unreachable: ECONNREFUSED' })
})

t.test('a base URL that is not http(s) is a configuration error', async t => {
  const { make } = await setup(t)
  const transcriber = make({ env: { OPENAI_API_KEY: KEY, OPENAI_BASE_URL: 'file:///etc' } })
  await t.rejects(transcriber.transcribe(PARAMS), { code: 'DICTATION_UNAVAILABLE', message: 'OPENAI_BASE_URL is not an http(s) URL' })
})

/** A port nothing listens on: bound once to learn a free number, then released. */
function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    }).once('error', reject)
  })
}
