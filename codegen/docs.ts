/**
 * HTML reference docs, offline and deterministic:
 *  - docs/openapi.html          Redoc single page from openapi.yaml (`@redocly/cli build-docs
 *                               --inlineBundle`: scripts and styles are inlined, nothing is
 *                               loaded from a CDN except Redocly's attribution logo <img>,
 *                               which falls back to nothing when offline).
 *  - docs/asyncapi/index.html   from asyncapi.yaml by @asyncapi/generator with the locally
 *                               installed @asyncapi/html-template (singleFile: CSS and JS are
 *                               inlined, so there are no asset files to keep in step).
 * Both outputs were checked byte-identical across runs; each gets an HTML "do not edit" comment.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { basename, dirname, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { header } from './header.ts'

const root = join(import.meta.dirname, '..')
const require = createRequire(join(root, 'package.json'))
const exec = promisify(execFile)

export async function generateDocs(openapiPath: string, asyncapiPath: string, outDir: string): Promise<void> {
  const docsDir = resolve(outDir, 'docs')
  await rm(docsDir, { recursive: true, force: true })
  await mkdir(docsDir, { recursive: true })
  await Promise.all([
    openapiDocs(resolve(openapiPath), join(docsDir, 'openapi.html')),
    asyncapiDocs(resolve(asyncapiPath), join(docsDir, 'asyncapi')),
  ])
}

async function openapiDocs(spec: string, out: string): Promise<void> {
  const cli = require.resolve('@redocly/cli/bin/cli.js')
  try {
    await exec(process.execPath, [cli, 'build-docs', spec, '--output', out, '--inlineBundle', '--lint-config', 'off'], {
      cwd: root,
      maxBuffer: 64 << 20,
      // No usage telemetry, no npm update check, no announcement box: nothing leaves the machine.
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', REDOCLY_SUPPRESS_NOTIFICATIONS: 'true' },
    })
  } catch (error: any) {
    throw new Error(`redocly build-docs failed for ${basename(spec)}:\n${error.stdout ?? ''}${error.stderr ?? error.message}`)
  }
  await addHtmlHeader(out, `${basename(spec)} by @redocly/cli ${packageVersion('@redocly/cli')} (build-docs)`)
}

async function asyncapiDocs(spec: string, outDir: string): Promise<void> {
  const templateDir = dirname(require.resolve('@asyncapi/html-template/package.json'))
  const Generator = await loadAsyncapiGenerator()
  const generator = new Generator(templateDir, outDir, {
    forceWrite: true, // the target is inside a git work tree with changes; we own it anyway
    install: false, // the template is a devDependency: never install anything at run time
    compile: await templateNeedsCompile(templateDir),
    templateParams: { singleFile: 'true' },
  })
  const quiet = muteBabelNotes()
  try {
    await generator.generateFromFile(spec)
  } catch (error: any) {
    // Parse failures carry the parser's diagnostics (severity 0 = error); show those, briefly.
    const details = Array.isArray(error.diagnostics)
      ? error.diagnostics.filter((d: any) => d.severity === 0).map((d: any) => `\n  ${(d.path ?? []).join('.')} (line ${(d.range?.start?.line ?? -1) + 1}): ${d.message}`).join('')
      : ''
    throw new Error(`@asyncapi/generator failed for ${basename(spec)}: ${error.message}${details}`)
  } finally {
    quiet()
  }
  const files = (await readdir(outDir, { recursive: true, withFileTypes: true })).filter(entry => entry.isFile() && entry.name.endsWith('.html'))
  const source = `${basename(spec)} by @asyncapi/generator ${packageVersion('@asyncapi/generator')} + @asyncapi/html-template ${packageVersion('@asyncapi/html-template')}`
  for (const entry of files) await addHtmlHeader(join(entry.parentPath, entry.name), source)
}

/**
 * @asyncapi/generator resolves the global `npm` when it is first loaded (requireg), only to be
 * able to install templates; it throws at import time when there is none (e.g. a Node binary
 * without a bundled npm). We never install (install: false, local template), so a stub `npm`
 * package, offered through requireg's NODE_MODULES lookup for the duration of the import,
 * satisfies it.
 */
type AsyncapiGenerator = new (template: string, targetDir: string, options: Record<string, unknown>) => { generateFromFile(path: string): Promise<void> }
let generatorClass: AsyncapiGenerator | undefined
async function loadAsyncapiGenerator(): Promise<AsyncapiGenerator> {
  if (generatorClass) return generatorClass
  const stub = await mkdtemp(join(tmpdir(), 'codegen-npm-stub-'))
  const saved = process.env.NODE_MODULES
  try {
    await mkdir(join(stub, 'node_modules', 'npm'), { recursive: true })
    await writeFile(join(stub, 'node_modules', 'npm', 'package.json'), '{"name":"npm","version":"0.0.0","main":"index.js"}\n')
    await writeFile(join(stub, 'node_modules', 'npm', 'index.js'), '')
    process.env.NODE_MODULES = [join(stub, 'node_modules'), saved].filter(Boolean).join(':')
    generatorClass = require('@asyncapi/generator') as AsyncapiGenerator
    return generatorClass
  } finally {
    if (saved === undefined) delete process.env.NODE_MODULES
    else process.env.NODE_MODULES = saved
    await rm(stub, { recursive: true, force: true })
  }
}

/**
 * The generator transpiles the React template into <template>/__transpiled (~6 s, mostly Babel
 * chewing the bundled 1 MB UI script). The copy shipped on npm requires absolute paths of the
 * template author's CI machine, so it must be rebuilt once per install; after that it is
 * reused (~1 s). Stale = missing, or requiring an absolute path that does not exist here.
 */
async function templateNeedsCompile(templateDir: string): Promise<boolean> {
  const transpiled = join(templateDir, '__transpiled')
  if (!existsSync(join(transpiled, 'index.html.js'))) return true
  const entries = await readdir(transpiled, { recursive: true, withFileTypes: true })
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue
    const text = await readFile(join(entry.parentPath, entry.name), 'utf8')
    for (const match of text.matchAll(/require\(['"](\/[^'"]+)['"]\)/g)) {
      if (!existsSync(match[1])) return true
    }
  }
  return false
}

/** Babel's "deoptimised the styling of asyncapi-ui.min.js" note is noise on every compile. */
function muteBabelNotes(): () => void {
  const original = console.warn
  const originalError = console.error
  const filter = (write: (...args: unknown[]) => void) => (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].startsWith('[BABEL] Note')) return
    write(...args)
  }
  console.warn = filter(original)
  console.error = filter(originalError)
  return () => {
    console.warn = original
    console.error = originalError
  }
}

function packageVersion(name: string): string {
  return (require(`${name}/package.json`) as { version: string }).version
}

/** After a leading <!DOCTYPE …> line (so standards mode is untouched), else first. */
async function addHtmlHeader(file: string, source: string): Promise<void> {
  const line = header(source, 'html')
  const text = await readFile(file, 'utf8')
  const doctype = /^\s*<!DOCTYPE[^>]*>[ \t]*\r?\n?/i.exec(text)
  const out = doctype ? text.slice(0, doctype[0].length) + (doctype[0].endsWith('\n') ? '' : '\n') + line + text.slice(doctype[0].length) : line + text
  await writeFile(file, out)
}
