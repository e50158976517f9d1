import { createRequire } from 'node:module'

/** How to start Codex: the configured binary, else the pinned @openai/codex through its launcher. */
export function codexCommand(codexBin?: string): { command: string, prefixArgs: string[] } {
  if (codexBin) return { command: codexBin, prefixArgs: [] }
  const launcher = createRequire(import.meta.url).resolve('@openai/codex/bin/codex.js')
  // The launcher replaces itself with the native binary (execve), so signals reach Codex directly.
  return { command: process.execPath, prefixArgs: [launcher] }
}
