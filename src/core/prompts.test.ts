import { realpathSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import type { Test } from 'tap'
import {
  createPrompt, deletePrompt, listPrompts, movePrompt, parseFrontMatter, promptsGlobalDir, promptsWorkspaceDir, updatePrompt,
} from './prompts.ts'
import type { PromptsOptions } from './prompts.ts'

interface Setup { opts: PromptsOptions, global: string, workspace: string, outside: string }

async function setup(t: Test): Promise<Setup> {
  const root = realpathSync(await mkdtemp(join(tmpdir(), 'gw-prompts-')))
  t.teardown(() => rm(root, { recursive: true, force: true }))
  const opts = { codexHome: join(root, 'codex'), dataDir: join(root, 'data'), workspaceId: 'ws-1' }
  const outside = join(root, 'outside')
  await mkdir(outside)
  await writeFile(join(outside, 'secret.md'), 'secret\n')
  return { opts, global: join(root, 'codex', 'prompts'), workspace: join(root, 'data', 'workspaces', 'ws-1', 'prompts'), outside }
}

const files = async (dir: string) => (await readdir(dir).catch(() => [])).sort()

t.test('the folders are CODEX_HOME/prompts and the workspace\'s folder under the data dir', async t => {
  t.equal(promptsGlobalDir('/home/me/.codex'), '/home/me/.codex/prompts')
  t.equal(promptsWorkspaceDir('/data', 'abc-123'), '/data/workspaces/abc-123/prompts')
  for (const id of ['', '.', '..', '../x', 'a/b', 'a\\b', '-x', 'a\0b', 'x'.repeat(129), 7]) {
    t.throws(() => promptsWorkspaceDir('/data', id), { code: 'INVALID_REQUEST' }, JSON.stringify(id))
  }
})

t.test('prompts are listed workspace first then global, by name, with their front matter', async t => {
  const s = await setup(t)
  t.same(await listPrompts(s.opts), [], 'no folders yet')
  await mkdir(s.global, { recursive: true })
  await mkdir(s.workspace, { recursive: true })
  await writeFile(join(s.global, 'b.md'), '---\ndescription: "Fix a bug"\nargument-hint: [file]\n---\nFix $1\n')
  await writeFile(join(s.global, 'a.md'), 'plain\n')
  await writeFile(join(s.workspace, 'w.MD'), 'ws\n')
  await writeFile(join(s.global, '.hidden.md'), 'x')
  await writeFile(join(s.global, 'notes.txt'), 'x')
  await symlink(join(s.outside, 'secret.md'), join(s.global, 'leak.md'))
  t.same(await listPrompts(s.opts), [
    { name: 'w', path: join(s.workspace, 'w.MD'), content: 'ws\n', scope: 'workspace' },
    { name: 'a', path: join(s.global, 'a.md'), content: 'plain\n', scope: 'global' },
    { name: 'b', path: join(s.global, 'b.md'), description: 'Fix a bug', argumentHint: '[file]', content: 'Fix $1\n', scope: 'global' },
  ])
  t.same((await listPrompts({ ...s.opts, workspaceId: undefined })).map(p => p.scope), ['global', 'global'], 'global only without a workspace')
})

t.test('a created prompt is written with front matter and read back the same', async t => {
  const s = await setup(t)
  const made = await createPrompt(s.opts, { scope: 'global', name: 'Bug_fix-2.v1', description: 'Say "hi"\nthen go', argumentHint: 'FILE', content: 'Body\n' })
  t.same(made, { name: 'Bug_fix-2.v1', path: join(s.global, 'Bug_fix-2.v1.md'), description: 'Say "hi"\nthen go', argumentHint: 'FILE', content: 'Body\n', scope: 'global' })
  t.equal(await readFile(made.path, 'utf8'), '---\ndescription: "Say \\"hi\\"\\nthen go"\nargument-hint: "FILE"\n---\nBody\n')
  t.same(await listPrompts(s.opts), [made])
  const ws = await createPrompt(s.opts, { scope: 'workspace', name: 'w', content: '---\nnot: meta\n---\nbody', description: ' ' })
  t.same(ws, { name: 'w', path: join(s.workspace, 'w.md'), content: '---\nnot: meta\n---\nbody', scope: 'workspace' }, 'a body that looks like front matter survives')
  t.same(await files(s.global), ['Bug_fix-2.v1.md'], 'no temp file left behind')
})

t.test('creating a prompt whose name is taken is refused and leaves the old one', async t => {
  const s = await setup(t)
  await createPrompt(s.opts, { scope: 'global', name: 'dup', content: 'first' })
  await t.rejects(createPrompt(s.opts, { scope: 'global', name: 'dup', content: 'second' }), { code: 'PROMPT_ALREADY_EXISTS' })
  t.equal(await readFile(join(s.global, 'dup.md'), 'utf8'), 'first')
  t.same(await files(s.global), ['dup.md'])
})

t.test('names are refused rather than rewritten when they hold anything but letters, digits, . _ -', async t => {
  const s = await setup(t)
  for (const name of ['', '.hidden', '-x', 'a/b', '../x', '..', 'a b', 'a\0b', 'ü', 'a\\b', 'x'.repeat(101), null, 3]) {
    await t.rejects(createPrompt(s.opts, { scope: 'global', name: name as string, content: 'x' }), { code: 'INVALID_REQUEST' }, JSON.stringify(name))
  }
  await t.rejects(createPrompt(s.opts, { scope: 'elsewhere', name: 'x', content: 'x' }), { code: 'INVALID_REQUEST' })
  await t.rejects(createPrompt({ ...s.opts, workspaceId: undefined }, { scope: 'workspace', name: 'x', content: 'x' }), { code: 'INVALID_REQUEST' })
  t.same(await files(s.global), [])
})

t.test('update rewrites in place, renames on a new name, and refuses a taken name', async t => {
  const s = await setup(t)
  const a = await createPrompt(s.opts, { scope: 'workspace', name: 'a', content: 'one', description: 'd' })
  await createPrompt(s.opts, { scope: 'workspace', name: 'taken', content: 'keep' })
  const same = await updatePrompt(s.opts, { path: a.path, name: 'a', content: 'two' })
  t.same(same, { name: 'a', path: a.path, content: 'two', scope: 'workspace' }, 'no description given: none kept')
  const renamed = await updatePrompt(s.opts, { path: a.path, name: 'b', content: 'three', argumentHint: 'X' })
  t.same(renamed, { name: 'b', path: join(s.workspace, 'b.md'), argumentHint: 'X', content: 'three', scope: 'workspace' })
  t.same(await files(s.workspace), ['b.md', 'taken.md'])
  await t.rejects(updatePrompt(s.opts, { path: renamed.path, name: 'taken', content: 'x' }), { code: 'PROMPT_ALREADY_EXISTS' })
  t.equal(await readFile(join(s.workspace, 'taken.md'), 'utf8'), 'keep')
  t.same(await files(s.workspace), ['b.md', 'taken.md'])
  await t.rejects(updatePrompt(s.opts, { path: join(s.workspace, 'gone.md'), name: 'gone', content: 'x' }), { code: 'PROMPT_NOT_FOUND' })
})

t.test('delete removes the file and is quiet about one already gone', async t => {
  const s = await setup(t)
  const p = await createPrompt(s.opts, { scope: 'global', name: 'p', content: 'x' })
  await deletePrompt(s.opts, { path: p.path })
  await deletePrompt(s.opts, { path: p.path })
  t.same(await files(s.global), [])
})

t.test('move carries a prompt between scopes and refuses a taken name or the same scope', async t => {
  const s = await setup(t)
  const p = await createPrompt(s.opts, { scope: 'global', name: 'p', content: 'body', description: 'd' })
  const moved = await movePrompt(s.opts, { path: p.path, scope: 'workspace' })
  t.same(moved, { name: 'p', path: join(s.workspace, 'p.md'), description: 'd', content: 'body', scope: 'workspace' })
  t.same([await files(s.global), await files(s.workspace)], [[], ['p.md']])
  await t.rejects(movePrompt(s.opts, { path: moved.path, scope: 'workspace' }), { code: 'INVALID_REQUEST' })
  await createPrompt(s.opts, { scope: 'global', name: 'p', content: 'other' })
  await t.rejects(movePrompt(s.opts, { path: moved.path, scope: 'global' }), { code: 'PROMPT_ALREADY_EXISTS' })
  t.same([await files(s.global), await files(s.workspace)], [['p.md'], ['p.md']])
  t.equal(await readFile(join(s.global, 'p.md'), 'utf8'), 'other')
})

t.test('a prompts folder that is itself a symlink still works', async t => {
  const s = await setup(t)
  const real = join(s.outside, 'real-prompts')
  await mkdir(real)
  await mkdir(join(s.opts.codexHome), { recursive: true })
  await symlink(real, s.global)
  const p = await createPrompt(s.opts, { scope: 'global', name: 'linked', content: 'x' })
  await updatePrompt(s.opts, { path: join(real, 'linked.md'), name: 'linked', content: 'y' })
  t.equal(await readFile(join(real, 'linked.md'), 'utf8'), 'y')
  await deletePrompt(s.opts, { path: p.path })
  t.same(await files(real), [])
})

t.test('paths that escape the prompt folders are refused by update, delete and move, and change nothing', async t => {
  const s = await setup(t)
  await createPrompt(s.opts, { scope: 'global', name: 'ok', content: 'x' })
  await mkdir(join(s.global, 'sub'))
  await writeFile(join(s.global, 'sub', 'nested.md'), 'nested')
  await symlink(join(s.outside, 'secret.md'), join(s.global, 'link.md'))
  await symlink(s.outside, join(s.global, 'linkdir'))
  const hostile = [
    `${s.global}/../outside-prompt.md`, `${s.global}/../../outside/secret.md`, join(s.outside, 'secret.md'), '/etc/passwd', 'ok.md',
    './ok.md', `${s.global}/ok.md\0`, join(s.global, 'link.md'), join(s.global, 'linkdir', 'secret.md'), join(s.global, 'sub', 'nested.md'),
    join(s.global, 'ok.txt'), s.global, `${s.global}/`, join(s.workspace, '..', '..', 'ws-2', 'prompts', 'x.md'), '', 42, null,
  ]
  const ops: Record<string, (path: unknown) => Promise<unknown>> = {
    update: (path: unknown) => updatePrompt(s.opts, { path, name: 'renamed', content: 'pwned' }),
    delete: (path: unknown) => deletePrompt(s.opts, { path }),
    move: (path: unknown) => movePrompt(s.opts, { path, scope: 'workspace' }),
  }
  for (const [op, run] of Object.entries(ops)) {
    for (const path of hostile) await t.rejects(run(path), { code: 'INVALID_PATH' }, `${op} ${JSON.stringify(path)}`)
  }
  t.equal(await readFile(join(s.outside, 'secret.md'), 'utf8'), 'secret\n')
  t.same(await files(s.outside), ['secret.md'])
  t.same(await files(s.global), ['link.md', 'linkdir', 'ok.md', 'sub'])
  t.same(await files(s.workspace), [])
})

t.test('a workspace prompt is out of reach without that workspace id', async t => {
  const s = await setup(t)
  const p = await createPrompt(s.opts, { scope: 'workspace', name: 'w', content: 'x' })
  await t.rejects(deletePrompt({ ...s.opts, workspaceId: undefined }, { path: p.path }), { code: 'INVALID_PATH' })
  await t.rejects(deletePrompt({ ...s.opts, workspaceId: 'other' }, { path: p.path }), { code: 'INVALID_PATH' })
  t.same(await files(s.workspace), ['w.md'])
})

t.test('front matter is read like Codex reads it', async t => {
  t.same(parseFrontMatter('---\r\ndescription: \'it\'\'s\'\r\n# note\r\nargument_hint: A B\r\n---\r\nbody'), { description: 'it\'s', argumentHint: 'A B', body: 'body' })
  t.same(parseFrontMatter('---\ndescription: never closed\nbody'), { body: '---\ndescription: never closed\nbody' })
  t.same(parseFrontMatter('no front matter\n---\n'), { body: 'no front matter\n---\n' })
  t.same(parseFrontMatter('---\ndescription: "bad \\q"\n---\n'), { description: 'bad \\q', body: '' })
})
