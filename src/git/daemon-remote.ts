import { GitError, firstLine } from './git-error.ts'
import { requireRepoRoot } from './repo-root.ts'
import { runGit } from './run-git.ts'

/** A pull or push may wait on the network and on hooks; it still must end. */
export const NETWORK_TIMEOUT_MS = 120_000

// Every command here takes its remote and branch names from the repository's own config and
// refs, never from a client; they still sit after `--end-of-options` in case the config is odd.
// runGit sets GIT_TERMINAL_PROMPT=0, so a missing credential fails at once instead of waiting.

/**
 * get_git_remote: the URL of `origin`, else of the first remote, else null. A password in an
 * http(s) URL (`https://user:token@host/…`) is replaced by `***`: a phone has no use for it.
 */
export async function getGitRemote(dir: string): Promise<string | null> {
  const root = await requireRepoRoot(dir)
  const remote = await preferredRemote(root)
  if (remote === null) return null
  const url = await runGit(root, ['remote', 'get-url', '--end-of-options', remote])
  return redactPassword(url.stdout.trim())
}

/**
 * pull_git: `git pull --autostash` on the current branch's upstream, letting the user's
 * pull.rebase choose merge or rebase. When git refuses because the branches diverged and no
 * strategy is configured, it is retried as a merge (`--no-rebase`), as CodexMonitor does.
 * Conflicts stop the pull and come back as GIT_FAILED, the repository left for the user to resolve.
 */
export async function pullGit(dir: string): Promise<void> {
  const root = await requireRepoRoot(dir)
  try {
    await pull(root, [])
  } catch (error) {
    if (!(error instanceof GitError) || !/divergent branches|reconcile/i.test(stderrOf(error))) throw clearer(error)
    await pull(root, ['--no-rebase']).catch(e => { throw clearer(e) })
  }
}

// Exit 1 is a merge or rebase that stopped on conflicts: git says so on stdout, not stderr.
async function pull(root: string, strategy: string[]): Promise<void> {
  const pulled = await runGit(root, ['pull', ...strategy, '--autostash', '--no-edit'], { timeoutMs: NETWORK_TIMEOUT_MS, okExitCodes: [0, 1] })
  if (pulled.exitCode === 0) return
  const said = `${pulled.stdout}\n${pulled.stderr}`
  throw new GitError('GIT_FAILED', `git pull failed: ${gitSays(said)}`, { exitCode: pulled.exitCode, stderr: said.slice(-2000) })
}

/**
 * push_git: pushes HEAD to the current branch's upstream. A branch without an upstream is
 * pushed to `origin` (else the only or first remote) under its own name and the upstream set,
 * where plain `git push` would refuse: that refusal is all a phone could get otherwise.
 * A detached HEAD or a repository without remotes is GIT_FAILED.
 */
export async function pushGit(dir: string): Promise<void> {
  const root = await requireRepoRoot(dir)
  const branch = await currentBranch(root)
  const upstream = await upstreamOf(root, branch)
  const args = upstream
    ? ['push', '--end-of-options', upstream.remote, `HEAD:${upstream.ref}`]
    : ['push', '--set-upstream', '--end-of-options', await requireRemote(root), `HEAD:refs/heads/${branch}`]
  await runGit(root, args, { timeoutMs: NETWORK_TIMEOUT_MS }).catch(e => { throw clearer(e) })
}

/** sync_git: pull, then push (CodexMonitor's order). A branch without an upstream has nothing to pull and is only pushed. */
export async function syncGit(dir: string): Promise<void> {
  const root = await requireRepoRoot(dir)
  if (await upstreamOf(root, await currentBranch(root))) await pullGit(root)
  await pushGit(root)
}

async function preferredRemote(root: string): Promise<string | null> {
  const remotes = (await runGit(root, ['remote'])).stdout.split('\n').filter(name => name !== '')
  return remotes.includes('origin') ? 'origin' : remotes[0] ?? null
}

async function requireRemote(root: string): Promise<string> {
  const remote = await preferredRemote(root)
  if (remote === null) throw new GitError('GIT_FAILED', 'the repository has no remote to push to')
  return remote
}

async function currentBranch(root: string): Promise<string> {
  const head = await runGit(root, ['symbolic-ref', '--quiet', '--short', 'HEAD'], { okExitCodes: [0, 1] })
  if (head.exitCode !== 0) throw new GitError('GIT_FAILED', 'HEAD is detached: check out a branch first')
  return head.stdout.trim()
}

/** The remote and remote ref the branch tracks, or null. Branch names hold no NUL, so `%00` splits safely. */
async function upstreamOf(root: string, branch: string): Promise<{ remote: string, ref: string } | null> {
  const format = '--format=%(upstream:remotename)%00%(upstream:remoteref)'
  const listed = await runGit(root, ['for-each-ref', format, `refs/heads/${branch}`])
  const [remote, ref] = listed.stdout.replace(/\n$/, '').split('\0')
  return remote && ref ? { remote, ref } : null
}

function redactPassword(url: string): string {
  return url.replace(/^(https?:\/\/[^/@:]*):[^/@]*@/i, '$1:***@')
}

function stderrOf(error: GitError): string {
  return String((error.details as { stderr?: string } | undefined)?.stderr ?? '')
}

// `git push` and `git pull` often print "To <url>" or "From <url>" first; the line a person needs
// is the one starting with fatal:, error:, a rejected ref, or CONFLICT.
function gitSays(output: string): string {
  const line = output.split('\n').map(l => l.trim()).find(l => /^(fatal:|error:|! \[|CONFLICT)/.test(l))
  if (line === undefined) return firstLine(output)
  return line.length > 500 ? `${line.slice(0, 500)}…` : line
}

function clearer(error: unknown): unknown {
  if (!(error instanceof GitError) || error.reason !== 'GIT_FAILED' || !stderrOf(error)) return error
  const command = error.message.split(' failed: ')[0]
  return new GitError('GIT_FAILED', `${command} failed: ${gitSays(stderrOf(error))}`, error.details, { cause: error })
}
