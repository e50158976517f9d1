import { join } from 'node:path'
import { readJson, writeJsonAtomic } from './json-file.ts'

/**
 * What a phone allowed beyond one request: per chat for the session (anything, or one MCP
 * server/tool fingerprint), and MCP fingerprints "always", persisted next to the token store.
 */
export class AllowRules {
  private readonly sessionChats = new Set<string>()
  private readonly sessionMcp = new Set<string>()
  private always = new Set<string>()
  private readonly path: string

  constructor(dataDir: string) {
    this.path = join(dataDir, 'mcp-allow-always.json')
  }

  async load(): Promise<void> {
    this.always = new Set((await readJson<{ fingerprints: string[] }>(this.path, { fingerprints: [] })).fingerprints)
  }

  allowChatForSession(chatId: string): void {
    this.sessionChats.add(chatId)
  }

  allowMcpForSession(chatId: string, fingerprint: string): void {
    this.sessionMcp.add(`${chatId}\u0000${fingerprint}`)
  }

  async allowMcpAlways(fingerprint: string): Promise<void> {
    this.always.add(fingerprint)
    await writeJsonAtomic(this.path, { fingerprints: [...this.always] })
  }

  /** Whether a new request in `chatId` is allowed already: MCP by fingerprint only, the rest by chat. */
  allows(chatId: string, mcpFingerprint?: string): boolean {
    if (mcpFingerprint !== undefined) return this.always.has(mcpFingerprint) || this.sessionMcp.has(`${chatId}\u0000${mcpFingerprint}`)
    return this.sessionChats.has(chatId)
  }
}
