import type { AppServer } from '../codex/app-server.ts'
import { GatewayError } from '../errors.ts'
import { commitMessageDiff } from '../git/commit-message-diff.ts'
import type { PrivateThreads } from './private-threads.ts'

/** A commit message that takes longer than this is given up (the turn interrupted, the thread archived). */
export const GENERATION_TIMEOUT_MS = 120_000
/** How long the temporary thread may take to start (the workspace's messages are held meanwhile). */
const THREAD_START_TIMEOUT_MS = 15_000

const INSTRUCTIONS = `You write git commit messages. Write one for the changes below.
- First line: a summary in the imperative mood, at most 72 characters, no trailing period.
- If the change needs explaining, add a blank line and a short body (wrap at 72 characters) saying what changed and why.
- Answer with the commit message only: no preamble, no quotes, no code fences. Do not run any command.`

/**
 * get_commit_message_prompt: the instructions plus the staged diff, or the working tree's diff
 * when nothing is staged. NO_CHANGES when there is neither.
 */
export async function commitMessagePrompt(dir: string): Promise<string> {
  const { source, diff, truncated } = await commitMessageDiff(dir)
  if (diff.trim() === '') throw new GatewayError('NO_CHANGES', 'no changes to describe: nothing is staged and the working tree has no changes')
  const what = source === 'staged' ? 'Staged changes' : 'Changes (nothing is staged)'
  const cut = truncated ? '\n[the diff was cut here: it is larger than the model is shown]\n' : ''
  return `${INSTRUCTIONS}\n\n${what}:\n\n${diff}${cut}`
}

export interface GenerateOptions {
  cwd: string
  prompt: string
  /** Aborting (the caller went away, the gateway stops) interrupts the turn; the thread is archived all the same. */
  signal?: AbortSignal
  timeoutMs?: number
}

/**
 * generate_commit_message: a temporary thread on the workspace's app-server, read-only and never
 * asking for approval, whose events reach no client (`private`), one turn with the prompt, and
 * the agent's final message as the result. The thread is archived whatever happens.
 */
export async function generateCommitMessage(codex: AppServer, privateThreads: PrivateThreads, workspaceId: string, options: GenerateOptions): Promise<string> {
  options.signal?.throwIfAborted()
  const threadId = await privateThreads.start(workspaceId, async () => {
    // The workspace's other messages wait while this runs: give it less time than a normal request.
    const started = await codex.request('thread/start', { cwd: options.cwd, approvalPolicy: 'never', sandbox: 'read-only' }, { timeoutMs: THREAD_START_TIMEOUT_MS })
    return started.thread.id as string
  })
  const reply = agentReply(codex, threadId)
  try {
    const turn = await codex.request('turn/start', { threadId, input: [{ type: 'text', text: options.prompt, text_elements: [] }] })
    const message = await untilDone(reply.done, options)
      .catch(async (error: unknown) => {
        await codex.request('turn/interrupt', { threadId, turnId: turn.turn.id }).catch(() => {})
        throw error
      })
    if (message === '') throw new GatewayError('CODEX_ERROR', 'the agent answered without a commit message')
    return message
  } finally {
    reply.stop()
    await codex.request('thread/archive', { threadId }).catch(() => {}) // a stopped app-server has nothing left to archive to
  }
}

/** The thread's last agent message once its turn completes; a failed turn rejects with Codex's error. */
function agentReply(codex: AppServer, threadId: string): { done: Promise<string>, stop: () => void } {
  let text = ''
  let deltas = ''
  let settle!: { resolve: (text: string) => void, reject: (error: Error) => void }
  const done = new Promise<string>((resolve, reject) => { settle = { resolve, reject } })
  done.catch(() => {})
  const listen = (message: { method: string, params?: any }) => {
    const params = message.params
    if (params?.threadId !== threadId) return
    if (message.method === 'item/agentMessage/delta') deltas += params.delta ?? ''
    if (message.method === 'item/completed' && params.item?.type === 'agentMessage') text = params.item.text ?? deltas
    if (message.method !== 'turn/completed') return
    const turn = params.turn
    if (turn?.status === 'completed') settle.resolve((text || deltas).trim())
    else settle.reject(new GatewayError('CODEX_ERROR', `the commit message turn ${turn?.status ?? 'failed'}: ${turn?.error?.message ?? 'no reason given'}`))
  }
  const down = () => settle.reject(new GatewayError('CODEX_UNAVAILABLE', 'the workspace\'s app-server went away'))
  codex.on('message', listen)
  codex.on('down', down)
  return { done, stop: () => { codex.off('message', listen); codex.off('down', down) } }
}

/** `done`, or a rejection at the timeout or when the signal aborts (whichever comes first; nothing is left waiting). */
function untilDone(done: Promise<string>, options: GenerateOptions): Promise<string> {
  const timeoutMs = options.timeoutMs ?? GENERATION_TIMEOUT_MS
  return new Promise<string>((resolve, reject) => {
    const finish = (settle: () => void) => {
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', abort)
      settle()
    }
    const timer = setTimeout(() => finish(() => reject(new GatewayError('CODEX_UNAVAILABLE', `no commit message within ${timeoutMs / 1000} s`))), timeoutMs)
    const abort = () => finish(() => reject(new GatewayError('CODEX_UNAVAILABLE', 'the commit message was abandoned: its caller or the gateway went away')))
    options.signal?.addEventListener('abort', abort, { once: true })
    done.then(text => finish(() => resolve(text)), (error: unknown) => finish(() => reject(error)))
  })
}
