/**
 * How an apply_patch file change becomes "Edited <path> +X −Y" cards: one per file.
 */
import type { FileEditedEntry } from './entries.ts'

/** One changed file, before it gets an id and a time. */
export type FileEdit = Pick<FileEditedEntry, 'path' | 'change' | 'movedFrom' | 'additions' | 'deletions' | 'title'>

/**
 * The files a FileChange item changed. Codex 0.169 rollouts record `changes` as a map
 * path → `{type:"add"|"delete", content}` | `{type:"update", unified_diff, move_path}`;
 * the app-server's v2 shape (`[{path, kind:{type, move_path}, diff}]`) is accepted too.
 */
export function fileEdits(changes: unknown, cwd?: string): FileEdit[] {
  const list: { path: string, type: string, text: string, movePath?: string }[] = []
  if (Array.isArray(changes)) {
    for (const c of changes) list.push({ path: String(c?.path), type: String(c?.kind?.type), text: String(c?.diff ?? ''), movePath: c?.kind?.move_path ?? undefined })
  } else if (changes && typeof changes === 'object') {
    for (const [path, c] of Object.entries(changes as Record<string, any>)) {
      list.push({ path, type: String(c?.type), text: String(c?.unified_diff ?? c?.content ?? ''), movePath: c?.move_path ?? undefined })
    }
  }
  return list.map(c => edit(c, cwd))
}

function edit(c: { path: string, type: string, text: string, movePath?: string }, cwd?: string): FileEdit {
  const change = c.type === 'add' || c.type === 'delete' ? c.type : 'update'
  // The v2 shape carries an added file's content as its "diff": plain lines, no markers.
  const counts = change === 'update' ? diffCounts(c.text) : { additions: 0, deletions: 0, [change === 'add' ? 'additions' : 'deletions']: lineCount(c.text) }
  const path = relative(c.movePath ?? c.path, cwd)
  const movedFrom = c.movePath ? relative(c.path, cwd) : undefined
  return { path, change, ...(movedFrom ? { movedFrom } : {}), ...counts, title: `Edited ${path} +${counts.additions} −${counts.deletions}` }
}

/** Lines added and removed by a unified diff (file headers before the first hunk are not lines). */
export function diffCounts(diff: string): { additions: number, deletions: number } {
  let additions = 0
  let deletions = 0
  let inHunk = !/^(---|diff |\+\+\+)/.test(diff)
  for (const line of diff.split('\n')) {
    if (line.startsWith('@@')) inHunk = true
    else if (inHunk && line.startsWith('+')) additions++
    else if (inHunk && line.startsWith('-')) deletions++
  }
  return { additions, deletions }
}

function lineCount(text: string): number {
  if (!text) return 0
  return text.split('\n').length - (text.endsWith('\n') ? 1 : 0)
}

function relative(path: string, cwd?: string): string {
  if (!cwd) return path
  const root = cwd.endsWith('/') ? cwd : cwd + '/'
  return path.startsWith(root) ? path.slice(root.length) : path
}
