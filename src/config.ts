import { homedir } from 'node:os'
import { join } from 'node:path'

/** A setting with a value that cannot work; the CLI shows it as a usage error. */
export class ConfigError extends Error {}

export interface GatewayConfig {
  host: string
  port: number
  daemonPort: number
  dataDir: string
  codexHome: string
  codexBin?: string
  tlsCert?: string
  tlsKey?: string
  /** Largest request body accepted, in bytes. */
  bodyLimit: number
  /** Longest line a daemon client may send, in bytes (a message with images is one line). */
  daemonLineLimit: number
  /** Milliseconds a client gets to send a request's headers (slowloris guard). */
  headersTimeout: number
}

/** Every setting: its flag (`--data-dir`), its env var (`CODEX_GATEWAY_DATA_DIR`) and its default. */
export const SETTINGS = {
  host: { flag: 'host', help: 'address to listen on', default: () => '127.0.0.1' },
  port: { flag: 'port', help: 'HTTP/WebSocket port (0 picks a free one)', default: () => '8787' },
  daemonPort: { flag: 'daemon-port', help: 'TCP JSON-RPC port of the daemon face', default: () => '4732' },
  dataDir: { flag: 'data-dir', help: 'where tokens and state live (created 0700)', default: () => join(homedir(), '.codex-gateway') },
  codexHome: { flag: 'codex-home', help: 'Codex home directory', default: () => process.env.CODEX_HOME || join(homedir(), '.codex') },
  codexBin: { flag: 'codex-bin', help: 'codex binary (default: the pinned @openai/codex)', default: () => undefined },
  tlsCert: { flag: 'tls-cert', help: 'PEM certificate: serve https/wss', default: () => undefined },
  tlsKey: { flag: 'tls-key', help: 'PEM private key for --tls-cert', default: () => undefined },
  bodyLimit: { flag: 'body-limit', help: 'largest request body in bytes', default: () => String(2 << 20) },
  daemonLineLimit: { flag: 'daemon-line-limit', help: 'longest daemon request line in bytes', default: () => String(16 << 20) },
  headersTimeout: { flag: 'headers-timeout', help: 'ms to receive a request\'s headers', default: () => '10000' },
} as const satisfies Record<keyof GatewayConfig, { flag: string, help: string, default: () => string | undefined }>

export type SettingName = keyof typeof SETTINGS

const envName = (flag: string) => `CODEX_GATEWAY_${flag.toUpperCase().replace(/-/g, '_')}`

/** Resolves every setting: flag, then `CODEX_GATEWAY_*` env, then default. */
export function resolveConfig(flags: Partial<Record<string, string>>, env = process.env): GatewayConfig {
  const value = (name: SettingName) => {
    const { flag } = SETTINGS[name]
    return flags[flag] ?? env[envName(flag)] ?? SETTINGS[name].default()
  }
  const config: GatewayConfig = {
    host: value('host')!,
    port: port(value('port')!, 'port'),
    daemonPort: port(value('daemonPort')!, 'daemon-port'),
    dataDir: value('dataDir')!,
    codexHome: value('codexHome')!,
    codexBin: value('codexBin'),
    tlsCert: value('tlsCert'),
    tlsKey: value('tlsKey'),
    bodyLimit: positive(value('bodyLimit')!, 'body-limit'),
    daemonLineLimit: positive(value('daemonLineLimit')!, 'daemon-line-limit'),
    headersTimeout: positive(value('headersTimeout')!, 'headers-timeout'),
  }
  if (Boolean(config.tlsCert) !== Boolean(config.tlsKey)) {
    throw new ConfigError('--tls-cert and --tls-key go together')
  }
  return config
}

/** The help lines of the settings, with their env var names. */
export function settingsHelp(names: readonly SettingName[]): string {
  return names.map(name => {
    const { flag, help } = SETTINGS[name]
    return `  --${flag.padEnd(12)} ${help} [${envName(flag)}]`
  }).join('\n')
}

function port(text: string, flag: string): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new ConfigError(`--${flag} must be a port number, not ${text}`)
  return n
}

function positive(text: string, flag: string): number {
  const n = Number(text)
  if (!Number.isInteger(n) || n <= 0) throw new ConfigError(`--${flag} must be a positive integer, not ${text}`)
  return n
}
