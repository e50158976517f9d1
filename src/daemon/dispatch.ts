import { GatewayError } from '../errors.ts'
import type { DaemonCaller } from './caller.ts'
import { commitMessageMethods } from './commit-message-methods.ts'
import type { DaemonContext, MethodTable } from './context.ts'
import { OK } from './context.ts'
import { browserMethods } from './browser-methods.ts'
import { fileMethods } from './files.ts'
import { gitMethods } from './git-methods.ts'
import { githubMethods } from './github-methods.ts'
import { promptMethods } from './prompts-methods.ts'
import { settingsMethods } from './settings.ts'
import { skillsMethods } from './skills-methods.ts'
import { terminalMethods } from './terminal-methods.ts'
import { threadMethods } from './threads.ts'
import { usageMethods } from './usage-methods.ts'
import { workspaceMethods } from './workspaces.ts'

/**
 * Every method after `auth` (which the connection handles itself, because it changes the
 * connection). Each group lives in a file of its own; asyncapi.yaml documents them all.
 */
export const METHODS: MethodTable = {
  ping: () => OK,
  ...workspaceMethods,
  ...fileMethods,
  ...settingsMethods,
  ...threadMethods,
  ...gitMethods,
  ...promptMethods,
  ...usageMethods,
  ...browserMethods,
  ...terminalMethods,
  ...githubMethods,
  ...skillsMethods,
  ...commitMessageMethods,
}

/** Whether `method` is a daemon method (auth included). */
export function isMethod(method: string): boolean {
  return method === 'auth' || Object.hasOwn(METHODS, method)
}

/** Runs a method whose params were already validated against the spec, for the connection `caller`. */
export async function dispatch(method: string, params: unknown, context: DaemonContext, caller: DaemonCaller): Promise<unknown> {
  if (!Object.hasOwn(METHODS, method)) throw new GatewayError('UNKNOWN_METHOD', `unknown method: ${method.slice(0, 100)}`)
  return await METHODS[method](params ?? {}, context, caller) ?? null
}
