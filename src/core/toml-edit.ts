import { isDeepStrictEqual } from 'node:util'
import { parse } from 'toml'

/** One `key = value` line of the root table, as offsets into the text. */
interface RootEntry {
  key: string
  valueStart: number
  valueEnd: number
  /** Where the line's terminator starts (the text's length on a last line without one). */
  lineEnd: number
  eol: string
}

const BARE_KEY = /^[A-Za-z0-9_-]+$/
/** BigInts so that integers beyond 2^53 parse (and compare) instead of throwing. */
const TOML_OPTIONS = { bigint: true }

/**
 * Sets top-level string keys in TOML text and changes no other byte: an existing key gets
 * only its value token replaced; a missing one becomes a new line after the last top-level
 * entry (before the first table), with the line ending of its neighbour. Comments, blank
 * lines, key order, tables, a BOM, CRLF or mixed line endings and a missing final newline
 * all stay as they were. The result is parsed back and must equal the input with just those
 * keys set; anything this cannot edit in place (a dotted top-level key such as
 * `approval_policy.granular.rules`, unparsable text) throws instead of rewriting the file.
 */
export function setTopLevelStrings(text: string, values: Record<string, string>): string {
  const start = text.startsWith('\uFEFF') ? 1 : 0
  const entries = rootEntries(text, start)
  const edits: { at: number, end: number, insert: string }[] = []
  const appended: string[] = []
  for (const [key, value] of Object.entries(values)) {
    if (!BARE_KEY.test(key)) throw new Error(`${key} is not a bare TOML key`)
    if (entries.some(entry => entry.key.startsWith(`${key}.`))) throw new Error(`${key} is set as a dotted key, which cannot be replaced in place`)
    const entry = entries.find(entry => entry.key === key)
    const token = entry && text.slice(entry.valueStart, entry.valueEnd)
    if (token === JSON.stringify(value) || token === `'${value}'`) continue // already set: not even the quotes change
    if (entry) edits.push({ at: entry.valueStart, end: entry.valueEnd, insert: JSON.stringify(value) })
    else appended.push(`${key} = ${JSON.stringify(value)}`)
  }
  if (appended.length > 0) {
    const last = entries.at(-1)
    const eol = last?.eol || firstEol(text)
    // After the last top-level entry, as Codex itself does; with none, at the top of the file.
    if (last) edits.push({ at: last.lineEnd, end: last.lineEnd, insert: appended.map(line => eol + line).join('') })
    else edits.push({ at: start, end: start, insert: appended.map(line => line + eol).join('') })
  }
  let result = text
  for (const edit of edits.sort((a, b) => b.at - a.at)) result = result.slice(0, edit.at) + edit.insert + result.slice(edit.end)
  const expected = Object.assign(parse(text.slice(start), TOML_OPTIONS), values) // keeps the parser's null prototypes, which deep equality compares
  if (!isDeepStrictEqual(parse(result.slice(start), TOML_OPTIONS), expected)) throw new Error('the edited text does not parse to the intended settings')
  return result
}

/** The key/value lines of the root table, i.e. everything before the first `[table]` header. */
function rootEntries(text: string, start: number): RootEntry[] {
  const entries: RootEntry[] = []
  let i = start
  while (i < text.length) {
    i = skipBlanks(text, i)
    const c = text[i]
    if (c === '[') break
    if (c !== '#' && c !== '\n' && c !== '\r' && i < text.length) {
      const equals = keyEnd(text, i)
      const key = normalizeKey(text.slice(i, equals))
      const valueStart = skipBlanks(text, equals + 1)
      const valueEnd = valueEndAt(text, valueStart)
      const lineEnd = lineEndAt(text, valueEnd)
      const eol = text.startsWith('\r\n', lineEnd) ? '\r\n' : text[lineEnd] === '\n' ? '\n' : ''
      entries.push({ key, valueStart, valueEnd, lineEnd, eol })
      i = lineEnd
    } else {
      i = lineEndAt(text, i)
    }
    i = text.startsWith('\r\n', i) ? i + 2 : i + 1
  }
  return entries
}

function skipBlanks(text: string, i: number): number {
  while (text[i] === ' ' || text[i] === '\t') i++
  return i
}

/** Index of the terminator (`\r\n` or `\n`) of the line holding `i`, or the text's length. */
function lineEndAt(text: string, i: number): number {
  const newline = text.indexOf('\n', i)
  if (newline < 0) return text.length
  return text[newline - 1] === '\r' && newline - 1 >= i ? newline - 1 : newline
}

/** Index of the `=` ending the key that starts at `i` (quoted keys may contain `=`). */
function keyEnd(text: string, i: number): number {
  while (i < text.length && text[i] !== '=') {
    if (text[i] === '"' || text[i] === "'") i = stringEnd(text, i)
    else i++
  }
  if (i >= text.length) throw new Error('a top-level line has no "="')
  return i
}

/** `"approval_policy"` and `approval_policy` are the same key; dotted parts keep their dots. */
function normalizeKey(raw: string): string {
  return raw.trim().split(/\s*\.\s*/).map(part => /^(".*"|'.*')$/.test(part) ? part.slice(1, -1) : part).join('.')
}

/** Index just past the value starting at `i`: strings, arrays and inline tables may span lines. */
function valueEndAt(text: string, i: number): number {
  let depth = 0
  while (i < text.length) {
    const c = text[i]
    if (c === '"' || c === "'") { i = stringEnd(text, i); continue }
    if (c === '[' || c === '{') depth++
    else if (c === ']' || c === '}') depth--
    else if (depth === 0 && (c === ' ' || c === '\t' || c === '#' || c === '\r' || c === '\n')) return i
    else if (c === '#') { i = lineEndAt(text, i); continue }
    i++
    if (depth === 0 && (c === ']' || c === '}')) return i
  }
  return i
}

/** Index just past the string (basic, literal or multi-line) whose opening quote is at `i`. */
function stringEnd(text: string, i: number): number {
  const quote = text[i]
  const triple = text.startsWith(quote.repeat(3), i)
  const close = triple ? quote.repeat(3) : quote
  let j = i + close.length
  while (j < text.length) {
    if (quote === '"' && text[j] === '\\') { j += 2; continue }
    if (text.startsWith(close, j)) {
      if (!triple) return j + 1
      // A multi-line string may end in up to two more quotes, which belong to its content.
      let run = 0
      while (text[j + run] === quote && run < 5) run++
      return j + run
    }
    if (!triple && text[j] === '\n') break
    j++
  }
  throw new Error('an unterminated string')
}

function firstEol(text: string): string {
  const newline = text.indexOf('\n')
  return newline > 0 && text[newline - 1] === '\r' ? '\r\n' : '\n'
}
