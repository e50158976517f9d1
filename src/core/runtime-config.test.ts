import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { makeCodexHome, makeGitRepo } from '../../contract-tests/support/codex-home.ts'
import { startFakeModel } from '../../contract-tests/support/fake-model.ts'
import { AppServer } from '../codex/app-server.ts'
import { readRuntimeContext, writeRuntimeConfig } from './runtime-config.ts'
import { setTopLevelStrings } from './toml-edit.ts'

/** A real app-server on a temp CODEX_HOME whose config.toml is `toml` (or makeCodexHome's default). */
async function setup(t: Test, toml?: (modelUrl: string) => string) {
  const model = await startFakeModel([])
  const codexHome = await makeCodexHome(model.url)
  const configPath = join(codexHome, 'config.toml')
  if (toml) await writeFile(configPath, toml(model.url))
  const codex = new AppServer({ codexHome, clientVersion: 'test', requestTimeoutMs: 20_000 })
  t.teardown(async () => {
    await codex.stop()
    await model.close()
    await rm(codexHome, { recursive: true, force: true })
  })
  await codex.start()
  return { codex, codexHome, configPath, model }
}

const provider = (url: string) => `[model_providers.fake]\nname = "Fake"\nbase_url = "${url}"\nwire_api = "responses"\nrequires_openai_auth = false\n`

/** A hand-kept config: comments everywhere, unusual spacing and key order, tables, a project. */
const handKept = (url: string) => [
  '# my codex settings',
  '',
  'model_provider   = "fake"   # the scripted one',
  'approval_policy = "on-request" # ask me',
  "model = 'gpt-5.5'",
  '\tsandbox_mode="workspace-write"',
  'check_for_update_on_startup = false',
  '',
  '# providers below',
  provider(url),
  '[analytics]',
  'enabled = false # no telemetry',
  '',
  '[projects."/tmp/some project"]',
  'trust_level = "trusted"',
  '',
].join('\n')

t.test('the context reports the effective settings, the project override and the trust of a project', async t => {
  const repo = await makeGitRepo()
  const other = await makeGitRepo()
  t.teardown(() => Promise.all([repo, other].map(dir => rm(dir, { recursive: true, force: true }))))
  await mkdir(join(repo, '.codex'))
  await writeFile(join(repo, '.codex', 'config.toml'), 'model_reasoning_effort = "high"\n')
  await mkdir(join(repo, 'src'))
  const model = await startFakeModel([])
  const codexHome = await makeCodexHome(model.url, { approvalPolicy: 'never', sandboxMode: 'read-only', extraToml: `\n[projects."${repo}"]\ntrust_level = "trusted"\n` })
  const codex = new AppServer({ codexHome, clientVersion: 'test', requestTimeoutMs: 20_000 })
  t.teardown(async () => {
    await codex.stop()
    await model.close()
    await rm(codexHome, { recursive: true, force: true })
  })
  await codex.start()

  t.same(await readRuntimeContext(codex, repo), {
    runtimeMode: 'local', approvalPolicy: 'never', sandboxMode: 'read-only', model: 'gpt-5.5', modelReasoningEffort: 'high', trustLevel: 'trusted',
  })
  t.equal((await readRuntimeContext(codex, join(repo, 'src'))).trustLevel, 'trusted', 'a subdirectory has the trust of its repository')
  t.same(await readRuntimeContext(codex, other), {
    runtimeMode: 'local', approvalPolicy: 'never', sandboxMode: 'read-only', model: 'gpt-5.5', modelReasoningEffort: null, trustLevel: null,
  }, 'an untrusted project has no trust level and no project override')
})

