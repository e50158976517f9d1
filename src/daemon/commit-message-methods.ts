import { commitMessagePrompt, generateCommitMessage } from '../core/commit-message.ts'
import { GatewayError } from '../errors.ts'
import type { MethodTable } from './context.ts'
import type { Params } from './frames.ts'
import { gitDir } from './git-methods.ts'

/** Commit message helpers: the prompt from the workspace's diff, and a message written by Codex in a thread no client sees. */
export const commitMessageMethods: MethodTable = {
  get_commit_message_prompt: async (params: Params<'DaemonGetCommitMessagePromptRequestFrame'>, context) =>
    commitMessagePrompt(await gitDir(context, params.workspaceId)),

  generate_commit_message: async (params: Params<'DaemonGenerateCommitMessageRequestFrame'>, context, caller) => {
    const entry = await context.workspaces.require(params.workspaceId)
    const { sessions } = context.workspaces
    const codex = sessions.server(entry.id)
    const prompt = await commitMessagePrompt(await gitDir(context, params.workspaceId))
    if (caller.socket.destroyed) throw new GatewayError('INVALID_REQUEST', 'the connection closed')
    // Nobody is left to read the message once the caller's connection closes: stop the turn then.
    const gone = new AbortController()
    const abandon = () => gone.abort()
    caller.socket.once('close', abandon)
    try {
      return await context.commitMessages.run(
        signal => generateCommitMessage(codex, sessions.privateThreads, entry.id, { cwd: entry.path, prompt, signal }),
        gone.signal,
      )
    } finally {
      caller.socket.off('close', abandon)
    }
  },
}
