/**
 * A recording stand-in for the GitHub CLI (GitHub itself is out of reach in tests): a `gh`
 * executable put first on the gateway's PATH. Each call appends `{argv, cwd, env}` to a log
 * and answers with the first scripted reply whose pattern matches its argv (joined by spaces).
 */
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestContext } from './gateway.ts'

export interface GhReply {
  /** A regular expression tested against the argv joined by spaces. */
  match: string
  stdout?: string
  stderr?: string
  exit?: number
}

export interface GhCall {
  argv: string[]
  cwd: string
  /** The variables the gateway sets for gh. */
  env: Record<string, string | undefined>
}

const SCRIPT = `
const { appendFileSync, readFileSync } = require('node:fs')
const dir = __dirname
const argv = process.argv.slice(2)
const env = {}
for (const name of ['GH_PROMPT_DISABLED', 'NO_COLOR', 'GH_NO_UPDATE_NOTIFIER']) env[name] = process.env[name]
appendFileSync(dir + '/calls.jsonl', JSON.stringify({ argv, cwd: process.cwd(), env }) + '\\n')
const replies = JSON.parse(readFileSync(dir + '/replies.json', 'utf8'))
const reply = replies.find(r => new RegExp(r.match).test(argv.join(' ')))
if (!reply) { process.stderr.write('stand-in gh: nothing scripted for ' + argv.join(' ') + '\\n'); process.exit(1) }
process.stdout.write(reply.stdout ?? '')
process.stderr.write(reply.stderr ?? '')
process.exitCode = reply.exit ?? 0
`

/** Creates the stand-in; `env` goes to startGateway, `script()` sets the replies, `calls()` reads the log. */
export async function ghStandIn(t: TestContext, replies: GhReply[] = []) {
  const dir = await mkdtemp(join(tmpdir(), 'gh-standin-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  await writeFile(join(dir, 'gh-standin.cjs'), SCRIPT)
  await writeFile(join(dir, 'gh'), `#!${process.execPath}\nrequire(${JSON.stringify(join(dir, 'gh-standin.cjs'))})\n`)
  await chmod(join(dir, 'gh'), 0o755)
  const script = (next: GhReply[]) => writeFile(join(dir, 'replies.json'), JSON.stringify(next))
  await script(replies)
  return {
    dir,
    env: { PATH: `${dir}:${process.env.PATH}` },
    script,
    /** Every call so far, then forgets them. */
    async calls(): Promise<GhCall[]> {
      const text = await readFile(join(dir, 'calls.jsonl'), 'utf8').catch(() => '')
      await writeFile(join(dir, 'calls.jsonl'), '')
      return text.split('\n').filter(line => line !== '').map(line => JSON.parse(line))
    },
  }
}
