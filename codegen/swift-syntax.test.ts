import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { checkSwiftTree, formatProblems, swiftSyntaxProblems, withoutGrammarGaps } from './swift-syntax.ts'

const root = join(import.meta.dirname, '..')

t.test('every Swift file of the generated client parses without an error or missing node', async t => {
  const { files, problems } = await checkSwiftTree(join(root, 'generated/clients/swift'), root)
  t.ok(files > 100, `${files} Swift files checked`)
  t.equal(formatProblems(problems), '', 'no syntax problems')
})

t.test('the Swift smoke test of the client parses too', async t => {
  const { files, problems } = await checkSwiftTree(join(root, 'codegen/swift-smoke'), root)
  t.equal(files, 2)
  t.equal(formatProblems(problems), '', 'no syntax problems')
})

t.test('a syntax error fails the check, named by file and line', async t => {
  const dir = await mkdtemp(join(tmpdir(), 'swift-syntax-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  await writeFile(join(dir, 'Good.swift'), 'import Foundation\n\npublic struct Fine {\n    public let x: Int\n}\n')
  await writeFile(join(dir, 'Broken.swift'), 'import Foundation\n\npublic struct Broken {\n    public let x: Int\n    func f( {\n    }\n}\n')
  const run = promisify(execFile)(process.execPath, [join(root, 'codegen/swift-syntax.ts'), dir], { cwd: dir })
  const failure: any = await run.then(() => ({ code: 0 }), error => error)
  t.equal(failure.code, 1, 'exit code 1')
  t.match(failure.stderr, /^Broken\.swift:5:\d+: (ERROR|MISSING) /m, 'file and line of the error')
  t.notMatch(failure.stderr, 'Good.swift')
})

t.test('an invalid escape in a string literal is an error', async t => {
  // What openapi-generator's swift6 once wrote for the pattern `^audio/` (codegen/clients.ts fixes it).
  t.ok(swiftSyntaxProblems('let rule = StringRule(pattern: "/^audio\\//")\n').length > 0)
  t.same(swiftSyntaxProblems('let rule = StringRule(pattern: "/^audio//")\n'), [])
})

t.test('Swift 6 syntax the grammar lacks is blanked without moving any line or column', async t => {
  const text = [
    'open class Request<T> {',
    '    #if compiler(>=6.2)',
    '    @concurrent',
    '    open func execute() async throws(ErrorResponse) -> Response<T> { try await run() }',
    '    #else',
    '    open func execute() async throws(ErrorResponse) -> Response<T> { try await run() }',
    '    #endif',
    '    func unit() -> T {',
    '        let value = () as! T',
    '        return value',
    '    }',
    '    init(nilLiteral: ()) { }',
    '}',
    '',
  ].join('\n')
  const blanked = withoutGrammarGaps(text)
  t.same(blanked.split('\n').map(line => line.length), text.split('\n').map(line => line.length), 'same line lengths')
  t.same(swiftSyntaxProblems(text), [])
  t.match(swiftSyntaxProblems(text.replace('Response<T> { try', 'Response<T> { try {')), [{ kind: /ERROR|MISSING/ }], 'errors next to them still count')
})
