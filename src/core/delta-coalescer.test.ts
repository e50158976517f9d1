import t from 'tap'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { DeltaCoalescer, type Delta } from './delta-coalescer.ts'

function recorder() {
  const sent: [string, Delta][] = []
  return { sent, coalescer: new DeltaCoalescer<Delta>((key, delta) => sent.push([key, delta])) }
}

const d = (itemId: string, delta: string, turnId = 't1'): Delta => ({ turnId, itemId, delta })

t.test('deltas of one message arriving in the same turn go out as one, in order, at its end', async t => {
  const { sent, coalescer } = recorder()
  coalescer.add('chat', d('m1', 'Hel'))
  coalescer.add('chat', d('m1', 'lo, '))
  coalescer.add('chat', d('m1', 'world'))
  t.same(sent, [], 'nothing before the turn ends')
  await nextTurn()
  t.same(sent, [['chat', d('m1', 'Hello, world')]])
})

t.test('a lone delta still goes out by itself at the end of its turn', async t => {
  const { sent, coalescer } = recorder()
  coalescer.add('chat', d('m1', 'a'))
  await nextTurn()
  coalescer.add('chat', d('m1', 'b'))
  await nextTurn()
  t.same(sent.map(([, delta]) => delta.delta), ['a', 'b'])
})

t.test('a delta of another message, or a flush, ends the joined one first', async t => {
  const { sent, coalescer } = recorder()
  coalescer.add('chat', d('m1', 'one '))
  coalescer.add('chat', d('m2', 'two '))
  coalescer.add('chat', d('m2', 'three', 't2'))
  coalescer.flush('chat')
  t.same(sent.map(([, delta]) => [delta.itemId, delta.turnId, delta.delta]), [['m1', 't1', 'one '], ['m2', 't1', 'two '], ['m2', 't2', 'three']])
  await nextTurn()
  t.equal(sent.length, 3, 'nothing is sent twice')
})

t.test('keys are joined separately and the caller’s objects are not changed', async t => {
  const { sent, coalescer } = recorder()
  const first = d('m1', 'a')
  coalescer.add('chat-a', first)
  coalescer.add('chat-b', d('m1', 'x'))
  coalescer.add('chat-a', d('m1', 'b'))
  await nextTurn()
  t.same(sent, [['chat-a', d('m1', 'ab')], ['chat-b', d('m1', 'x')]])
  t.equal(first.delta, 'a')
})
