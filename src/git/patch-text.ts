import type { GitDiffHunk } from './daemon-models.ts'
import type { UntrackedContent } from './untracked-file.ts'

// Reading and writing git's patch text: where one file's patch starts, its hunks, and the
// "new file" patch of an untracked file, spelled as `git diff` would.

const HEADER = 'diff --git '

/**
 * A path the way git prints it in a patch header under core.quotePath=false: unchanged,
 * unless it holds a control character, `"` or `\`, in which case it is C-quoted
 * (git's quote_c_style; bytes of 0x80 and above stay raw).
 */
export function cQuote(path: string): string {
  if (!/[\x00-\x1f"\\\x7f]/.test(path)) return path
  const named: Record<string, string> = { '\x07': '\\a', '\b': '\\b', '\t': '\\t', '\n': '\\n', '\v': '\\v', '\f': '\\f', '\r': '\\r', '"': '\\"', '\\': '\\\\' }
  const body = path.replace(/[\x00-\x1f"\\\x7f]/g, c => named[c] ?? `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`)
  return `"${body}"`
}

/** The first line of the patch git writes for a change from `from` to `to`. */
export function headerLine(from: string, to: string): string {
  return `${HEADER}${cQuote(`a/${from}`)} ${cQuote(`b/${to}`)}`
}

/**
 * Cuts the output of `git diff -p` into one patch per file, keyed by its `diff --git` line.
 * Inside a hunk every line starts with ` `, `+`, `-` or `\`, so a line starting with
 * `diff --git ` is always the start of the next file.
 */
export function splitPatches(text: string): Map<string, string[]> {
  const patches = new Map<string, string[]>()
  const starts: number[] = []
  if (text.startsWith(HEADER)) starts.push(0)
  for (let at = text.indexOf(`\n${HEADER}`); at !== -1; at = text.indexOf(`\n${HEADER}`, at + 1)) starts.push(at + 1)
  starts.forEach((start, i) => {
    const patch = text.slice(start, starts[i + 1] ?? text.length)
    const header = patch.slice(0, patch.indexOf('\n') === -1 ? patch.length : patch.indexOf('\n'))
    patches.set(header, [...(patches.get(header) ?? []), patch])
  })
  return patches
}

/** The hunks of one file's patch (none for a binary file or a mode-only change). */
export function parseHunks(patch: string): GitDiffHunk[] {
  const hunks: GitDiffHunk[] = []
  const lines = patch.split('\n')
  if (lines.at(-1) === '') lines.pop()
  for (const line of lines) {
    if (line.startsWith('@@')) hunks.push({ header: line, lines: [] })
    else if (hunks.length > 0) hunks.at(-1)!.lines.push(line)
  }
  return hunks
}

/** The patch `git diff` would print for an untracked file, were it added: empty string for `none` or `too-large`. */
export function untrackedPatch(path: string, content: UntrackedContent): string {
  if (content.kind === 'none' || content.kind === 'too-large') return ''
  const mode = content.kind === 'symlink' ? '120000' : content.mode
  const head = `${headerLine(path, path)}\nnew file mode ${mode}\n`
  if (content.kind === 'binary') return `${head}Binary files /dev/null and ${cQuote(`b/${path}`)} differ\n`
  const text = content.kind === 'symlink' ? content.target : content.text
  if (text === '') return head
  const lines = text.split('\n')
  const complete = lines.at(-1) === ''
  if (complete) lines.pop()
  const range = lines.length === 1 ? '+1' : `+1,${lines.length}`
  const body = lines.map(line => `+${line}\n`).join('')
  return `${head}--- /dev/null\n+++ ${cQuote(`b/${path}`)}\n@@ -0,0 ${range} @@\n${body}${complete ? '' : '\\ No newline at end of file\n'}`
}
