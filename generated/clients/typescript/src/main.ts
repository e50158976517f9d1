// generated from codegen/sdk.ts — do not edit, run npm run codegen
/**
 * @codex-gateway/sdk: the REST client generated from openapi.yaml, the companion stream and bridge
 * clients, and the frame types of asyncapi.yaml (`Messages`). The daemon client is Node only:
 * `@codex-gateway/sdk/daemon`.
 */
import { Configuration, type FetchAPI, ApprovalsApi, BridgeApi, ChatsApi, DevicesApi, DictationApi, GitApi, HealthApi, ProjectsApi, RuntimeApi } from './index.js'

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
  /** The gateway, e.g. `http://127.0.0.1:8787`. */
  baseUrl: string
  /** A device token. */
  token: string
  fetchApi?: FetchAPI
}

/** Every REST API of the gateway on one configuration (base URL and device token). */
export function gatewayApis(options: GatewayApiOptions) {
  const configuration = new Configuration({ basePath: options.baseUrl.replace(/\/+$/, ''), accessToken: options.token, fetchApi: options.fetchApi })
  return {
    approvals: new ApprovalsApi(configuration),
    bridge: new BridgeApi(configuration),
    chats: new ChatsApi(configuration),
    devices: new DevicesApi(configuration),
    dictation: new DictationApi(configuration),
    git: new GitApi(configuration),
    health: new HealthApi(configuration),
    projects: new ProjectsApi(configuration),
    runtime: new RuntimeApi(configuration),
  }
}
