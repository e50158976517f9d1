/**
 * The contract is linted before anything is generated from it: openapi.yaml with Redocly CLI
 * (rules in codegen/redocly.yaml), asyncapi.yaml with the AsyncAPI project's own parser, which
 * also resolves its references into openapi.yaml. Errors fail; warnings are only printed.
 */
import { execFile } from 'node:child_process'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { fromFile, Parser } from '@asyncapi/parser'
import t from 'tap'

const root = join(import.meta.dirname, '..')
const redocly = join(root, 'node_modules/.bin/redocly')
/** Redocly phones home unless told not to; CI reaches only the package registries. */
const QUIET = { REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' }

t.test('openapi.yaml has no Redocly lint error', async t => {
  const args = ['lint', '--config', join(root, 'codegen/redocly.yaml'), '--format', 'stylish', join(root, 'openapi.yaml')]
  try {
    const { stdout, stderr } = await promisify(execFile)(redocly, args, { cwd: root, env: { ...process.env, ...QUIET }, timeout: 60_000 })
    t.pass('redocly lint exited 0')
    const warnings = `${stdout}${stderr}`.split('\n').filter(line => /\swarning\s/.test(line))
    if (warnings.length) t.comment(`${warnings.length} warnings:\n${warnings.join('\n')}`)
  } catch (error: any) {
    t.fail(`redocly lint failed (exit ${error.code}):\n${error.stdout ?? ''}${error.stderr ?? ''}`)
  }
})

t.test('asyncapi.yaml parses with @asyncapi/parser without an error', async t => {
  const source = join(root, 'asyncapi.yaml')
  const { document, diagnostics } = await fromFile(new Parser(), source).parse({ source })
  // Spectral severities: 0 error, 1 warning, 2 information, 3 hint.
  const describe = (d: typeof diagnostics[number]) => `${d.code} at ${d.path.join('.') || '/'}: ${d.message}`
  t.same(diagnostics.filter(d => d.severity === 0).map(describe), [], 'no error diagnostics')
  const warnings = diagnostics.filter(d => d.severity === 1).map(describe)
  if (warnings.length) t.comment(`${warnings.length} warnings:\n${warnings.join('\n')}`)
  t.ok(document, 'the parser produced a document')
  t.ok(document?.channels().get('companionStream'), 'references into openapi.yaml resolved')
})
