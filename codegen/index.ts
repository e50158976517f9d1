/**
 * Regenerates everything under generated/ from openapi.yaml, asyncapi.yaml and the pinned
 * @openai/codex. With --check it regenerates into a temp dir instead and fails with the diff
 * when generated/ is stale.
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { promisify } from 'node:util'
import { generateClients } from './clients.ts'
import { generateDocs } from './docs.ts'
import { assembleSdk } from './sdk.ts'
import { emitRouteTable } from './route-table.ts'
import { loadSpecs } from './spec.ts'
import { emitMessageTypes, emitServerTypes } from './types.ts'
import { emitUpstreamTypes } from './upstream.ts'
import { emitValidators } from './validators.ts'

const root = join(import.meta.dirname, '..')
const generated = join(root, 'generated')

async function generate(outDir: string): Promise<void> {
  const { openapi, asyncapi } = await loadSpecs(root)
  const files = {
    ...await emitServerTypes(openapi),
    ...emitRouteTable(openapi),
    ...emitValidators(openapi, asyncapi),
    ...await emitMessageTypes(openapi, asyncapi),
    ...await emitUpstreamTypes(root),
  }
  await rm(outDir, { recursive: true, force: true })
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(outDir, path)), { recursive: true })
    await writeFile(join(outDir, path), text)
  }
  await generateClients(join(root, 'openapi.yaml'), outDir)
  await assembleSdk(outDir, String(openapi.info.version))
  await generateDocs(join(root, 'openapi.yaml'), join(root, 'asyncapi.yaml'), outDir)
}

/** The diff between two trees (empty when equal), as git prints it. */
async function treeDiff(expected: string, actual: string): Promise<string> {
  try {
    await promisify(execFile)('git', ['diff', '--no-index', '--stat', '--patch', '--no-color', actual, expected], { maxBuffer: 64 << 20 })
    return ''
  } catch (error: any) {
    if (error.code === 1) return error.stdout as string
    throw error
  }
}

if (process.argv.includes('--check')) {
  const fresh = await mkdtemp(join(tmpdir(), 'codegen-check-'))
  try {
    await generate(fresh)
    const diff = await treeDiff(fresh, generated)
    if (diff) {
      process.stderr.write(`${diff.slice(0, 20000)}\ngenerated/ is stale: run \`npm run codegen\` and commit the result.\n`)
      process.exitCode = 1
    } else {
      process.stdout.write('generated/ is up to date\n')
    }
  } finally {
    await rm(fresh, { recursive: true, force: true })
  }
} else {
  await generate(generated)
  process.stdout.write(`generated/ written\n`)
}
