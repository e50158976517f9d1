#!/usr/bin/env -S MALLOC_MMAP_THRESHOLD_=131072 node --max-semi-space-size=1
/** The `codex-gateway` command: serve, token, devices, doctor. Exit codes: 0 ok, 1 failure, 2 usage. */
// How the gateway runs (the line above, which `env -S` splits), each measured in docs/benchmarks.md:
// - MALLOC_MMAP_THRESHOLD_ pins the size from which glibc serves a block from its own mapping.
//   Left dynamic, the threshold rises after the first big frame is freed; from then on big frames
//   come from the main heap, which keeps what they leave behind (a soak: 124 -> 252 MB in 20 min).
// - --max-semi-space-size=1 keeps V8's young generation small: streaming a turn to ten clients
//   otherwise lets it grow to 64 MB of short-lived frames.
import { parseArgs } from 'node:util'
import { ConfigError, resolveConfig, SETTINGS, settingsHelp, type SettingName } from './config.ts'
import { DeviceStore } from './core/devices.ts'
import { runDoctor } from './doctor.ts'
import { runSelftest } from './selftest.ts'
import { runPairingApprove, runPairingDeny, runPairingList } from './pairing/pairing-commands.ts'
import { GatewayError } from './errors.ts'
import { ensureDataDir, startGateway } from './main.ts'
import { VERSION } from './version.ts'

const SERVE_SETTINGS: SettingName[] = ['host', 'port', 'daemonPort', 'dataDir', 'codexHome', 'codexBin', 'tlsCert', 'tlsKey', 'bodyLimit', 'daemonLineLimit', 'headersTimeout']
const STORE_SETTINGS: SettingName[] = ['dataDir']

class UsageError extends Error {}

interface Command {
  usage: string
  settings: SettingName[]
  options?: Record<string, { type: 'string' | 'boolean' }>
  positionals?: number
  run(flags: Record<string, any>, positionals: string[]): Promise<void>
}

const COMMANDS: Record<string, Command> = {
  serve: {
    usage: 'codex-gateway serve [options]\n\nRuns the gateway against the local Codex.',
    settings: SERVE_SETTINGS,
    async run(flags) {
      const gateway = await startGateway(resolveConfig(flags), line => process.stderr.write(`${line}\n`))
      process.stdout.write(`codex-gateway ${VERSION} listening on ${gateway.url}\n`)
      process.stdout.write(`codex-gateway daemon listening on ${gateway.daemonUrl}\n`)
      let stopping = false
      const stop = async (signal: string) => {
        if (stopping) return
        stopping = true
        process.stderr.write(`${signal}: shutting down\n`)
        await gateway.close()
        process.exit(0)
      }
      process.on('SIGINT', () => void stop('SIGINT'))
      process.on('SIGTERM', () => void stop('SIGTERM'))
    },
  },
  'token issue': {
    usage: 'codex-gateway token issue --name NAME [--data-dir D]\n\nMints a device token; prints {"token","deviceId"}. A running gateway accepts it at once.',
    settings: STORE_SETTINGS,
    options: { name: { type: 'string' } },
    async run(flags) {
      const name = flags.name?.trim()
      if (!name) throw new UsageError('--name is required')
      const { dataDir } = resolveConfig(flags)
      await ensureDataDir(dataDir)
      const { token, device } = await new DeviceStore(dataDir).issue(name)
      process.stdout.write(JSON.stringify({ token, deviceId: device.id }) + '\n')
    },
  },
  'devices list': {
    usage: 'codex-gateway devices list [--data-dir D]\n\nLists the devices that hold a token, as JSON.',
    settings: STORE_SETTINGS,
    async run(flags) {
      const devices = await new DeviceStore(resolveConfig(flags).dataDir).list()
      process.stdout.write(JSON.stringify({ devices }, null, 2) + '\n')
    },
  },
  'devices revoke': {
    usage: 'codex-gateway devices revoke DEVICE_ID [--data-dir D]\n\nRevokes a device token; it stops working at once.',
    settings: STORE_SETTINGS,
    positionals: 1,
    async run(flags, [deviceId]) {
      if (!await new DeviceStore(resolveConfig(flags).dataDir).revoke(deviceId)) {
        throw new GatewayError('INVALID_REQUEST', `no device ${deviceId}`)
      }
      process.stdout.write(`revoked ${deviceId}\n`)
    },
  },
  'pairing list': {
    usage: 'codex-gateway pairing list [--data-dir D]\n\nLists live pairings and the device waiting on each, as JSON.',
    settings: STORE_SETTINGS,
    async run(flags) {
      process.exitCode = await runPairingList(resolveConfig(flags).dataDir)
    },
  },
  'pairing approve': {
    usage: 'codex-gateway pairing approve PAIRING_ID [--data-dir D]\n\nApproves the device waiting on a pairing; the running gateway issues its token.',
    settings: STORE_SETTINGS,
    positionals: 1,
    async run(flags, [pairingId]) {
      process.exitCode = await runPairingApprove(resolveConfig(flags).dataDir, pairingId)
    },
  },
  'pairing deny': {
    usage: 'codex-gateway pairing deny PAIRING_ID [--data-dir D]\n\nDenies the device waiting on a pairing; the code is used up.',
    settings: STORE_SETTINGS,
    positionals: 1,
    async run(flags, [pairingId]) {
      process.exitCode = await runPairingDeny(resolveConfig(flags).dataDir, pairingId)
    },
  },
  selftest: {
    usage: 'codex-gateway selftest [--url URL] [--data-dir D] [--token T]\n\nRuns the closed loop against a running gateway: token, chat, context, git routes in a temp repo,\nconfig round trip, a real message and its stream events. Prints a PASS/FAIL report.',
    settings: ['dataDir', 'codexHome'],
    options: { url: { type: 'string' }, token: { type: 'string' } },
    async run(flags) {
      const { dataDir, codexHome } = resolveConfig(flags)
      const url = flags.url ?? `http://127.0.0.1:${SETTINGS.port.default()}`
      const ok = await runSelftest({ url, dataDir, codexHome, token: flags.token }, line => process.stdout.write(`${line}\n`))
      if (!ok) process.exitCode = 1
    },
  },
  doctor: {
    usage: 'codex-gateway doctor [options]\n\nChecks the codex binary, that its app-server starts, git, the data dir and the ports.',
    settings: SERVE_SETTINGS,
    async run(flags) {
      if (!await runDoctor(resolveConfig(flags), line => process.stdout.write(`${line}\n`))) process.exitCode = 1
    },
  },
}

