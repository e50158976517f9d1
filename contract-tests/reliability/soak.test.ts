import { spawn } from 'node:child_process'
import { join } from 'node:path'
import t from 'tap'

// The 2-minute version of the soak (contract-tests/soak.ts) that CI runs; the long one is
// `node contract-tests/soak.ts --minutes 20`.

const MINUTES = process.env.SOAK_MINUTES ?? '2'
t.setTimeout((Number(MINUTES) * 60 + 240) * 1000)

t.test(`${MINUTES} minutes of ten clients on three faces with app-server kills lose nothing and stay flat`, async t => {
  const child = spawn(process.execPath, [join(import.meta.dirname, '../soak.ts'), '--minutes', MINUTES], { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => { output += chunk })
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => { output += chunk })
  const code = await new Promise<number | null>(resolve => child.once('close', resolve))
  const report = output.split('\n').filter(line => line.startsWith('soak:')).join('\n')
  t.comment(report)
  t.equal(code, 0, 'the soak passed', { output: output.slice(-6000) })
})
