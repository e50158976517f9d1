import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { get } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { startGateway } from './support/gateway.ts'

t.test('with --tls-cert and --tls-key the gateway serves https', async t => {
  const dir = await mkdtemp(join(tmpdir(), 'tls-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  const [cert, key] = [join(dir, 'cert.pem'), join(dir, 'key.pem')]
  await promisify(execFile)('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-keyout', key, '-out', cert])
  const gw = await startGateway(t, { flags: ['--tls-cert', cert, '--tls-key', key], waitForCodex: false })
  t.match(gw.url, /^https:\/\/127\.0\.0\.1:\d+$/)
  const body = await new Promise<any>((resolve, reject) => {
    get(`${gw.url}/healthz`, { rejectUnauthorized: false }, res => {
      let text = ''
      res.setEncoding('utf8').on('data', c => { text += c }).on('end', () => resolve(JSON.parse(text)))
    }).on('error', reject)
  })
  t.equal(body.name, 'codex-gateway')
})

t.test('--tls-cert without --tls-key is a usage error', async t => {
  const { code } = await new Promise<{ code: number }>(resolve => {
    execFile(process.execPath, [join(import.meta.dirname, '../src/cli.ts'), 'serve', '--tls-cert', '/tmp/x.pem', '--port', '0'], error => resolve({ code: (error?.code as number) ?? 0 }))
  })
  t.equal(code, 2)
})

t.test('plain http on a non-loopback address warns that release iOS builds will refuse it', async t => {
  const gw = await startGateway(t, { flags: ['--host', '0.0.0.0'], waitForCodex: false })
  t.match(gw.output.stderr, /warning: serving plain http on 0\.0\.0\.0/)
})

t.test('plain http on loopback does not warn', async t => {
  const gw = await startGateway(t, { waitForCodex: false })
  t.notMatch(gw.output.stderr, /warning: serving plain http/)
})
