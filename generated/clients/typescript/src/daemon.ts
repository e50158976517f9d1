// generated from codegen/sdk.ts — do not edit, run npm run codegen
/** @codex-gateway/sdk/daemon: the daemon protocol client (TCP JSON lines). Node only. */
export { DaemonCallError, DaemonClient } from './sdk/daemon-client.js'
export type { DaemonClientEvents, DaemonClientOptions, DaemonMethod, DaemonNotification, DaemonParams, DaemonResult } from './sdk/daemon-client.js'
