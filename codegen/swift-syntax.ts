/**
 * A syntax check for the generated Swift client on machines without a Swift toolchain:
 * tree-sitter with the tree-sitter-swift grammar (prebuilt native binaries shipped in the npm
 * packages) parses every .swift file, and every ERROR or MISSING node is a problem with its
 * file, line and column. It proves the sources parse, not that they type-check; `swift build`
 * does that where Swift exists (docs/clients.md).
 *
 * Run directly: `node codegen/swift-syntax.ts [dir]` (default generated/clients/swift) exits 1
 * and lists the problems when there are any.
 */
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import Parser from 'tree-sitter'
import Swift from 'tree-sitter-swift'

export interface SwiftSyntaxProblem {
  file: string
  /** 1-based. */
  line: number
  /** 1-based. */
  column: number
  kind: 'ERROR' | 'MISSING'
  /** The node's type (for MISSING: what the parser expected) and the start of its text. */
  detail: string
}

const parser = new Parser()
parser.setLanguage(Swift as unknown as Parser.Language)

const blank = (text: string) => text.replace(/[^\n]/g, ' ')

/** A line that declares a function, initializer or subscript: `()` in it is a type, not a value. */
const DECLARATION = /(?:^|[^.\w])(?:func\s+\w+|init[?!]?|subscript)\s*[(<]/

/**
 * Valid Swift that tree-sitter-swift 0.7.1 cannot parse yet, each blanked out with text of the
 * same length (so lines and columns stay true) before parsing. Keep this list short and narrow:
 * whatever it blanks is not checked.
 */
const GRAMMAR_GAPS: { why: string, apply: (text: string) => string }[] = [
  {
    // alex-pinkus/tree-sitter-swift#514: directives between the members of a type lose the type.
    // Blanked, both branches parse as plain members, which checks their syntax all the same.
    why: '#if/#elseif/#else/#endif lines inside type bodies',
    apply: text => text.replace(/^[ \t]*#(?:if|elseif|else|endif)\b[^\n]*$/gm, blank),
  },
  {
    // SE-0413 (Swift 6): `throws(ErrorResponse)`. The error type is blanked, `throws` stays.
    why: 'typed throws',
    apply: text => text.replace(/(?<=\bthrows)\([^()\n]*\)/g, blank),
  },
  {
    // The empty tuple as a value (`() as! T`, `.init(nilLiteral: ())`) parses as a broken `!`;
    // it becomes the literal `0`. As a parameter type (`init(nilLiteral: ())`) it parses fine.
    why: 'the empty tuple expression',
    apply: text => text.split('\n').map(line => DECLARATION.test(line) ? line
      : line.replace(/(?<=(?:=|\w:|\(|\breturn)\s*)\(\)(?=\s*(?:as[!?]\s|[),;]|$))/g, '0 ')).join('\n'),
  },
]

/** The text tree-sitter-swift gets: `text` with the grammar's known gaps blanked out. */
export function withoutGrammarGaps(text: string): string {
  return GRAMMAR_GAPS.reduce((out, gap) => gap.apply(out), text)
}

/** ERROR and MISSING nodes of one Swift source text. */
export function swiftSyntaxProblems(text: string, file = '<input>'): SwiftSyntaxProblem[] {
  const source = withoutGrammarGaps(text)
  // The binding takes long inputs through a callback, in chunks.
  const tree = parser.parse((index: number) => source.slice(index, index + 16_384))
  if (!tree.rootNode.hasError) return []
  const problems: SwiftSyntaxProblem[] = []
  const visit = (node: Parser.SyntaxNode) => {
    if (node.isMissing || node.type === 'ERROR') {
      const { row, column } = node.startPosition
      const kind = node.isMissing ? 'MISSING' : 'ERROR'
      const detail = node.isMissing ? `expected ${node.type}` : `unexpected ${JSON.stringify(node.text.slice(0, 40))}`
      problems.push({ file, line: row + 1, column: column + 1, kind, detail })
    }
    // An ERROR's children are what the parser gave up on; the first problem inside is enough.
    if (node.type !== 'ERROR' && node.hasError) for (const child of node.children) visit(child)
  }
  visit(tree.rootNode)
  return problems
}

/** Every .swift file under `dir`, sorted. */
export async function swiftFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter(e => e.isFile() && e.name.endsWith('.swift')).map(e => join(e.parentPath, e.name)).sort()
}

/** The problems of every .swift file under `dir`, file names relative to `base`. */
export async function checkSwiftTree(dir: string, base = dir): Promise<{ files: number, problems: SwiftSyntaxProblem[] }> {
  const files = await swiftFiles(dir)
  const problems: SwiftSyntaxProblem[] = []
  for (const file of files) problems.push(...swiftSyntaxProblems(await readFile(file, 'utf8'), relative(base, file)))
  return { files: files.length, problems }
}

/** `file:line:column: KIND detail`, one per line, as compilers print them. */
export function formatProblems(problems: SwiftSyntaxProblem[]): string {
  return problems.map(p => `${p.file}:${p.line}:${p.column}: ${p.kind} ${p.detail}`).join('\n')
}

if (import.meta.main) {
  const dir = process.argv[2] ?? join(import.meta.dirname, '../generated/clients/swift')
  const { files, problems } = await checkSwiftTree(dir, process.cwd())
  if (problems.length) {
    process.stderr.write(`${formatProblems(problems)}\n${problems.length} Swift syntax problem(s) in ${files} files\n`)
    process.exitCode = 1
  } else {
    process.stdout.write(`${files} Swift files parse cleanly\n`)
  }
}
