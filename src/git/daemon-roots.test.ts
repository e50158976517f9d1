import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { MAX_GIT_ROOTS, listGitRoots } from './daemon-roots.ts'
import { git, tempDir } from './test-repo.ts'

t.test('repositories below the folder are found to the given depth, relative and sorted', async t => {
  const dir = await tempDir(t)
  git(dir, 'init', '-q')
  for (const repo of ['b-app', 'a-lib', 'packages/pkg-a', 'deep/er/still']) {
    await mkdir(join(dir, repo), { recursive: true })
    git(join(dir, repo), 'init', '-q')
  }
  await mkdir(join(dir, 'plain'))
  t.same(await listGitRoots(dir), ['a-lib', 'b-app', 'packages/pkg-a'], 'depth 2 by default, the folder itself left out')
  t.same(await listGitRoots(dir, 1), ['a-lib', 'b-app'])
  t.same(await listGitRoots(dir, 3), ['a-lib', 'b-app', 'deep/er/still', 'packages/pkg-a'])
  t.same(await listGitRoots(dir, 0), ['a-lib', 'b-app'], 'depth is clamped to at least 1')
  t.same(await listGitRoots(dir, 99), await listGitRoots(dir, 6), 'and at most 6')
})

t.test('a .git file (worktree or submodule) counts; node_modules, symlinks and .git folders are skipped', async t => {
  const dir = await tempDir(t)
  const outside = await tempDir(t)
  git(outside, 'init', '-q')
  await mkdir(join(dir, 'worktree'))
  await writeFile(join(dir, 'worktree', '.git'), 'gitdir: /elsewhere\n')
  await mkdir(join(dir, 'node_modules', 'dep'), { recursive: true })
  git(join(dir, 'node_modules', 'dep'), 'init', '-q')
  await symlink(outside, join(dir, 'link'))
  t.same(await listGitRoots(dir), ['worktree'])
})

t.test('a missing folder has no repositories', async t => {
  t.same(await listGitRoots(join(await tempDir(t), 'missing')), [])
})

t.test('at most MAX_GIT_ROOTS repositories are listed', async t => {
  const dir = await tempDir(t)
  await Promise.all(Array.from({ length: MAX_GIT_ROOTS + 5 }, (_, i) => mkdir(join(dir, `r${i}`, '.git'), { recursive: true })))
  t.equal((await listGitRoots(dir)).length, MAX_GIT_ROOTS)
})
