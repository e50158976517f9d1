import { constants } from 'node:fs'
import { open, realpath } from 'node:fs/promises'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { GatewayError } from '../errors.ts'

export const MAX_READ_BYTES = 1 << 20

export interface WorkspaceFile {
  path: string
  resolvedPath: string
  content: string
  truncated: boolean
  bytes: number
  binary: boolean
}

/** Whether `target` is `root` or below it (both already canonical). */
export function isInside(root: string, target: string): boolean {
  const rel = relative(root, target)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel) && !rel.startsWith(`..${sep}`))
}

/**
 * Reads a file of a workspace. Relative paths resolve from the workspace; absolute ones are
 * accepted only inside it. Both sides are canonicalised (symlinks resolved) before the check, so
 * `..`, absolute paths elsewhere and symlinks pointing out are all refused. At most `maxBytes`
 * (capped at 1 MiB) are read; a NUL byte marks the file binary and its content is not returned.
 */
export async function readWorkspaceFile(workspace: string, path: string, maxBytes = 64 << 10): Promise<WorkspaceFile> {
  if (!path || path.includes('\0')) throw new GatewayError('INVALID_PATH', 'path must be a non-empty file path without NUL bytes')
  const root = await realpath(workspace)
  const target = await realpath(resolve(root, path)).catch(error => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new GatewayError('INVALID_PATH', `no such file: ${path}`)
    if (error.code === 'ELOOP' || error.code === 'ENAMETOOLONG') throw new GatewayError('INVALID_PATH', `${path} cannot be resolved (${error.code})`)
    throw error
  })
  if (!isInside(root, target)) throw new GatewayError('PATH_OUTSIDE_REPO', `${path} is outside the workspace`)
  const limit = Math.max(0, Math.min(Math.floor(maxBytes), MAX_READ_BYTES))
  // Non-blocking: opening a FIFO someone left in the workspace must not park a thread forever.
  const file = await open(target, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = await file.stat()
    if (!info.isFile()) throw new GatewayError('INVALID_PATH', `${path} is not a regular file`)
    const buffer = Buffer.alloc(Math.min(limit, info.size))
    const { bytesRead } = await file.read(buffer, 0, buffer.length, 0)
    const data = buffer.subarray(0, bytesRead)
    const binary = data.includes(0)
    return { path, resolvedPath: target, content: binary ? '' : data.toString('utf8'), truncated: info.size > bytesRead, bytes: info.size, binary }
  } finally {
    await file.close()
  }
}
