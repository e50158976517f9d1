/**
 * The iOS app's client, generated/clients/swift, compiled by SwiftPM and exercised by an XCTest
 * (codegen/swift-smoke) against this live gateway. It needs a Swift toolchain: on machines
 * without one (this project's CI included) it skips, and codegen/swift-syntax.test.ts is the
 * check that runs there. Where Swift exists this file is the one command (docs/clients.md).
 */
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { execEscalated, say } from './support/fake-model.ts'
import { startGateway } from './support/gateway.ts'

const PACKAGE = join(import.meta.dirname, '../codegen/swift-smoke')
const hasSwift = await new Promise<boolean>(resolve => execFile('swift', ['--version'], { timeout: 60_000 }, error => resolve(!error)))
const skip = hasSwift ? false : 'no Swift toolchain here: codegen/swift-syntax.test.ts checks the Swift sources instead'

t.test('the generated Swift client starts a chat, answers its approval and reads the history', { skip }, async t => {
  const gw = await startGateway(t, { model: [execEscalated('touch swift.txt'), say('swift done')] })
  const scratch = await mkdtemp(join(tmpdir(), 'swift-smoke-'))
  t.teardown(() => rm(scratch, { recursive: true, force: true }))
  const env = { ...process.env, GATEWAY_URL: gw.url, GATEWAY_TOKEN: gw.token, GATEWAY_CWD: gw.repo }
  const { code, output } = await new Promise<{ code: number, output: string }>(resolve => {
    execFile('swift', ['test', '--package-path', PACKAGE, '--scratch-path', scratch], { env, timeout: 20 * 60_000, maxBuffer: 64 << 20 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` }))
  })
  if (code !== 0) t.comment(output.slice(-15_000))
  t.equal(code, 0, 'swift test passed')
  t.match(output, /Executed 1 test, with 0 failures/, 'the XCTest ran against the gateway, not skipped')
})
