/**
 * Client SDKs generated from openapi.yaml by openapi-generator (pinned in openapitools.json):
 * swift6 -> clients/swift, kotlin (jvm-okhttp4 + moshi) -> clients/kotlin,
 * typescript-fetch -> clients/typescript.
 *
 * We run the pinned JAR with `java -jar` ourselves rather than through the npm wrapper
 * (node_modules/.bin/openapi-generator-cli): the wrapper reads the same JAR from the same
 * storageDir, but on every call it also boots NestJS and spawns two extra JVMs (`help` and
 * `completion`) just to build its command list, and it goes to the network when the version
 * is not pinned. Calling the JAR directly with `batch` does all three generators in ONE JVM
 * (in parallel threads): ~1.3 s here against ~2.6 s via the wrapper and ~4.3 s for three
 * separate `generate` runs.
 *
 * The output is deterministic: no timestamps (hideGenerationTimestamp), and the generator's
 * bookkeeping (.openapi-generator/, .openapi-generator-ignore) and noise we do not ship
 * (docs/, tests, git_push.sh, CI files, CocoaPods/Carthage files) are removed.
 * Every remaining file gets a "do not edit" header in its own comment syntax (JSON has none
 * and is left alone).
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, extname, join, relative, resolve } from 'node:path'
import { promisify } from 'node:util'
import { header } from './header.ts'

const root = join(import.meta.dirname, '..')
const exec = promisify(execFile)

/** Maven coordinates and names of the generated packages. */
const KOTLIN_GROUP = 'dev.codexgateway'
const KOTLIN_ARTIFACT = 'codex-gateway-client'
const KOTLIN_PACKAGE = 'dev.codexgateway.client'
const SWIFT_PROJECT = 'CodexGateway'
const NPM_NAME = '@codex-gateway/sdk'

interface Target {
  dir: string
  generatorName: string
  library?: string
  additionalProperties: Record<string, string | boolean>
  /** Enum value -> name, where the generator's own name does not compile. */
  enumNameMappings?: Record<string, string>
  /** Paths (relative to the target dir) removed after generation. */
  drop: string[]
}

const TARGETS: Target[] = [
  {
    // swift6, not swift5: swift5 is deprecated upstream and its urlsession library always pulls in
    // Flight-School/AnyCodable from GitHub; swift6 needs no third-party package, as the iOS app requires.
    dir: 'swift',
    generatorName: 'swift6',
    library: 'urlsession',
    additionalProperties: {
      projectName: SWIFT_PROJECT,
      responseAs: 'AsyncAwait',
      useSPMFileStructure: true,
      hideGenerationTimestamp: true,
    },
    drop: ['Cartfile', 'project.yml', `${SWIFT_PROJECT}.podspec`, '.swiftformat'],
  },
  {
    dir: 'kotlin',
    generatorName: 'kotlin',
    library: 'jvm-okhttp4',
    additionalProperties: {
      groupId: KOTLIN_GROUP,
      artifactId: KOTLIN_ARTIFACT,
      packageName: KOTLIN_PACKAGE,
      // moshi via reflection (moshi-kotlin): no compiler plugin or kapt, so a plain
      // kotlin-maven-plugin build (the pom.xml we add below) compiles it.
      serializationLibrary: 'moshi',
      dateLibrary: 'java8',
      omitGradleWrapper: true,
      hideGenerationTimestamp: true,
    },
    // kotlin names the enum value "" (BridgeSessionSyncResult.fallback_reason) with an empty
    // identifier, which does not compile; `empty` as swift6 names it.
    enumNameMappings: { '': 'empty' },
    drop: [],
  },
  {
    dir: 'typescript',
    generatorName: 'typescript-fetch',
    additionalProperties: {
      supportsES6: true,
      npmName: NPM_NAME,
      // The SDK is ESM (codegen/sdk.ts): Node resolves relative imports only with their extension.
      importFileExtension: '.js',
      withInterfaces: true,
      useSingleRequestParameter: true,
      hideGenerationTimestamp: true,
    },
    drop: [],
  },
]