t.test('a write changes just the two values and keeps every other byte, CRLF line endings included', async t => {
  const crlf = (url: string) => handKept(url).replaceAll('\n', '\r\n')
  const { codex, codexHome, configPath, model } = await setup(t, crlf)
  const original = await readFile(configPath, 'utf8')

  const result = await writeRuntimeConfig(codex, codexHome, { approvalPolicy: 'never', sandboxMode: 'danger-full-access' })

  t.same(result, { approvalPolicy: 'never', sandboxMode: 'danger-full-access' })
  const expected = crlf(model.url)
    .replace('approval_policy = "on-request" # ask me', 'approval_policy = "never" # ask me')
    .replace('\tsandbox_mode="workspace-write"', '\tsandbox_mode="danger-full-access"')
  t.not(expected, original)
  t.equal(await readFile(configPath, 'utf8'), expected)

  const repo = await makeGitRepo()
  t.teardown(() => rm(repo, { recursive: true, force: true }))
  const started = await codex.request('thread/start', { cwd: repo })
  t.equal(started.approvalPolicy, 'never', 'a new thread gets the new approval policy')
  t.equal(started.sandbox.type, 'dangerFullAccess', 'and the new sandbox')

  const restarted = new AppServer({ codexHome, clientVersion: 'test', requestTimeoutMs: 20_000 })
  t.teardown(() => restarted.stop())
  await restarted.start()
  t.equal((await readRuntimeContext(restarted, repo)).approvalPolicy, 'never', 'a fresh app-server starts with the written file')
})

t.test('untrusted, unknown values and an empty patch are refused and the file stays as it was', async t => {
  const { codex, codexHome, configPath } = await setup(t, url => handKept(url).replaceAll('\n', '\r\n'))
  const original = await readFile(configPath, 'utf8')

  await t.rejects(writeRuntimeConfig(codex, codexHome, { approvalPolicy: 'untrusted' }), { code: 'INVALID_REQUEST', message: /untrusted.*not supported/ })
  await t.rejects(writeRuntimeConfig(codex, codexHome, { approvalPolicy: 'bogus' }), { code: 'INVALID_REQUEST', message: /approvalPolicy must be one of on-request, never, on-failure/ })
  await t.rejects(writeRuntimeConfig(codex, codexHome, { sandboxMode: 'bogus' }), { code: 'INVALID_REQUEST', message: /sandboxMode must be one of/ })
  await t.rejects(writeRuntimeConfig(codex, codexHome, { approvalPolicy: 'never', sandboxMode: 'bogus' }), { code: 'INVALID_REQUEST' }, 'one bad value refuses the whole patch')
  await t.rejects(writeRuntimeConfig(codex, codexHome, {}), { code: 'INVALID_REQUEST', message: /neither/ })
  await t.rejects(writeRuntimeConfig(codex, codexHome, { approvalPolicy: undefined }), { code: 'INVALID_REQUEST', message: /neither/ })
  t.equal(await readFile(configPath, 'utf8'), original)
})

t.test('missing keys are added at top level, after the last top-level key and before the first table', async t => {
  const { codex, codexHome, configPath, model } = await setup(t, url => `# settings\nmodel = "gpt-5.5"\nmodel_provider = "fake"\n\n# the fake model\n${provider(url)}`)

  await writeRuntimeConfig(codex, codexHome, { sandboxMode: 'read-only', approvalPolicy: 'never' })

  t.equal(await readFile(configPath, 'utf8'),
    `# settings\nmodel = "gpt-5.5"\nmodel_provider = "fake"\napproval_policy = "never"\nsandbox_mode = "read-only"\n\n# the fake model\n${provider(model.url)}`)
  t.same(await readRuntimeContext(codex, tmpdir()), {
    runtimeMode: 'local', approvalPolicy: 'never', sandboxMode: 'read-only', model: 'gpt-5.5', modelReasoningEffort: null, trustLevel: null,
  })
})

t.test('on-failure is written as on-request, which Codex reads it as', async t => {
  const { codex, codexHome, configPath } = await setup(t, url => `approval_policy = "on-failure"\r\nmodel_provider = "fake"\r\n${provider(url)}`)
  const before = await readFile(configPath, 'utf8')

  t.same(await writeRuntimeConfig(codex, codexHome, { approvalPolicy: 'on-request' }), { approvalPolicy: 'on-request', sandboxMode: null })
  t.equal(await readFile(configPath, 'utf8'), before.replace('on-failure', 'on-request'), 'written although Codex thinks it a no-op')
  t.same(await writeRuntimeConfig(codex, codexHome, { approvalPolicy: 'on-failure' }), { approvalPolicy: 'on-request', sandboxMode: null })
  t.equal(await readFile(configPath, 'utf8'), before.replace('on-failure', 'on-request'))
})

