/**
 * Turns the typescript-fetch output in clients/typescript into the npm package
 * `@codex-gateway/sdk`: the generated REST client, the hand-written stream, bridge and daemon
 * clients of codegen/sdk/ (copied in with a "do not edit" header, imports rewritten to the
 * package's layout), the frame types of asyncapi.yaml (messages/types.ts), two entry points
 * (`.` and the Node-only `./daemon`) and a package.json / tsconfig.json that build ESM with
 * type declarations (`npm pack` builds through `prepack`).
 *
 * codegen/sdk/ sources import the frame types from generated/messages/types.ts and each other
 * with `.ts`, so the repository's own type check covers them where they are written.
 */
import { copyFile, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { header } from './header.ts'

const SDK_SOURCES = join(import.meta.dirname, 'sdk')
export const SDK_NAME = '@codex-gateway/sdk'

/** Assembles the package in `<outDir>/clients/typescript`, after generateClients wrote it. */
export async function assembleSdk(outDir: string, version: string): Promise<void> {
  const dir = join(outDir, 'clients/typescript')
  // The generator's README documents the REST operations; the package README is ours.
  await rename(join(dir, 'README.md'), join(dir, 'REST.md'))
  for (const file of ['tsconfig.esm.json', '.npmignore']) await rm(join(dir, file), { force: true })
  await writeFile(join(dir, 'package.json'), `${JSON.stringify(packageJson(version), null, 2)}\n`)
  await writeFile(join(dir, 'tsconfig.json'), `${JSON.stringify(TSCONFIG, null, 2)}\n`)
  await writeFile(join(dir, 'README.md'), header('codegen/sdk/README.md', 'html') + await readFile(join(SDK_SOURCES, 'README.md'), 'utf8'))
  await mkdir(join(dir, 'src/sdk'), { recursive: true })
  await copyFile(join(outDir, 'messages/types.ts'), join(dir, 'src/sdk/messages.ts'))
  for (const name of (await readdir(SDK_SOURCES)).filter(n => n.endsWith('.ts')).sort()) {
    const text = await readFile(join(SDK_SOURCES, name), 'utf8')
    await writeFile(join(dir, 'src/sdk', name), header(`codegen/sdk/${name} (hand-written, copied by codegen)`) + packageImports(text))
  }
  const apis = await apiClasses(join(dir, 'src/apis/index.ts'))
  await writeFile(join(dir, 'src/main.ts'), header('codegen/sdk.ts') + mainEntry(apis))
  await writeFile(join(dir, 'src/daemon.ts'), header('codegen/sdk.ts') + DAEMON_ENTRY)
}

/** Repository paths become package paths, and `.ts` specifiers the `.js` that Node resolves after the build. */
function packageImports(text: string): string {
  return text
    .replaceAll(`'../../generated/messages/types.ts'`, `'./messages.js'`)
    .replace(/(from '\.\/[\w-]+)\.ts'/g, `$1.js'`)
}

/** The REST API classes, from the generated apis/index.ts (`export * from './ChatsApi.js'`). */
async function apiClasses(indexFile: string): Promise<string[]> {
  const text = await readFile(indexFile, 'utf8')
  return [...text.matchAll(/export \* from '\.\/(\w+Api)(?:\.js)?'/g)].map(m => m[1])
}

function mainEntry(apis: string[]): string {
  const property = (api: string) => api.charAt(0).toLowerCase() + api.slice(1, -'Api'.length)
  return `/**
 * ${SDK_NAME}: the REST client generated from openapi.yaml, the companion stream and bridge
 * clients, and the frame types of asyncapi.yaml (\`Messages\`). The daemon client is Node only:
 * \`${SDK_NAME}/daemon\`.
 */
import { Configuration, type FetchAPI, ${apis.join(', ')} } from './index.js'

export * from './index.js'
export { CompanionStream, DEFAULT_BACKOFF } from './sdk/companion-stream.js'
export type { Backoff, CompanionFrameOf, CompanionStreamEvents, CompanionStreamFrame, CompanionStreamOptions, CompanionStreamState, Resync } from './sdk/companion-stream.js'
export { BridgeClient, BridgeError } from './sdk/bridge-client.js'
export type { BridgeClientEvents, BridgeClientOptions, BridgeEvent, BridgeHello, BridgeMethod, BridgeMethods, BridgeParams, BridgeResult, Loose } from './sdk/bridge-client.js'
export { SessionMirror } from './sdk/session-mirror.js'
export type { MirrorEntry, MirrorPendingApproval } from './sdk/session-mirror.js'
export { globalWebSocket } from './sdk/websocket.js'
export type { WebSocketFactory, WebSocketLike } from './sdk/websocket.js'
export { GatewayHttpError } from './sdk/http.js'
export type * as Messages from './sdk/messages.js'

export interface GatewayApiOptions {
  /** The gateway, e.g. \`http://127.0.0.1:8787\`. */
  baseUrl: string
  /** A device token. */
  token: string
  fetchApi?: FetchAPI
}

/** Every REST API of the gateway on one configuration (base URL and device token). */
export function gatewayApis(options: GatewayApiOptions) {
  const configuration = new Configuration({ basePath: options.baseUrl.replace(/\\/+$/, ''), accessToken: options.token, fetchApi: options.fetchApi })
  return {
${apis.map(api => `    ${property(api)}: new ${api}(configuration),`).join('\n')}
  }
}
`
}

const DAEMON_ENTRY = `/** ${SDK_NAME}/daemon: the daemon protocol client (TCP JSON lines). Node only. */
export { DaemonCallError, DaemonClient } from './sdk/daemon-client.js'
export type { DaemonClientEvents, DaemonClientOptions, DaemonMethod, DaemonNotification, DaemonParams, DaemonResult } from './sdk/daemon-client.js'
`

function packageJson(version: string) {
  return {
    name: SDK_NAME,
    version,
    description: 'TypeScript client of codex-gateway: REST API, companion stream, bridge and daemon protocols.',
    license: 'Apache-2.0',
    type: 'module',
    main: './dist/main.js',
    types: './dist/main.d.ts',
    exports: {
      '.': { types: './dist/main.d.ts', default: './dist/main.js' },
      './daemon': { types: './dist/daemon.d.ts', default: './dist/daemon.js' },
      './package.json': './package.json',
    },
    files: ['dist', 'REST.md'],
    sideEffects: false,
    engines: { node: '>=22' },
    scripts: { build: 'tsc -p tsconfig.json', prepack: 'npm run build' },
    devDependencies: { '@types/node': '^22.0.0', typescript: '5.9.3' },
  }
}

const TSCONFIG = {
  compilerOptions: {
    target: 'es2022',
    module: 'nodenext',
    moduleResolution: 'nodenext',
    lib: ['es2022', 'dom'],
    types: ['node'],
    strict: true,
    declaration: true,
    outDir: 'dist',
    rootDir: 'src',
    skipLibCheck: true,
  },
  include: ['src'],
}