/** Removed from every target. */
const DROP_ALWAYS = ['.openapi-generator', '.openapi-generator-ignore', 'docs', 'test', 'src/test', 'git_push.sh', '.travis.yml', '.gitignore']

const GLOBAL_PROPERTIES = { apiDocs: 'false', modelDocs: 'false', apiTests: 'false', modelTests: 'false' }

/** Version and JAR path from openapitools.json (the npm wrapper's config). */
export async function generatorJar(): Promise<{ version: string; jar: string }> {
  const config = JSON.parse(await readFile(join(root, 'openapitools.json'), 'utf8'))
  const version: string | undefined = config['generator-cli']?.version
  const storageDir: string | undefined = config['generator-cli']?.storageDir
  if (!version || !storageDir) throw new Error('openapitools.json must set generator-cli.version and generator-cli.storageDir')
  return { version, jar: resolve(root, storageDir, `${version}.jar`) }
}

export async function generateClients(openapiPath: string, outDir: string): Promise<void> {
  const { version, jar } = await generatorJar()
  if (!existsSync(jar)) {
    throw new Error(`openapi-generator-cli ${version} is not installed (${relative(root, jar)} is missing).\nFix: bash codegen/fetch-generator.sh`)
  }
  const spec = resolve(openapiPath)
  const clientsDir = resolve(outDir, 'clients')
  await rm(clientsDir, { recursive: true, force: true })

  const configDir = await mkdtemp(join(tmpdir(), 'codegen-clients-'))
  try {
    const configs: string[] = []
    for (const target of TARGETS) {
      const file = join(configDir, `${target.dir}.json`)
      await writeFile(file, JSON.stringify({
        generatorName: target.generatorName,
        ...(target.library ? { library: target.library } : {}),
        inputSpec: spec,
        outputDir: join(clientsDir, target.dir),
        additionalProperties: target.additionalProperties,
        ...(target.enumNameMappings ? { enumNameMappings: target.enumNameMappings } : {}),
        globalProperties: GLOBAL_PROPERTIES,
      }, null, 2))
      configs.push(file)
    }
    await runJava(['-XX:TieredStopAtLevel=1', '-jar', jar, 'batch', '--fail-fast', '--threads', String(TARGETS.length), '--', ...configs])
  } finally {
    await rm(configDir, { recursive: true, force: true })
  }

  for (const target of TARGETS) {
    const dir = join(clientsDir, target.dir)
    for (const path of [...DROP_ALWAYS, ...target.drop]) await rm(join(dir, path), { recursive: true, force: true })
    if (target.generatorName === 'kotlin') await writeFile(join(dir, 'pom.xml'), await kotlinPom(dir))
    if (target.generatorName === 'swift6') for (const file of await listFiles(dir)) await fixSwiftPatterns(file)
    const source = `${basename(spec)} by openapi-generator ${version} (${target.generatorName})`
    for (const file of await listFiles(dir)) await addHeader(file, source)
  }
}

/**
 * swift6 writes a schema `pattern` as a Swift string with every `/` escaped (`"/^audio\//"`),
 * and `\/` is not a Swift escape: the file does not compile. The slash needs no escape.
 */
async function fixSwiftPatterns(file: string): Promise<void> {
  if (!file.endsWith('.swift')) return
  const text = await readFile(file, 'utf8')
  const fixed = text.replace(/(pattern: ")((?:[^"\\\n]|\\.)*)(")/g, (_m, open: string, body: string, close: string) =>
    open + body.replace(/\\(.)/g, (escape, char: string) => char === '/' ? '/' : escape) + close)
  if (fixed !== text) await writeFile(file, fixed)
}

