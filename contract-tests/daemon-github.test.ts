import { execFile } from 'node:child_process'
import { mkdtemp, realpath, rm, symlink } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { refusal } from './support/daemon-client.ts'
import { ghStandIn } from './support/gh-standin.ts'
import { startGateway } from './support/gateway.ts'

const run = promisify(execFile)
const REPO = 'octo-org/hello-world'

const ISSUES = [
  { number: 7, title: 'Crash on start', url: `https://github.com/${REPO}/issues/7`, updatedAt: '2026-01-20T10:00:00Z', state: 'OPEN', labels: [] },
  { number: 3, title: 'Docs', url: `https://github.com/${REPO}/issues/3`, updatedAt: '2026-01-02T08:30:00Z' },
]
const PULLS = [
  {
    number: 12, title: 'Add greeting', url: `https://github.com/${REPO}/pull/12`, updatedAt: '2026-01-21T09:00:00Z', createdAt: '2026-01-19T09:00:00Z',
    body: 'Says hello.', headRefName: 'feature/greet', baseRefName: 'main', isDraft: false,
    author: { id: 'MDQ6', is_bot: false, login: 'octocat', name: 'The Octocat' },
  },
  { number: 13, title: 'WIP', url: `https://github.com/${REPO}/pull/13`, updatedAt: '2026-01-22T09:00:00Z', createdAt: '2026-01-22T08:00:00Z', body: '', headRefName: 'wip', baseRefName: 'main', isDraft: true, author: null },
]
const DIFF = [
  'diff --git a/src/app.ts b/src/app.ts',
  'index 1111111..2222222 100644',
  '--- a/src/app.ts',
  '+++ b/src/app.ts',
  '@@ -1 +1 @@',
  '-export {}',
  '+export const greet = () => "hi"',
  'diff --git a/docs/new guide.md b/docs/new guide.md',
  'new file mode 100644',
  'index 0000000..3333333',
  '--- /dev/null',
  '+++ b/docs/new guide.md',
  '@@ -0,0 +1 @@',
  '+# Guide',
  'diff --git a/old.txt b/old.txt',
  'deleted file mode 100644',
  'index 4444444..0000000',
  '--- a/old.txt',
  '+++ /dev/null',
  '@@ -1 +0,0 @@',
  '-bye',
  'diff --git a/a.txt b/b.txt',
  'similarity index 100%',
  'rename from a.txt',
  'rename to b.txt',
  '',
].join('\n')
const COMMENTS = [
  { id: 901, node_id: 'IC_1', html_url: `https://github.com/${REPO}/pull/12#issuecomment-901`, body: 'Looks good', created_at: '2026-01-21T10:00:00Z', user: { login: 'reviewer', id: 5 } },
  { id: 902, html_url: `https://github.com/${REPO}/pull/12#issuecomment-902`, body: null, created_at: '2026-01-21T11:00:00Z', user: null },
]

