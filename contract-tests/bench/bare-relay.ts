/**
 * The calibration for fan-out: the barest WebSocket relay of `codex app-server` there is.
 * Every stdout line of the app-server goes, as it is, to every connected client; every client
 * frame goes to the app-server's stdin. No auth, no parsing, no backpressure. With many clients
 * on a small machine the measuring clients eat the CPU, so the gateway's fan-out is judged
 * against this relay measured in the same run with the same clients.
 *
 * Usage: node bare-relay.ts CODEX_HOME   (prints `bare relay listening on PORT`)
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { WebSocketServer, type WebSocket } from 'ws'
import { CODEX_BIN } from '../support/raw-app-server.ts'

const codexHome = process.argv[2]
if (!codexHome) {
  process.stderr.write('usage: node bare-relay.ts CODEX_HOME\n')
  process.exit(2)
}

const child = spawn(CODEX_BIN, ['app-server'], { env: { ...process.env, CODEX_HOME: codexHome }, stdio: ['pipe', 'pipe', 'inherit'] })
child.on('exit', code => {
  process.stderr.write(`bare relay: app-server exited (${code})\n`)
  process.exit(1)
})

const clients = new Set<WebSocket>()
createInterface({ input: child.stdout }).on('line', line => {
  for (const ws of clients) ws.send(line)
})

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 })
wss.on('connection', ws => {
  clients.add(ws)
  ws.on('message', data => child.stdin.write(`${data}\n`))
  ws.on('close', () => clients.delete(ws))
  ws.on('error', () => ws.terminate())
})
wss.on('listening', () => {
  const address = wss.address() as { port: number }
  process.stdout.write(`bare relay listening on ${address.port}\n`)
})

const stop = () => {
  child.removeAllListeners('exit')
  child.kill('SIGTERM')
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
