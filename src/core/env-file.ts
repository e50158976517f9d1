import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseEnv } from 'node:util'

/** The files read in each directory, weakest first: `.env.local` is the developer's own override of a shared `.env`. */
export const ENV_FILES = ['.env', '.env.local'] as const

/**
 * Reads `.env` then `.env.local` in each of `dirs`, in order; a later file overrides
 * an earlier one, so the last directory is the strongest. Missing files are skipped;
 * any other read error (unreadable, a directory) is thrown, because a key file the
 * operator wrote but we silently ignored would be worse than a clear failure.
 * Parsing is Node's own `util.parseEnv` (KEY=value, quotes, `export `, comments).
 */
export async function loadDotEnv(dirs: string[]): Promise<Record<string, string>> {
  const merged: Record<string, string> = {}
  for (const dir of dirs) {
    for (const name of ENV_FILES) {
      const text = await readOptional(join(dir, name))
      if (text !== undefined) Object.assign(merged, parseEnv(text))
    }
  }
  return merged
}

/**
 * One variable, explicit environment first: a value exported in the shell or set by
 * the service manager is a deliberate choice for this run, files are the standing
 * default (the dotenv convention). Empty values count as unset, so `KEY=` in a
 * shell does not hide a key written in a file.
 */
export function lookupEnv(name: string, env: Record<string, string | undefined>, files: Record<string, string>): string | undefined {
  const value = env[name] || files[name]
  return value === undefined || value === '' ? undefined : value
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (error: any) {
    if (error.code === 'ENOENT') return undefined
    throw error
  }
}
