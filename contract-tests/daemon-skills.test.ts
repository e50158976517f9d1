import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import t from 'tap'
import { refusal } from './support/daemon-client.ts'
import { startGateway, type TestContext } from './support/gateway.ts'

const run = promisify(execFile)

/** A local git repository named `name` whose root holds `files`; returns its path. */
async function skillRepo(t: TestContext, name: string, files: Record<string, string>): Promise<string> {
  const parent = await mkdtemp(join(tmpdir(), 'skill-source-'))
  t.teardown(() => rm(parent, { recursive: true, force: true }))
  const dir = join(parent, name)
  await mkdir(dir)
  for (const [file, text] of Object.entries(files)) await writeFile(join(dir, file), text)
  const git = (...args: string[]) => run('git', ['-c', 'user.name=Skill Author', '-c', 'user.email=skills@example.invalid', ...args], { cwd: dir })
  await git('init', '-q', '-b', 'main')
  await git('add', '.')
  await git('commit', '-q', '-m', 'skill')
  return dir
}

const skillMd = (name: string, extra = '') => `---\nname: ${name}\ndescription: The ${name} skill.\n${extra}---\n\nDo ${name} things.\n`

/** The skills Codex lists for the workspace (through the existing skills_list method). */
async function listed(client: any, workspaceId: string): Promise<any[]> {
  const envelope = await client.call('skills_list', { workspaceId })
  return envelope.result.data.flatMap((entry: any) => entry.skills)
}

