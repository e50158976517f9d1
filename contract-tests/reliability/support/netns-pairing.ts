/**
 * Run inside a network namespace of its own (see auth.test.ts): starts the gateway on a
 * non-loopback address of that namespace, asks it for a pairing from that address, prints
 * `{status, body}` and stops. Arguments: CLI path, address, data dir, codex home.
 */
import { spawn } from 'node:child_process'

const [cli, host, dataDir, codexHome] = process.argv.slice(2)
const gateway = spawn(process.execPath, [cli, 'serve', '--host', host, '--port', '0', '--daemon-port', '0', '--data-dir', dataDir,
  '--codex-home', codexHome, '--codex-bin', '/nonexistent/codex'], { stdio: ['ignore', 'pipe', 'inherit'] })
let out = ''
const url = await new Promise<string>((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error(`no listening line: ${out}`)), 20_000)
  gateway.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk
    const found = /listening on (http:\/\/\S+)/.exec(out)?.[1]
    if (found) { clearTimeout(timer); resolve(found) }
  })
})
try {
  const reply = await fetch(`${url}/v1/pairing/request`, { method: 'POST' })
  process.stdout.write(`${JSON.stringify({ status: reply.status, body: await reply.json() })}\n`)
} finally {
  gateway.kill('SIGTERM')
}
