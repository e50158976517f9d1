import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { header } from './header.ts'

const run = promisify(execFile)

/**
 * `codex/`: the app-server protocol types of the pinned @openai/codex, exactly as
 * `codex app-server generate-ts` prints them, so src/codex/ is typed against the real upstream.
 */
export async function emitUpstreamTypes(root: string): Promise<Record<string, string>> {
  const bin = join(root, 'node_modules/.bin/codex')
  const { stdout: version } = await run(bin, ['--version'])
  const dir = await mkdtemp(join(tmpdir(), 'codex-ts-'))
  try {
    await run(bin, ['app-server', 'generate-ts', '--experimental', '--out', dir])
    const files: Record<string, string> = {}
    const source = `${version.trim()} (codex app-server generate-ts --experimental)`
    for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith('.ts')) continue
      const path = join(entry.parentPath, entry.name)
      files[`codex/${relative(dir, path)}`] = header(source) + await readFile(path, 'utf8')
    }
    return files
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}
