/**
 * How a command the agent ran becomes a timeline card: whether it only
 * explored (read / search / list) and what the card says.
 */
import { basename } from 'node:path'
import type { ExploredAction } from './entries.ts'

const MAX_COMMAND = 1000
const SHELLS = new Set(['bash', 'sh', 'zsh'])

/** The command line as the user would type it: argv joined, the `bash -lc '…'` wrapper removed, cut at 1,000 characters. */
export function displayCommand(command: unknown): string {
  let text = ''
  if (typeof command === 'string') text = command
  else if (Array.isArray(command)) {
    const argv = command.map(String)
    const wrapped = argv.length === 3 && SHELLS.has(basename(argv[0])) && (argv[1] === '-lc' || argv[1] === '-c')
    text = wrapped ? argv[2] : argv.map(quote).join(' ')
  }
  return text.length > MAX_COMMAND ? text.slice(0, MAX_COMMAND - 1) + '…' : text
}

function quote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`
}

/**
 * The exploring actions of a command, or undefined when it did anything else.
 * Codex records its own parse (`parsed_cmd`: read / search / list_files / unknown);
 * without one, the program names decide.
 */
export function exploredActions(parsed: unknown, command: string): ExploredAction[] | undefined {
  const actions = Array.isArray(parsed) && parsed.length ? parsed.map(fromParsed) : guessActions(command)
  if (!actions?.length || actions.some(a => a === undefined)) return undefined
  return actions as ExploredAction[]
}

function fromParsed(p: any): ExploredAction | undefined {
  const command = String(p?.cmd ?? '')
  const path = typeof p?.path === 'string' ? p.path : typeof p?.name === 'string' ? p.name : undefined
  if (p?.type === 'read') return { type: 'read', command, ...(path ? { path } : {}) }
  if (p?.type === 'list_files') return { type: 'list', command, ...(path ? { path } : {}) }
  if (p?.type === 'search') return { type: 'search', command, ...(path ? { path } : {}), ...(p.query ? { query: String(p.query) } : {}) }
  return undefined
}

const READERS = new Set(['cat', 'head', 'tail', 'nl', 'bat', 'less', 'more'])
const SEARCHERS = new Set(['rg', 'grep', 'egrep', 'fgrep', 'ag', 'ack', 'find', 'fd'])
const LISTERS = new Set(['ls', 'tree'])
/** Programs that only filter a pipeline's output: `find … | head` still just searches. */
const FILTERS = new Set(['head', 'tail', 'grep', 'rg', 'sort', 'uniq', 'wc', 'cut', 'awk', 'sed', 'nl', 'tr', 'less', 'more'])

/** Classifies each simple command of a shell line by its program; undefined marks one that does more than explore. */
export function guessActions(line: string): (ExploredAction | undefined)[] {
  const actions: (ExploredAction | undefined)[] = []
  for (const pipeline of splitShell(line, /^(?:&&|\|\||;)/)) {
    splitShell(pipeline, /^\|/).forEach((segment, i) => {
      const words = shellWords(segment)
      while (words.length && /^\w+=/.test(words[0])) words.shift() // FOO=bar cmd
      if (!words.length || words[0] === 'cd') return
      if (i > 0 && FILTERS.has(words[0])) return
      actions.push(guessOne(words, segment.trim()))
    })
  }
  return actions
}

function guessOne(words: string[], command: string): ExploredAction | undefined {
  const [program, ...args] = words
  const operands = args.filter(a => !a.startsWith('-'))
  if (program === 'sed' && args.includes('-n')) return { type: 'read', command, path: operands.at(-1) }
  if (READERS.has(program)) return operands.length ? { type: 'read', command, path: operands.at(-1) } : undefined
  if (program === 'git' && args[0] === 'grep') return { type: 'search', command, query: operands[1] }
  if (program === 'git' && args[0] === 'ls-files') return { type: 'list', command }
  if (program === 'rg' && args.includes('--files')) return { type: 'list', command, path: operands[0] }
  if (SEARCHERS.has(program)) return { type: 'search', command, query: program === 'find' ? undefined : operands[0], path: program === 'find' ? operands[0] : operands[1] }
  if (LISTERS.has(program)) return { type: 'list', command, path: operands[0] }
  return undefined
}

/** Splits a shell line on unquoted separators matched by `sep` at the current position. */
function splitShell(line: string, sep: RegExp): string[] {
  const parts: string[] = []
  let quote = ''
  let current = ''
  for (let i = 0; i < line.length; i++) {
    const c = line[i]
    if (quote) {
      if (c === quote) quote = ''
      else if (c === '\\' && quote === '"') current += line[i++]
    } else if (c === "'" || c === '"') quote = c
    else {
      const m = sep.exec(line.slice(i, i + 2))
      if (m && !(m[0] === '|' && line[i + 1] === '|')) { parts.push(current); current = ''; i += m[0].length - 1; continue }
    }
    current += c
  }
  parts.push(current)
  return parts.filter(p => p.trim())
}

/** Words of one simple command, quotes removed. */
function shellWords(segment: string): string[] {
  const words: string[] = []
  for (const m of segment.matchAll(/'([^']*)'|"((?:\\.|[^"])*)"|(\S+)/g)) words.push(m[1] ?? m[2] ?? m[3])
  return words
}

/** "Explored 3 files", "Explored 2 files, 1 search, 1 listing". */
export function exploredTitle(actions: ExploredAction[]): string {
  const files = new Set(actions.filter(a => a.type === 'read').map(a => a.path ?? a.command)).size
  const searches = actions.filter(a => a.type === 'search').length
  const lists = actions.filter(a => a.type === 'list').length
  const parts = [count(files, 'file', 'files'), count(searches, 'search', 'searches'), count(lists, 'listing', 'listings')].filter(Boolean)
  return `Explored ${parts.join(', ')}`
}

function count(n: number, one: string, many: string): string {
  return n ? `${n} ${n === 1 ? one : many}` : ''
}

/** The card title for a finished command. */
export function commandTitle(status: string, exitCode: number | null): string {
  if (status === 'declined') return 'Command declined'
  if (exitCode === 0) return 'Command finished'
  return exitCode === null ? 'Command failed' : `Command failed with exit code ${exitCode}`
}
