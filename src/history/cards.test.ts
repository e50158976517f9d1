import t from 'tap'
import { commandTitle, displayCommand, exploredActions, exploredTitle, guessActions } from './commands.ts'
import { diffCounts, fileEdits } from './file-changes.ts'

t.test('the bash -lc wrapper is removed from displayed commands and long ones are cut', async t => {
  t.equal(displayCommand(['/bin/bash', '-lc', "sed -n '1,3p' a.ts"]), "sed -n '1,3p' a.ts")
  t.equal(displayCommand(['git', 'commit', '-m', 'a b']), "git commit -m 'a b'")
  t.equal(displayCommand('x'.repeat(5000)).length, 1000)
})

t.test('Codex\'s parsed_cmd decides what explored, and anything unknown makes it a plain command', async t => {
  t.same(exploredActions([{ type: 'read', cmd: 'cat a', name: 'a', path: 'src/a' }, { type: 'list_files', cmd: 'ls', path: null }], 'x'),
    [{ type: 'read', command: 'cat a', path: 'src/a' }, { type: 'list', command: 'ls' }])
  t.equal(exploredActions([{ type: 'read', cmd: 'cat a' }, { type: 'unknown', cmd: 'make' }], 'cat a && make'), undefined)
})

t.test('without parsed_cmd, program names classify reads, searches and listings', async t => {
  t.same(guessActions("cd src && sed -n '1,20p' a.ts | nl"), [{ type: 'read', command: "sed -n '1,20p' a.ts", path: 'a.ts' }])
  t.same(guessActions('rg -n "a|b" src; ls -la').map(a => a?.type), ['search', 'list'])
  t.match(guessActions('rg -n "a|b" src')[0], { query: 'a|b', path: 'src' })
  t.same(guessActions("find . -name '*.ts' | head -5").map(a => a?.type), ['search'])
  t.same(guessActions('head -n 5 README.md && tail x.log').map(a => a?.path), ['README.md', 'x.log'])
  t.equal(exploredActions(undefined, 'cat a.ts && npm test'), undefined)
  t.equal(exploredActions([], 'sed -i s/a/b/ a.ts'), undefined, 'sed without -n edits')
  t.same(exploredActions(undefined, 'git grep foo')?.map(a => a.type), ['search'])
})

t.test('Explored titles count distinct files, searches and listings', async t => {
  t.equal(exploredTitle([{ type: 'read', command: 'cat a', path: 'a' }, { type: 'read', command: 'sed -n 1p a', path: 'a' }, { type: 'read', command: 'cat b', path: 'b' }]), 'Explored 2 files')
  t.equal(exploredTitle([{ type: 'search', command: 'rg x' }, { type: 'search', command: 'rg y' }, { type: 'list', command: 'ls' }]), 'Explored 2 searches, 1 listing')
})

t.test('command titles say how the command ended', async t => {
  t.equal(commandTitle('completed', 0), 'Command finished')
  t.equal(commandTitle('failed', 2), 'Command failed with exit code 2')
  t.equal(commandTitle('failed', null), 'Command failed')
  t.equal(commandTitle('declined', null), 'Command declined')
})

t.test('file changes count added and removed lines per file, relative to the cwd', async t => {
  t.same(fileEdits({
    '/repo/src/a.ts': { type: 'add', content: 'a\nb\n' },
    '/repo/old.ts': { type: 'update', unified_diff: '@@ -1,2 +1,2 @@\n-x\n+y\n+z\n context\n', move_path: '/repo/new.ts' },
    '/elsewhere/c.ts': { type: 'delete', content: 'gone\n' },
  }, '/repo'), [
    { path: 'src/a.ts', change: 'add', additions: 2, deletions: 0, title: 'Edited src/a.ts +2 −0' },
    { path: 'new.ts', change: 'update', movedFrom: 'old.ts', additions: 2, deletions: 1, title: 'Edited new.ts +2 −1' },
    { path: '/elsewhere/c.ts', change: 'delete', additions: 0, deletions: 1, title: 'Edited /elsewhere/c.ts +0 −1' },
  ])
  t.same(fileEdits([{ path: '/repo/a', kind: { type: 'update', move_path: null }, diff: '@@\n-a\n+b\n' }], '/repo').map(e => e.title), ['Edited a +1 −1'])
  t.same(diffCounts('--- a/x\n+++ b/x\n@@ -1 +1 @@\n---x\n+++y\n'), { additions: 1, deletions: 1 }, 'headers are not lines, "---x" in a hunk is')
})
