import { randomBytes } from 'node:crypto'
import { open, readFile, rename, rm } from 'node:fs/promises'
import { GatewayError } from '../errors.ts'

/** What the disk said, in words a user can act on. */
const DISK_TROUBLE: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EIO: 'an I/O error',
}

/** A write that failed for a reason of the disk becomes STORAGE_FAILED naming the file and the reason. */
export function storageError(path: string, error: any): unknown {
  const why = DISK_TROUBLE[error?.code]
  return why ? new GatewayError('STORAGE_FAILED', `cannot write ${path}: ${why} (${error.code})`, undefined, { cause: error }) : error
}

/** Writes JSON atomically (see writeFileAtomic). */
export function writeJsonAtomic(path: string, value: unknown, mode = 0o600): Promise<void> {
  return writeFileAtomic(path, JSON.stringify(value, null, 2) + '\n', mode)
}

/**
 * Writes a file so that readers see the old one or the new one, never half of one:
 * a private temp file next to the target, flushed, then renamed over it.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`
  const file = await open(temp, 'wx', mode).catch(error => { throw storageError(path, error) })
  try {
    await file.writeFile(data)
    await file.sync()
  } catch (error) {
    await file.close().catch(() => {})
    await rm(temp, { force: true })
    throw storageError(path, error)
  }
  try {
    await file.close()
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw storageError(path, error)
  }
}

/** Reads a JSON file, or returns `fallback` when it does not exist yet. */
export async function readJson<T>(path: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T
  } catch (error: any) {
    if (error.code === 'ENOENT') return fallback
    throw error
  }
}
