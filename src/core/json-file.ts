import { randomBytes } from 'node:crypto'
import { open, readFile, rename, rm } from 'node:fs/promises'

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
  const file = await open(temp, 'wx', mode)
  try {
    await file.writeFile(data)
    await file.sync()
  } catch (error) {
    await file.close()
    await rm(temp, { force: true })
    throw error
  }
  await file.close()
  try {
    await rename(temp, path)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
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
