import { execFileSync } from 'node:child_process'
import { symlink } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { readUntracked, untrackedLines } from './untracked-file.ts'
import { tempDir, write } from './test-repo.ts'

t.test('text within the cap comes back whole, even when the count cap is smaller', async t => {
  const dir = await tempDir(t)
  await write(dir, 'a.txt', 'one\ntwo\n'.repeat(20_000))
  t.same(await readUntracked(dir, 'a.txt', 1024 * 1024, 1), { kind: 'text', text: 'one\ntwo\n'.repeat(20_000), mode: '100644' })
})

t.test('text over the cap is too-large with its lines counted, a last line without newline included', async t => {
  const dir = await tempDir(t)
  await write(dir, 'a.txt', 'x\n'.repeat(10) + 'tail')
  t.same(await readUntracked(dir, 'a.txt', 5), { kind: 'too-large', lines: 11, bytes: 24 })
  t.same(await untrackedLines(dir, 'a.txt'), { lines: 11, bytes: 24 })
})

t.test('binary files, symlinks, FIFOs and missing files are told apart without following links', async t => {
  const dir = await tempDir(t)
  await write(dir, 'bin', Buffer.from([65, 0, 66]))
  await symlink('/etc/passwd', join(dir, 'link'))
  execFileSync('mkfifo', [join(dir, 'fifo')], { timeout: 5_000 })
  t.same(await readUntracked(dir, 'bin', 100), { kind: 'binary', mode: '100644' })
  t.same(await readUntracked(dir, 'link', 100), { kind: 'symlink', target: '/etc/passwd' })
  t.same(await readUntracked(dir, 'missing', 100), { kind: 'none' })
  t.same(await readUntracked(dir, 'fifo', 100), { kind: 'none' }, 'a FIFO is never opened, so nothing blocks')
  t.same(await untrackedLines(dir, 'link'), { lines: 1, bytes: 0 })
})
