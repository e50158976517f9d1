import t from 'tap'
import { sanitizeCopyName } from './workspace-copies.ts'

t.test('a copy name keeps only safe characters and can neither hide nor climb', async t => {
  t.equal(sanitizeCopyName('My Copy!'), 'My-Copy')
  t.equal(sanitizeCopyName('../../etc'), 'etc')
  t.equal(sanitizeCopyName('.hidden'), 'hidden')
  t.equal(sanitizeCopyName('--force'), 'force')
  t.equal(sanitizeCopyName('café'), 'cafe')
  t.equal(sanitizeCopyName('x'.repeat(300)).length, 128)
  for (const bad of ['', '...', '//', 42]) t.throws(() => sanitizeCopyName(bad), { code: 'INVALID_REQUEST' }, String(bad))
})
