import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { failWith, startFakeTranscription } from './support/fake-transcription.ts'
import { issueToken, startGateway } from './support/gateway.ts'

t.test('dictation uploads the audio to the transcription service and returns its text', async t => {
  const fake = await startFakeTranscription()
  t.teardown(() => fake.close())
  const gw = await startGateway(t, { waitForCodex: false, env: { OPENAI_API_KEY: 'sk-test-key', OPENAI_BASE_URL: fake.url } })
  const audio = Buffer.from('RIFF fake m4a bytes')
  fake.push({ text: 'Hallo Welt' })
  const reply = await gw.post('/v1/dictation/transcribe', { audioBase64: audio.toString('base64'), filename: 'dictation.m4a', mimeType: 'audio/m4a', language: 'de' })
  t.equal(reply.status, 200)
  t.same(reply.body.data, { text: 'Hallo Welt', model: 'gpt-4o-transcribe' })
  t.same(fake.requests[0].file, audio, 'the service received exactly the recording')
  t.equal(fake.requests[0].fields.language, 'de')
  t.equal(fake.requests[0].authorization, 'Bearer sk-test-key')

  fake.push(failWith(500, 'upstream broke'))
  const failed = await gw.post('/v1/dictation/transcribe', { audioBase64: audio.toString('base64'), filename: 'd.m4a', mimeType: 'audio/m4a' })
  t.equal(failed.status, 502)
  t.equal(failed.body.error.code, 'TRANSCRIPTION_FAILED')
  const bad = await gw.post('/v1/dictation/transcribe', { audioBase64: '!!!not base64', filename: 'd.m4a', mimeType: 'audio/m4a' })
  t.equal(bad.status, 400)
})

t.test('dictation without an OpenAI key says how to configure it', async t => {
  const gw = await startGateway(t, { waitForCodex: false, env: { OPENAI_API_KEY: '' } })
  const reply = await gw.post('/v1/dictation/transcribe', { audioBase64: 'AAAA', filename: 'd.m4a', mimeType: 'audio/m4a' })
  t.equal(reply.status, 503)
  t.equal(reply.body.error.code, 'DICTATION_UNAVAILABLE')
  t.match(reply.body.error.message, 'OPENAI_API_KEY')
})

t.test('the latest client log replaces the previous one in the data dir, privately', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  await gw.post('/v1/debug/ios-log', { log: '{"n":1}' })
  const reply = await gw.post('/v1/debug/ios-log', { log: '{"n":2}\n{"n":3}\n' })
  t.same(reply.body.data, { bytes: 16 })
  const file = join(gw.dataDir, 'logs', 'ios-device.ndjson')
  t.equal(await readFile(file, 'utf8'), '{"n":2}\n{"n":3}\n')
  t.equal((await stat(file)).mode & 0o777, 0o600)
  t.equal((await gw.post('/v1/debug/ios-log', { log: 'x'.repeat(1048577) })).status, 400, 'over 1 MiB of log is refused')
})

t.test('revoking a device cuts its live stream at once and its token stops working', async t => {
  const gw = await startGateway(t)
  const phone = await issueToken(gw.dataDir, 'phone')
  const chatId = await gw.createChat()
  const stream = await gw.stream(chatId, { token: phone.token })
  const closed = new Promise<number>(resolve => stream.ws.once('close', code => resolve(code)))
  const reply = await gw.post('/v1/pairing/revoke', { deviceId: phone.deviceId })
  t.same(reply.body.data, { deviceId: phone.deviceId, revoked: true })
  t.equal(await closed, 4001, 'closed with the revoked code')
  t.equal((await gw.get('/v1/projects', { token: phone.token })).status, 401)
  t.equal((await gw.post('/v1/pairing/revoke', { deviceId: phone.deviceId })).status, 404, 'unknown device')
})

t.test('a device can revoke its own token', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  const reply = await gw.post('/v1/pairing/revoke')
  t.equal(reply.body.data.deviceId, gw.deviceId)
  t.equal((await gw.get('/v1/projects')).status, 401)
})
