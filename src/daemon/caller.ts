import type { Socket } from 'node:net'

/**
 * The connection a method was called on. Most methods ignore it; those that start something
 * living on (terminals, temporary threads) tie it to the caller, which ends it on close.
 */
export interface DaemonCaller {
  readonly socket: Socket
  /** Writes one frame to this connection only. */
  send(frame: object | string): void
}

/** Calls `listener` once when the caller's connection closes (at once if it has closed already). */
export function onCallerClose(caller: DaemonCaller, listener: () => void): void {
  if (caller.socket.destroyed) queueMicrotask(listener)
  else caller.socket.once('close', listener)
}
