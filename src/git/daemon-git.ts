// The daemon face's git operations (CodexMonitor's `*_git_*` methods), one concept per file.
// Each takes the workspace directory; the repository is the work tree containing it.
export { checkoutGitBranch, createGitBranch, listGitBranches } from './daemon-branches.ts'
export { getGitCommitDiff, getGitDiffs } from './daemon-diff.ts'
export { getGitLog } from './daemon-log.ts'
export type { BranchInfo, GitDiffHunk, GitFileDiff, GitFileStatus, GitLogEntry, GitLogResponse, GitStatusResponse } from './daemon-models.ts'
export { getGitRemote, pullGit, pushGit, syncGit } from './daemon-remote.ts'
export { listGitRoots } from './daemon-roots.ts'
export { commitGit, revertGitAll, revertGitFile, stageGitAll, stageGitFile, unstageGitFile } from './daemon-stage.ts'
export { getGitStatus } from './daemon-status.ts'