async function runJava(args: string[]): Promise<void> {
  try {
    await exec('java', args, { cwd: root, maxBuffer: 64 << 20 })
  } catch (error: any) {
    if (error.code === 'ENOENT') throw new Error('java not found on PATH: openapi-generator needs Java 11+ (apt-get install -y openjdk-17-jre-headless)')
    const output = `${error.stdout ?? ''}${error.stderr ?? ''}`
    const relevant = output.split('\n').filter((line: string) => !/^\s*#|^\s*$/.test(line)).slice(-60).join('\n')
    throw new Error(`openapi-generator failed (exit ${error.code}):\n${relevant}`)
  }
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter(entry => entry.isFile()).map(entry => join(entry.parentPath, entry.name)).sort()
}

type Style = 'line' | 'hash' | 'html' | null

function commentStyle(file: string): Style {
  const name = basename(file)
  const ext = extname(name)
  if (['.swift', '.kt', '.kts', '.ts', '.js', '.mjs', '.gradle'].includes(ext)) return 'line'
  if (['.md', '.html', '.xml'].includes(ext)) return 'html'
  if (['.sh', '.yml', '.yaml', '.podspec', '.properties'].includes(ext) || ['.npmignore', '.gitignore', 'Cartfile'].includes(name)) return 'hash'
  return null // .json and anything unknown: no comment syntax, left alone
}

/** Lines that must stay first: Swift's tools-version, XML declarations, shebangs. */
const MUST_STAY_FIRST = /^(\/\/ swift-tools-version|<\?xml|#!)/

async function addHeader(file: string, source: string): Promise<void> {
  const style = commentStyle(file)
  if (!style) return
  const line = style === 'hash' ? header(source).replace(/^\/\//, '#') : header(source, style === 'html' ? 'html' : 'line')
  const text = await readFile(file, 'utf8')
  if (text.startsWith(line)) return
  const firstEnd = text.indexOf('\n') + 1
  const out = firstEnd > 0 && MUST_STAY_FIRST.test(text) ? text.slice(0, firstEnd) + line + text.slice(firstEnd) : line + text
  await writeFile(file, out)
}

/**
 * The kotlin generator writes only Gradle files; this pom.xml (same coordinates and the
 * dependency versions read from the generated build.gradle) lets Maven build the client:
 * `mvn -q package` in clients/kotlin.
 */
async function kotlinPom(dir: string): Promise<string> {
  const gradle = await readFile(join(dir, 'build.gradle'), 'utf8')
  const kotlinVersion = /ext\.kotlin_version\s*=\s*['"]([^'"]+)['"]/.exec(gradle)?.[1]
  if (!kotlinVersion) throw new Error('clients/kotlin/build.gradle: no ext.kotlin_version to build pom.xml from')
  const deps = [...gradle.matchAll(/^\s*implementation\s+["']([^:"']+):([^:"']+):([^"']+)["']/gm)]
    .map(([, group, artifact, v]) => ({ group, artifact, version: v.replace('$kotlin_version', kotlinVersion) }))
    // OkHttp 5 is Kotlin Multiplatform: Gradle picks okhttp-jvm through module metadata,
    // Maven reads only the pom and needs the -jvm artifact named.
    .map(d => d.group === 'com.squareup.okhttp3' && d.artifact === 'okhttp' && !/^[1-4]\./.test(d.version) ? { ...d, artifact: 'okhttp-jvm' } : d)
  if (deps.length === 0) throw new Error('clients/kotlin/build.gradle: no implementation dependencies found')
  const dependencies = deps.map(d => `    <dependency>
      <groupId>${d.group}</groupId>
      <artifactId>${d.artifact}</artifactId>
      <version>${d.version}</version>
    </dependency>`).join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
  <modelVersion>4.0.0</modelVersion>
  <groupId>${KOTLIN_GROUP}</groupId>
  <artifactId>${KOTLIN_ARTIFACT}</artifactId>
  <version>1.0.0</version>
  <packaging>jar</packaging>

  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    <kotlin.version>${kotlinVersion}</kotlin.version>
    <kotlin.compiler.jvmTarget>17</kotlin.compiler.jvmTarget>
  </properties>

  <dependencies>
${dependencies}
  </dependencies>

  <build>
    <sourceDirectory>src/main/kotlin</sourceDirectory>
    <plugins>
      <plugin>
        <groupId>org.jetbrains.kotlin</groupId>
        <artifactId>kotlin-maven-plugin</artifactId>
        <version>\${kotlin.version}</version>
        <executions>
          <execution>
            <id>compile</id>
            <goals><goal>compile</goal></goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>
</project>
`
}
