import { runGit } from './run-git.ts'

/** Cloning a skill repository may wait on the network; it still must end. */
const SKILL_CLONE_TIMEOUT_MS = 120_000

/**
 * `git clone --depth 1 -- <source> <dest>` for a skill: only the transports a URL may name
 * safely (https, ssh, git, file and local paths; never `ext::`, which would run a command), no
 * submodules, and the clone's own hooks never exist (hooks are not cloned).
 */
export async function gitCloneSkill(source: string, dest: string, parent: string): Promise<void> {
  const args = ['-c', 'protocol.allow=never', '-c', 'protocol.https.allow=always', '-c', 'protocol.http.allow=always',
    '-c', 'protocol.ssh.allow=always', '-c', 'protocol.git.allow=always', '-c', 'protocol.file.allow=always',
    'clone', '--quiet', '--depth', '1', '--no-recurse-submodules', '--', source, dest]
  await runGit(parent, args, { timeoutMs: SKILL_CLONE_TIMEOUT_MS })
}
