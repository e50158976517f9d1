import type { PairingService } from './pairing-service.ts'
import { terminalQr } from './pairing-uri.ts'
import { promptInTerminal } from './terminal-prompt.ts'

/**
 * The gateway's terminal side of pairing: every new pairing's QR is printed, and when the
 * gateway has an interactive terminal, a waiting phone is approved or denied right there.
 * Returns the function that stops listening.
 */
export function watchPairing(service: PairingService, log: (line: string) => void): () => void {
  const onRequested = async ({ pairingId, pairingUri }: { pairingId: string, pairingUri: string }) => {
    process.stdout.write(`\nScan to pair (pairing ${pairingId}):\n${await terminalQr(pairingUri)}\n`)
    log(`or approve from another shell: codex-gateway pairing approve ${pairingId}`)
  }
  service.on('requested', onRequested)
  const stopPrompt = process.stdin.isTTY ? promptInTerminal(service, process.stdin, process.stdout) : () => {}
  return () => {
    service.off('requested', onRequested)
    stopPrompt()
  }
}
