import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { startGateway } from './support/gateway.ts'

t.test('a runtime config change rewrites only the two top-level keys, keeping comments, tables and CRLF', async t => {
  const gw = await startGateway(t)
  const file = join(gw.codexHome, 'config.toml')
  const original = (await readFile(file, 'utf8')).replace(/\r?\n/g, '\r\n').replace('approval_policy = "on-request"', '# my comment\r\napproval_policy = "on-request" # inline')
  await writeFile(file, original)

  const reply = await gw.request('PATCH', '/v1/runtime/config', { approvalPolicy: 'never', sandboxMode: 'read-only' })
  t.equal(reply.status, 200)
  t.same(reply.body.data, { approvalPolicy: 'never', sandboxMode: 'read-only' })
  const expected = original
    .replace('approval_policy = "on-request" # inline', 'approval_policy = "never" # inline')
    .replace('sandbox_mode = "workspace-write"', 'sandbox_mode = "read-only"')
  t.equal(await readFile(file, 'utf8'), expected, 'every other byte is as it was')
})

t.test('values the installed Codex refuses are a 400 and the file stays untouched', async t => {
  const gw = await startGateway(t)
  const file = join(gw.codexHome, 'config.toml')
  const before = await readFile(file, 'utf8')
  const untrusted = await gw.request('PATCH', '/v1/runtime/config', { approvalPolicy: 'untrusted' })
  t.equal(untrusted.status, 400)
  t.match(untrusted.body.error.message, 'untrusted')
  t.equal((await gw.request('PATCH', '/v1/runtime/config', { sandboxMode: 'yolo' })).status, 400)
  t.equal((await gw.request('PATCH', '/v1/runtime/config', {})).status, 400, 'an empty change')
  t.equal(await readFile(file, 'utf8'), before)
})