function helpOf(command: Command): string {
  const extra = Object.keys(command.options ?? {}).map(o => `  --${o}`).join('\n')
  return `${command.usage}\n\nOptions:\n${settingsHelp(command.settings)}${extra ? `\n${extra}` : ''}\n  --help         show this help\n`
}

const TOP_HELP = `codex-gateway ${VERSION} — drive Codex on this computer from a phone

Usage:
${Object.keys(COMMANDS).map(name => `  codex-gateway ${name}`).join('\n')}

Run a command with --help for its options.
`

async function main(argv: string[]): Promise<number> {
  const name = [`${argv[0]} ${argv[1]}`, argv[0]].find(n => n in COMMANDS)
  if (!name) {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === 'help') { process.stdout.write(TOP_HELP); return argv.length ? 0 : 2 }
    if (argv[0] === '--version') { process.stdout.write(`${VERSION}\n`); return 0 }
    process.stderr.write(`unknown command: ${argv.slice(0, 2).join(' ')}\n\n${TOP_HELP}`)
    return 2
  }
  const command = COMMANDS[name]
  const rest = argv.slice(name.split(' ').length)
  try {
    const options = Object.fromEntries([
      ...command.settings.map(s => [SETTINGS[s].flag, { type: 'string' as const }]),
      ...Object.entries(command.options ?? {}),
      ['help', { type: 'boolean' as const }],
    ])
    const { values, positionals } = parseArgs({ args: rest, options, allowPositionals: true, strict: true })
    if ((values as { help?: boolean }).help) { process.stdout.write(helpOf(command)); return 0 }
    if (positionals.length !== (command.positionals ?? 0)) throw new UsageError(`expected ${command.positionals ?? 0} argument(s), got ${positionals.length}`)
    await command.run(values, positionals)
    return process.exitCode === 1 ? 1 : 0
  } catch (error: any) {
    const usage = error instanceof UsageError || error instanceof ConfigError || error.code?.startsWith?.('ERR_PARSE_ARGS')
    process.stderr.write(`codex-gateway ${name}: ${error.message}\n`)
    if (usage) { process.stderr.write(`\n${helpOf(command)}`); return 2 }
    return 1
  }
}

// The malloc setting is the gateway's own: Codex, git and the user's terminals start without it.
delete process.env.MALLOC_MMAP_THRESHOLD_
process.exitCode = await main(process.argv.slice(2))