t.test('skills on the daemon face', async t => {
  const gw = await startGateway(t, { waitForCodex: false, env: { SKILL_TEST_TOKEN: 'set' } })
  const client = await gw.daemon()
  const workspace = await client.call('add_workspace', { path: gw.repo })
  const globalSkills = join(gw.codexHome, 'skills')
  const workspaceSkills = join(gw.repo, '.codex', 'skills')

  t.test('skills_install_from_git clones a skill into $CODEX_HOME/skills and Codex then lists it', async t => {
    const source = await skillRepo(t, 'format-skill', { 'SKILL.md': skillMd('format') })
    const installed = await client.call('skills_install_from_git', { sourceUrl: pathToFileURL(source).href, target: 'global' })
    t.same(installed, { ok: true, name: 'format-skill', path: join(globalSkills, 'format-skill') })
    t.equal(await readFile(join(globalSkills, 'format-skill', 'SKILL.md'), 'utf8'), skillMd('format'))
    const format = (await listed(client, workspace.id)).find(skill => skill.name === 'format')
    t.match(format, { scope: 'user', path: join(globalSkills, 'format-skill', 'SKILL.md'), enabled: true })
    const again = await refusal(client.call('skills_install_from_git', { sourceUrl: source, target: 'global' }))
    t.equal(again.code, 'SKILL_ALREADY_EXISTS', 'an installed skill is never overwritten')
  })

  t.test('the workspace target installs into <workspace>/.codex/skills and needs a workspaceId', async t => {
    const source = await skillRepo(t, 'lint-skill.git', { 'SKILL.md': skillMd('lint') })
    t.equal((await refusal(client.call('skills_install_from_git', { sourceUrl: source, target: 'workspace' }))).code, 'INVALID_REQUEST')
    const installed = await client.call('skills_install_from_git', { sourceUrl: source, target: 'workspace', workspaceId: workspace.id })
    t.same(installed, { ok: true, name: 'lint-skill', path: join(workspaceSkills, 'lint-skill') }, 'the name drops .git')
    const seen = await client.call('skills_validate', { workspaceId: workspace.id }) // reloads Codex's skills from disk
    t.match(seen.find((skill: any) => skill.name === 'lint'), { path: join(workspaceSkills, 'lint-skill', 'SKILL.md'), issues: [] })
  })

  t.test('a repository without SKILL.md at its root is removed again', async t => {
    const source = await skillRepo(t, 'not-a-skill', { 'README.md': '# nope\n' })
    const refused = await refusal(client.call('skills_install_from_git', { sourceUrl: source, target: 'global' }))
    t.equal(refused.code, 'INVALID_SKILL')
    t.notOk(existsSync(join(globalSkills, 'not-a-skill')), 'no skill folder')
    t.notOk((await readdir(globalSkills)).some(name => name.startsWith('.installing-')), 'no half-made clone either')
  })

  t.test('sources that are not plain git URLs never reach a command', async t => {
    const marker = join(gw.repo, 'pwned')
    for (const sourceUrl of [`ext::sh -c touch% ${marker}`, '--upload-pack=touch /tmp/x', '-oProxyCommand=x']) {
      t.equal((await refusal(client.call('skills_install_from_git', { sourceUrl, target: 'global' }))).code, 'INVALID_REQUEST', sourceUrl)
    }
    t.equal((await refusal(client.call('skills_install_from_git', { sourceUrl: join(tmpdir(), 'no-such-repo-here'), target: 'global' }))).code, 'GIT_FAILED')
    t.notOk(existsSync(marker))
  })

  t.test('skills_uninstall removes a user-installed skill and nothing else', async t => {
    const source = await skillRepo(t, 'doomed-skill', { 'SKILL.md': skillMd('doomed') })
    await client.call('skills_install_from_git', { sourceUrl: source, target: 'global' })
    t.same(await client.call('skills_uninstall', { name: 'doomed-skill', target: 'global' }), { ok: true })
    t.notOk(existsSync(join(globalSkills, 'doomed-skill')))
    t.equal((await refusal(client.call('skills_uninstall', { name: 'doomed-skill', target: 'global' }))).code, 'SKILL_NOT_FOUND')
    await mkdir(join(globalSkills, 'just-a-folder'))
    t.equal((await refusal(client.call('skills_uninstall', { name: 'just-a-folder', target: 'global' }))).code, 'SKILL_NOT_FOUND', 'a folder without SKILL.md is not a skill')
    t.ok(existsSync(join(globalSkills, 'just-a-folder')))
    for (const name of ['..', '../skills', 'a/b', '.system', '', join(gw.repo, '.codex')]) {
      t.equal((await refusal(client.call('skills_uninstall', { name, target: 'global' }))).code, 'INVALID_REQUEST', JSON.stringify(name))
    }
    t.ok(existsSync(join(globalSkills, '.system')), 'Codex\'s own skills stay')
    t.same(await client.call('skills_uninstall', { name: 'lint-skill', target: 'workspace', workspaceId: workspace.id }), { ok: true })
    t.notOk(existsSync(join(workspaceSkills, 'lint-skill')))
  })

  t.test('skills_validate reports missing binaries, unset variables, another OS and unreadable SKILL.md files', async t => {
    const otherOs = process.platform === 'linux' ? 'macos' : 'linux'
    const needs = `requirements:\n  bins: [git, no-such-binary-xyz]\n  env: [SKILL_TEST_TOKEN, SKILL_TEST_MISSING]\n  os: [${otherOs}]\n`
    await client.call('skills_install_from_git', { sourceUrl: await skillRepo(t, 'needy', { 'SKILL.md': skillMd('needy', needs) }), target: 'global' })
    await client.call('skills_install_from_git', { sourceUrl: await skillRepo(t, 'broken', { 'SKILL.md': 'no front matter here\n' }), target: 'global' })
    const results = await client.call('skills_validate', { workspaceId: workspace.id })
    t.same(results.find((r: any) => r.name === 'needy'), {
      name: 'needy', path: join(globalSkills, 'needy', 'SKILL.md'), description: 'The needy skill.',
      issues: [`unsupported OS: ${process.platform}`, 'missing binary: no-such-binary-xyz', 'missing env var: SKILL_TEST_MISSING'],
    })
    t.same(results.find((r: any) => r.name === 'format').issues, [], 'a skill with nothing missing is ready')
    const broken = results.find((r: any) => r.name === 'broken')
    t.equal(broken.path, join(globalSkills, 'broken', 'SKILL.md'))
    t.match(broken.issues, [/^invalid SKILL\.md: .*front ?matter/i])
  })

  t.test('skills_config_write switches skills off in Codex\'s own config and skills_config_read reads it back', async t => {
    t.same(await client.call('skills_config_read', { workspaceId: workspace.id }), { enabled: [], disabled: [] })
    const formatPath = join(globalSkills, 'format-skill', 'SKILL.md')
    await client.call('skills_config_write', {
      workspaceId: workspace.id,
      config: { enabled: [], disabled: [{ name: 'format', path: formatPath }, { name: 'needy' }] },
    })
    t.same(await client.call('skills_config_read', { workspaceId: workspace.id }), {
      enabled: [],
      disabled: [{ name: 'format', path: formatPath }, { name: 'needy', path: join(globalSkills, 'needy', 'SKILL.md') }],
    })
    const skills = await listed(client, workspace.id)
    t.equal(skills.find(skill => skill.name === 'format').enabled, false, 'Codex itself sees the skill off')
    t.equal(skills.find(skill => skill.name === 'needy').enabled, false)
    t.match(await readFile(join(gw.codexHome, 'config.toml'), 'utf8'), /\[\[skills\.config\]\]/)

    await client.call('skills_config_write', { workspaceId: workspace.id, config: { enabled: [{ name: 'format', path: formatPath }], disabled: [{ name: 'needy' }] } })
    t.same(await client.call('skills_config_read', { workspaceId: workspace.id }), {
      enabled: [], disabled: [{ name: 'needy', path: join(globalSkills, 'needy', 'SKILL.md') }],
    }, 'a skill switched back on is simply no longer listed')
    await client.call('skills_config_write', { workspaceId: workspace.id, config: { disabled: [] } })
    t.same(await client.call('skills_config_read', { workspaceId: workspace.id }), { enabled: [], disabled: [] })
    t.notMatch(await readFile(join(gw.codexHome, 'config.toml'), 'utf8'), /skills\.config/, 'nothing left in config.toml')
    const nameless = await refusal(client.call('skills_config_write', { workspaceId: workspace.id, config: { disabled: [{}] } }))
    t.equal(nameless.code, 'INVALID_REQUEST')
  })

  t.test('the config and validation need a connected workspace', async t => {
    await gw.restart()
    const after = await gw.daemon()
    for (const method of ['skills_config_read', 'skills_validate']) {
      const error = await refusal(after.call(method, { workspaceId: workspace.id }))
      t.equal(error.message, 'workspace not connected', method)
    }
    t.equal((await refusal(after.call('skills_config_write', { workspaceId: workspace.id, config: { disabled: [] } }))).code, 'WORKSPACE_NOT_CONNECTED')
  })
})
