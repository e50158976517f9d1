/**
 * .ci/spec-diff against a release of its own: a throwaway repository with the real openapi.yaml
 * tagged as a release, then changed. Removing an operation without a new major version fails;
 * with one it passes; adding an operation passes; a version that is not semver fails.
 */
import { execFile, execFileSync } from 'node:child_process'
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import YAML from 'yaml'

const root = join(import.meta.dirname, '..')

async function releasedRepo(t: Test): Promise<{ dir: string, spec: any, commit(spec: any): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'spec-diff-'))
  t.teardown(() => rm(dir, { recursive: true, force: true }))
  await mkdir(join(dir, '.ci'))
  await copyFile(join(root, '.ci/spec-diff'), join(dir, '.ci/spec-diff'))
  await symlink(join(root, '.tools'), join(dir, '.tools')) // the pinned oasdiff, installed once
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd: dir, stdio: 'pipe' })
  git('init', '-q', '-b', 'main')
  const spec = YAML.parse(await readFile(join(root, 'openapi.yaml'), 'utf8'))
  spec.info.version = '1.0.0'
  const commit = async (next: any) => {
    await writeFile(join(dir, 'openapi.yaml'), YAML.stringify(next))
    git('add', 'openapi.yaml')
    git('commit', '-q', '--allow-empty', '-m', `spec ${next.info.version}`)
  }
  await commit(spec)
  git('tag', 'v1.0.0')
  return { dir, spec, commit }
}

function specDiff(dir: string): Promise<{ code: number, output: string }> {
  return new Promise(resolve => execFile('sh', [join(dir, '.ci/spec-diff')], { cwd: dir, timeout: 240_000 },
    (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, output: stdout + stderr })))
}

const clone = (value: any) => structuredClone(value)

t.test('a breaking change needs a new major version', async t => {
  const { dir, spec, commit } = await releasedRepo(t)
  const broken = clone(spec)
  delete broken.paths['/v1/projects']
  broken.info.version = '1.1.0'
  await commit(broken)
  const refused = await specDiff(dir)
  t.equal(refused.code, 1, 'an operation removed in a minor version fails')
  t.match(refused.output, /breaking changes against v1\.0\.0 without a new major version \(1\.0\.0 -> 1\.1\.0\)/)
  t.match(refused.output, /\/v1\/projects/, 'the report names what broke')

  broken.info.version = '2.0.0'
  await commit(broken)
  const allowed = await specDiff(dir)
  t.equal(allowed.code, 0, 'the same change with a new major version passes')
  t.match(allowed.output, /major version moved \(1\.0\.0 -> 2\.0\.0\)/)
})

t.test('an added operation is not breaking', async t => {
  const { dir, spec, commit } = await releasedRepo(t)
  const grown = clone(spec)
  grown.paths['/v1/extra'] = { get: { operationId: 'extraGet', responses: { '200': { description: 'OK' } } } }
  grown.info.version = '1.1.0'
  await commit(grown)
  const result = await specDiff(dir)
  t.equal(result.code, 0, result.output)
  t.match(result.output, /no breaking change against v1\.0\.0 \(1\.0\.0 -> 1\.1\.0\)/)
})

t.test('info.version must be semver', async t => {
  const { dir, spec, commit } = await releasedRepo(t)
  const odd = clone(spec)
  odd.info.version = 'v2'
  await commit(odd)
  const result = await specDiff(dir)
  t.equal(result.code, 1)
  t.match(result.output, /info\.version 'v2' is not semver/)
})