t.test('GitHub through the gh CLI', async t => {
  const gh = await ghStandIn(t)
  const gw = await startGateway(t, { env: gh.env, waitForCodex: false })
  const client = await gw.daemon()
  await run('git', ['remote', 'add', 'origin', `git@github.com:${REPO}.git`], { cwd: gw.repo })
  const workspace = await client.call('add_workspace', { path: gw.repo })
  const repoDir = await realpath(gw.repo)
  const searchQuery = (kind: string) => `search/issues?q=${encodeURIComponent(`repo:${REPO} is:${kind} is:open`)}&per_page=1`

  t.test('get_github_issues runs gh issue list for the remote\'s repository and counts the open issues', async t => {
    await gh.script([
      { match: '^issue list ', stdout: JSON.stringify(ISSUES) },
      { match: '^api search/issues', stdout: JSON.stringify({ total_count: 73, incomplete_results: false, items: [] }) },
    ])
    const result = await client.call('get_github_issues', { workspaceId: workspace.id })
    t.same(result, {
      total: 73,
      issues: [
        { number: 7, title: 'Crash on start', url: `https://github.com/${REPO}/issues/7`, updatedAt: '2026-01-20T10:00:00Z' },
        { number: 3, title: 'Docs', url: `https://github.com/${REPO}/issues/3`, updatedAt: '2026-01-02T08:30:00Z' },
      ],
    })
    const calls = await gh.calls()
    t.same(calls.map(call => call.argv), [
      ['issue', 'list', '--repo', REPO, '--state', 'open', '--limit', '50', '--json', 'number,title,url,updatedAt'],
      ['api', searchQuery('issue')],
    ])
    t.equal(await realpath(calls[0].cwd), repoDir, 'gh runs in the repository')
    t.same(calls[0].env, { GH_PROMPT_DISABLED: '1', NO_COLOR: '1', GH_NO_UPDATE_NOTIFIER: '1' }, 'gh never prompts')
  })

  t.test('get_github_pull_requests keeps the clients\' fields and falls back to the listed count when search fails', async t => {
    await gh.script([
      { match: '^pr list ', stdout: JSON.stringify(PULLS) },
      { match: '^api search/issues', stderr: 'HTTP 403: API rate limit exceeded', exit: 1 },
    ])
    const result = await client.call('get_github_pull_requests', { workspaceId: workspace.id })
    t.equal(result.total, 2, 'the listed count')
    t.same(result.pullRequests[0], {
      number: 12, title: 'Add greeting', url: `https://github.com/${REPO}/pull/12`, updatedAt: '2026-01-21T09:00:00Z', createdAt: '2026-01-19T09:00:00Z',
      body: 'Says hello.', headRefName: 'feature/greet', baseRefName: 'main', isDraft: false, author: { login: 'octocat' },
    })
    t.match(result.pullRequests[1], { number: 13, isDraft: true, author: null })
    t.same((await gh.calls()).map(call => call.argv), [
      ['pr', 'list', '--repo', REPO, '--state', 'open', '--limit', '50', '--json', 'number,title,url,updatedAt,createdAt,body,headRefName,baseRefName,isDraft,author'],
      ['api', searchQuery('pr')],
    ])
  })

  t.test('get_github_pull_request_diff cuts gh pr diff into one entry per file', async t => {
    await gh.script([{ match: '^pr diff 12 ', stdout: DIFF }])
    const files = await client.call('get_github_pull_request_diff', { workspaceId: workspace.id, prNumber: 12 })
    t.same(files.map((file: any) => [file.path, file.status]), [['src/app.ts', 'M'], ['docs/new guide.md', 'A'], ['old.txt', 'D'], ['b.txt', 'R']])
    t.equal(files[0].diff, DIFF.split('\ndiff --git a/docs')[0])
    t.ok(files.every((file: any) => file.diff.startsWith('diff --git ')), 'each patch starts at its header')
    t.same((await gh.calls()).map(call => call.argv), [['pr', 'diff', '12', '--repo', REPO, '--color', 'never']])
  })

  t.test('get_github_pull_request_comments reads the REST comments and maps them to the clients\' model', async t => {
    await gh.script([{ match: '^api repos/', stdout: JSON.stringify(COMMENTS) }])
    t.same(await client.call('get_github_pull_request_comments', { workspaceId: workspace.id, prNumber: 12 }), [
      { id: 901, body: 'Looks good', createdAt: '2026-01-21T10:00:00Z', url: `https://github.com/${REPO}/pull/12#issuecomment-901`, author: { login: 'reviewer' } },
      { id: 902, body: '', createdAt: '2026-01-21T11:00:00Z', url: `https://github.com/${REPO}/pull/12#issuecomment-902`, author: null },
    ])
    t.same((await gh.calls()).map(call => call.argv), [['api', `repos/${REPO}/issues/12/comments?per_page=30`]])
  })

  t.test('gh failing is GITHUB_FAILED with its own words; gh not logged in says to run gh auth login', async t => {
    await gh.script([{ match: '^pr diff', stderr: 'could not find pull request #99 in octo-org/hello-world\n', exit: 1 }])
    const failed = await refusal(client.call('get_github_pull_request_diff', { workspaceId: workspace.id, prNumber: 99 }))
    t.equal(failed.code, 'GITHUB_FAILED')
    t.match(failed.message, 'could not find pull request #99')
    await gh.script([{ match: '.', stderr: 'To get started with GitHub CLI, please run:  gh auth login\n', exit: 4 }])
    const anonymous = await refusal(client.call('get_github_issues', { workspaceId: workspace.id }))
    t.equal(anonymous.code, 'GITHUB_CLI_UNAVAILABLE')
    t.match(anonymous.message, /not logged in.*gh auth login/)
    await gh.script([{ match: '.', stdout: 'not json' }])
    t.equal((await refusal(client.call('get_github_issues', { workspaceId: workspace.id }))).code, 'GITHUB_FAILED')
    await gh.calls()
  })

  t.test('bad pull request numbers never reach gh', async t => {
    for (const prNumber of [0, -1, 1.5, '12', '12; rm -rf /']) {
      t.equal((await refusal(client.call('get_github_pull_request_diff', { workspaceId: workspace.id, prNumber }))).code, 'INVALID_REQUEST', String(prNumber))
    }
    t.same(await gh.calls(), [])
  })

  t.test('a workspace whose remote is not on github.com is refused before gh runs', async t => {
    await run('git', ['remote', 'set-url', 'origin', 'https://gitlab.com/octo-org/hello-world.git'], { cwd: gw.repo })
    const other = await refusal(client.call('get_github_issues', { workspaceId: workspace.id }))
    t.equal(other.code, 'NOT_A_GITHUB_REPOSITORY')
    await run('git', ['remote', 'remove', 'origin'], { cwd: gw.repo })
    t.equal((await refusal(client.call('get_github_pull_requests', { workspaceId: workspace.id }))).code, 'NOT_A_GITHUB_REPOSITORY')
    await run('git', ['remote', 'add', 'upstream', `https://x-access-token:secret@github.com/${REPO}`], { cwd: gw.repo })
    await gh.script([{ match: '^pr diff', stdout: '' }])
    t.same(await client.call('get_github_pull_request_diff', { workspaceId: workspace.id, prNumber: 1 }), [], 'the first remote serves when there is no origin')
    t.same((await gh.calls())[0].argv.slice(3, 5), ['--repo', REPO])
  })
})

t.test('without gh on the gateway host the GitHub methods say it is not installed', async t => {
  const bin = await mkdtemp(join(tmpdir(), 'no-gh-bin-'))
  t.teardown(() => rm(bin, { recursive: true, force: true }))
  const { stdout: git } = await run('sh', ['-c', 'command -v git'])
  await symlink(git.trim(), join(bin, 'git'))
  await symlink(process.execPath, join(bin, 'node'))
  const path = `${bin}:/usr/bin:/bin`
  const found = await run('sh', ['-c', 'command -v gh'], { env: { PATH: path } }).then(() => true, () => false)
  if (found) return t.pass('skipped: this host has gh in /usr/bin')
  const gw = await startGateway(t, { env: { PATH: path }, waitForCodex: false })
  const client = await gw.daemon()
  await run('git', ['remote', 'add', 'origin', `https://github.com/${REPO}.git`], { cwd: gw.repo })
  const workspace = await client.call('add_workspace', { path: gw.repo })
  const missing = await refusal(client.call('get_github_issues', { workspaceId: workspace.id }))
  t.equal(missing.code, 'GITHUB_CLI_UNAVAILABLE')
  t.match(missing.message, /not installed/)
})
