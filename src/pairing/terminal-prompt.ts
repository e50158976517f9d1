import { createInterface } from 'node:readline'
import type { Readable, Writable } from 'node:stream'
import type { PairingService } from './pairing-service.ts'
import type { ConfirmOutcome, SettledConfirm, WaitingConfirm } from './pairing-types.ts'

const ENDED: Record<ConfirmOutcome, string> = {
  approve: 'approved elsewhere',
  deny: 'denied elsewhere',
  timeout: 'timed out',
  aborted: 'the device gave up',
}

/**
 * Asks at the gateway's terminal about each device waiting to pair, one at a time:
 * `Pair device "<name>" from <address>? [y/N]`. Only `y` or `yes` approves; any other answer denies.
 * Wire it only when `process.stdin.isTTY`. Returns a function that stops asking.
 */
export function promptInTerminal(service: PairingService, input: Readable, output: Writable): () => void {
  // terminal: false keeps the TTY in cooked mode, so Ctrl+C still reaches the gateway as SIGINT
  // instead of being swallowed by readline.
  const lines = createInterface({ input, terminal: false })
  const queue: WaitingConfirm[] = service.waitingConfirms()
  let asking: WaitingConfirm | undefined

  const askNext = () => {
    if (asking) return
    asking = queue.shift()
    if (asking) output.write(`Pair device ${JSON.stringify(asking.deviceName)} from ${asking.address}? [y/N] `)
  }
  const onWaiting = (waiting: WaitingConfirm) => {
    queue.push(waiting)
    askNext()
  }
  const onSettled = ({ confirmId, outcome }: SettledConfirm) => {
    const queued = queue.findIndex(w => w.confirmId === confirmId)
    if (queued >= 0) queue.splice(queued, 1)
    if (asking?.confirmId !== confirmId) return
    output.write(`\n(${ENDED[outcome]})\n`)
    asking = undefined
    askNext()
  }
  const onLine = (line: string) => {
    // A line typed while nothing is asked is dropped: stray type-ahead must never answer a later prompt.
    const current = asking
    if (!current) return
    asking = undefined
    const approved = /^\s*y(es)?\s*$/i.test(line)
    const applied = approved ? service.approve(current.pairingId, current.confirmId) : service.deny(current.pairingId, current.confirmId)
    output.write(applied ? `${approved ? 'approved' : 'denied'} ${JSON.stringify(current.deviceName)}\n` : '(no longer waiting)\n')
    askNext()
  }

  const stop = () => {
    service.off('waiting', onWaiting)
    service.off('settled', onSettled)
    lines.off('line', onLine)
    lines.close()
  }
  service.on('waiting', onWaiting)
  service.on('settled', onSettled)
  lines.on('line', onLine)
  lines.once('close', stop)
  askNext()
  return stop
}
