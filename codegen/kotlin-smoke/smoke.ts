/**
 * The Kotlin client's smoke build. Maven writes `target/` into every module it builds, and
 * generated/ must stay exactly what codegen wrote, so the build runs in a temp dir: copies of
 * generated/clients/kotlin (`client/`) and of this folder (`smoke/`) under reactor-pom.xml, and
 * `mvn test` there. The generated pom.xml builds the client from Maven Central artifacts; the
 * smoke module's JUnit test (GatewaySmokeTest.kt) then calls a live gateway through it.
 *
 * `node codegen/kotlin-smoke/smoke.ts` runs the same build without a gateway: the test skips
 * itself, and Maven's cache (~/.m2) is filled, which is what .ci/clients does before the suite.
 * contract-tests/kotlin-smoke.test.ts runs it against a gateway.
 */
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const HERE = import.meta.dirname
const CLIENT = join(HERE, '../../generated/clients/kotlin')

export interface SmokeRun {
  /** Maven's exit code. */
  code: number
  output: string
  /** Surefire's totals, when it got to run. */
  tests?: { run: number, failures: number, errors: number, skipped: number }
}

/** Whether `mvn` runs here. */
export function mavenAvailable(): Promise<boolean> {
  return new Promise(resolve => execFile('mvn', ['-v'], { timeout: 60_000 }, error => resolve(!error)))
}

/** The reactor in a fresh temp dir; the smoke module takes the client's version and Kotlin version. */
export async function assembleReactor(client = CLIENT): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'kotlin-smoke-'))
  await cp(client, join(dir, 'client'), { recursive: true })
  await cp(join(HERE, 'src'), join(dir, 'smoke/src'), { recursive: true })
  await cp(join(HERE, 'reactor-pom.xml'), join(dir, 'pom.xml'))
  const clientPom = await readFile(join(client, 'pom.xml'), 'utf8')
  const kotlin = /<kotlin\.version>([^<]+)</.exec(clientPom)?.[1]
  const version = /<artifactId>codex-gateway-client<\/artifactId>\s*<version>([^<]+)</.exec(clientPom)?.[1]
  if (!kotlin || !version) throw new Error('generated/clients/kotlin/pom.xml: no kotlin.version or client version')
  const smokePom = (await readFile(join(HERE, 'pom.xml'), 'utf8'))
    .replace(/<kotlin\.version>[^<]+</, `<kotlin.version>${kotlin}<`)
    .replace(/(<artifactId>codex-gateway-client<\/artifactId>\s*<version>)[^<]+</, `$1${version}<`)
  await writeFile(join(dir, 'smoke/pom.xml'), smokePom)
  return dir
}

/** `mvn test` on a fresh reactor with `env` added (GATEWAY_URL, …); the temp dir is removed after. */
export async function runSmoke(env: Record<string, string>, { timeoutMs = 15 * 60_000, client = CLIENT } = {}): Promise<SmokeRun> {
  const dir = await assembleReactor(client)
  try {
    // No Kotlin compile daemon: it would outlive the build by hours, holding gigabytes.
    const args = ['-B', '-ntp', '-Dstyle.color=never', '-Dkotlin.compiler.daemon=false', 'test']
    const { code, output } = await new Promise<{ code: number, output: string }>(resolve => {
      execFile('mvn', args, { cwd: dir, env: { ...process.env, ...env }, timeout: timeoutMs, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}${stderr}` })
      })
    })
    return { code, output, tests: surefireTotals(output) }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The last "Tests run: N, Failures: N, Errors: N, Skipped: N" line (the reactor's results). */
export function surefireTotals(output: string): SmokeRun['tests'] {
  const all = [...output.matchAll(/Tests run: (\d+), Failures: (\d+), Errors: (\d+), Skipped: (\d+)/g)]
  const last = all.at(-1)
  return last && { run: Number(last[1]), failures: Number(last[2]), errors: Number(last[3]), skipped: Number(last[4]) }
}

if (import.meta.main) {
  const started = Date.now()
  const result = await runSmoke({})
  if (result.code !== 0) process.stderr.write(result.output.slice(-20_000))
  process.stdout.write(`kotlin smoke build (no gateway): exit ${result.code} in ${((Date.now() - started) / 1000).toFixed(0)} s\n`)
  process.exitCode = result.code
}
