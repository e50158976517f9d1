import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { say } from './support/fake-model.ts'
import { issueToken, startGateway } from './support/gateway.ts'

// Property-based fuzzing of every operation of openapi.yaml against a live gateway (real
// app-server, fake model) with schemathesis, installed by `.ci/fuzz` into .tools/schemathesis.
// Checks: no 5xx, every status documented for its operation, every body and content type as
// the spec says. The example count is bounded so the run takes well under a minute.

const ROOT = join(import.meta.dirname, '..')
const ST = join(ROOT, '.tools/schemathesis/bin/st')
/** Test cases per operation and phase; SCHEMATHESIS_MAX_EXAMPLES raises it for a longer local run. */
const MAX_EXAMPLES = process.env.SCHEMATHESIS_MAX_EXAMPLES ?? '15'
/** A fixed seed keeps CI deterministic; SCHEMATHESIS_SEED explores elsewhere. */
const SEED = process.env.SCHEMATHESIS_SEED ?? '20260101'
const CHECKS = 'not_a_server_error,status_code_conformance,response_schema_conformance,content_type_conformance'

if (!existsSync(ST)) {
  if (process.env.CI) t.fail('schemathesis is not installed: .ci/fuzz installs it into .tools/schemathesis')
  else t.comment('skipped: schemathesis is not installed (run `sh .ci/fuzz --install-only`)')
} else {
  t.test('schemathesis finds no server error and no response outside openapi.yaml', async t => {
    const gw = await startGateway(t, { model: [say('fuzzed turn')] })
    await gw.createChat() // a real project and chat, so generated ids can reach the handlers' logic
    const work = await mkdtemp(join(tmpdir(), 'schemathesis-')) // hypothesis keeps its database in the cwd
    t.teardown(() => rm(work, { recursive: true, force: true }))

    // A token of its own: the pairing routes it fuzzes can never revoke the harness's.
    const { token } = await issueToken(gw.dataDir, 'schemathesis')
    const main = await schemathesis(gw.url, token, gw.repo, work, ['--exclude-operation-id', 'pairingRevoke'])
    t.equal(main.code, 0, 'every operation but revoke passes every check', { output: main.tail })

    // Revoking its own token is one of the things revoke may do: it gets a token to lose.
    const { token: disposable } = await issueToken(gw.dataDir, 'schemathesis-revoke')
    const revoke = await schemathesis(gw.url, disposable, gw.repo, work, ['--include-operation-id', 'pairingRevoke'])
    t.equal(revoke.code, 0, 'pairingRevoke passes every check', { output: revoke.tail })
    t.equal((await gw.get('/v1/projects')).status, 200, "the harness's own token still works")
  })
}

/** Runs `st run` against the gateway; resolves with its exit code and the end of its output. */
function schemathesis(url: string, token: string, sandbox: string, cwd: string, filter: string[]): Promise<{ code: number | null, tail: string }> {
  const args = ['run', join(ROOT, 'openapi.yaml'), '--url', url, '-H', `Authorization: Bearer ${token}`,
    '--checks', CHECKS, '--max-examples', MAX_EXAMPLES, '--seed', SEED, '--workers', '1',
    '--phases', 'examples,coverage,fuzzing', '--request-timeout', '30', '--max-failures', '20', ...filter]
  const child = spawn(ST, args, {
    cwd,
    env: { ...process.env, PYTHONPATH: join(ROOT, 'contract-tests/fuzz'), SCHEMATHESIS_HOOKS: 'schemathesis_hooks', FUZZ_SANDBOX: sandbox, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { output += chunk })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { output += chunk })
  const timer = setTimeout(() => child.kill('SIGKILL'), 240_000) // a hung run fails instead of stalling CI
  return new Promise(resolve => child.once('close', code => {
    clearTimeout(timer)
    resolve({ code, tail: output.slice(-12_000) })
  }))
}
