/**
 * @codex-gateway/sdk built the way a publisher builds it: generated/clients/typescript copied to
 * a temp dir (generated/ itself stays untouched, codegen --check diffs it), `npm pack` there,
 * whose `prepack` runs tsc. The copy borrows the repository's node_modules for typescript and
 * @types/node, so nothing is downloaded.
 */
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, stat, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import type { TestContext } from './gateway.ts'

export const ROOT = join(import.meta.dirname, '../..')
export const SDK_SOURCE = join(ROOT, 'generated/clients/typescript')
const run = promisify(execFile)

export interface PackedSdk {
  /** The built package (its dist/ is what the tarball holds). */
  dir: string
  tarball: string
  version: string
}

/** Packs the SDK into a temp dir removed at the end of the test. */
export async function packSdk(t: TestContext): Promise<PackedSdk> {
  const work = await mkdtemp(join(tmpdir(), 'sdk-pack-'))
  t.teardown(() => rm(work, { recursive: true, force: true }))
  const dir = join(work, 'package')
  await cp(SDK_SOURCE, dir, { recursive: true })
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const { version } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'))
  await run('npm', ['pack', '--pack-destination', work, '--no-audit', '--no-fund'], { cwd: dir, timeout: 180_000, maxBuffer: 16 << 20 })
  const tarball = join(work, `codex-gateway-sdk-${version}.tgz`)
  await stat(tarball)
  return { dir, tarball, version }
}

/** The built package's main entry, imported like a dependency would be. */
export async function importSdk(packed: PackedSdk): Promise<Record<string, any>> {
  return import(pathToFileURL(join(packed.dir, 'dist/main.js')).href)
}