t.test('a write racing another writer is retried once and keeps both changes', async t => {
  const { codex, codexHome, configPath, model } = await setup(t, url => handKept(url).replaceAll('\n', '\r\n'))
  const trusted = '[projects."/tmp/elsewhere"]\r\ntrust_level = "trusted"\r\n'
  let raced = 0
  const racing = {
    async request<T>(method: string, params: unknown): Promise<T> {
      // Codex records trust the same way when a thread starts in a new project.
      if (method === 'config/batchWrite' && raced++ === 0) await appendFile(configPath, trusted)
      return codex.request<T>(method, params)
    },
  }

  await writeRuntimeConfig(racing, codexHome, { sandboxMode: 'read-only' })

  t.equal(raced, 2, 'the conflict was retried once')
  t.equal(await readFile(configPath, 'utf8'), handKept(model.url).replaceAll('\n', '\r\n').replace('"workspace-write"', '"read-only"') + trusted)
})

t.test('a config.toml Codex cannot load is refused with its reason and left as it is', async t => {
  const { codex, codexHome, configPath } = await setup(t)
  await appendFile(configPath, '\n[history]\npersistence = "bogus"\n') // a hand edit while the gateway runs
  const broken = await readFile(configPath, 'utf8')

  await t.rejects(writeRuntimeConfig(codex, codexHome, { approvalPolicy: 'never' }), { code: 'CODEX_ERROR', message: /history\.persistence/ })
  t.equal(await readFile(configPath, 'utf8'), broken)
})

t.test('a CODEX_HOME without config.toml gets one from Codex', async t => {
  const codexHome = await mkdtemp(join(tmpdir(), 'codex-home-'))
  const codex = new AppServer({ codexHome, clientVersion: 'test', requestTimeoutMs: 20_000 })
  t.teardown(async () => {
    await codex.stop()
    await rm(codexHome, { recursive: true, force: true })
  })
  await codex.start()

  t.same(await writeRuntimeConfig(codex, codexHome, { approvalPolicy: 'never' }), { approvalPolicy: 'never', sandboxMode: null })
  t.equal(await readFile(join(codexHome, 'config.toml'), 'utf8'), 'approval_policy = "never"\n')
})

t.test('the in-place edit keeps every byte it does not have to change', async t => {
  const set = { approval_policy: 'never' }
  t.equal(setTopLevelStrings('\uFEFFmodel = "m"\r\napproval_policy = \'on-request\'', set), '\uFEFFmodel = "m"\r\napproval_policy = "never"', 'a BOM and a missing final newline stay')
  t.equal(setTopLevelStrings('a = 1\r\nb = 2\n[t]\n', set), 'a = 1\r\nb = 2\napproval_policy = "never"\n[t]\n', 'a new line takes the ending of the line before it')
  t.equal(setTopLevelStrings('# top\n\n[t]\nx = 1\n', set), 'approval_policy = "never"\n# top\n\n[t]\nx = 1\n', 'without top-level keys it goes first, as Codex puts it')
  t.equal(setTopLevelStrings('notify = [\n  "a", # [\n  "]",\n]\n[t]\n', set), 'notify = [\n  "a", # [\n  "]",\n]\napproval_policy = "never"\n[t]\n', 'after a multi-line array, not inside it')
  t.equal(setTopLevelStrings('s = """\n[not a table]\n"""\n"approval_policy" = "x" # c\n[t]\n', set), 's = """\n[not a table]\n"""\n"approval_policy" = "never" # c\n[t]\n', 'a multi-line string and a quoted key')
  t.equal(setTopLevelStrings("approval_policy = 'never'\n", set), "approval_policy = 'never'\n", 'a value already set keeps even its quotes')
  t.equal(setTopLevelStrings('[profiles.p]\napproval_policy = "x"\n', set), 'approval_policy = "never"\n[profiles.p]\napproval_policy = "x"\n', 'the same key inside a table is left alone')
  t.throws(() => setTopLevelStrings('approval_policy.granular.rules = true\n', set), /dotted key/)
  t.throws(() => setTopLevelStrings('a = "unterminated\n', set))
})
