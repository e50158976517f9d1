import t from 'tap'
import { Writable } from 'node:stream'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { WriteBatch } from './write-batch.ts'

/** A socket stand-in that records each write reaching it: one entry per write(v) call. */
function socket() {
  const writes: string[][] = []
  const sink = new Writable({
    writev(chunks, done) { writes.push(chunks.map(c => String(c.chunk))); done() },
    write(chunk, _encoding, done) { writes.push([String(chunk)]); done() },
  })
  return { writes, sink }
}

/** The batch releases at the end of the turn; the stream hands over what was corked on the next tick. */
async function turnEnds(): Promise<void> {
  await nextTurn()
  await new Promise(resolve => process.nextTick(resolve))
}

t.test('frames written to a socket in one turn reach it in one write, in order', async t => {
  const { writes, sink } = socket()
  const batch = new WriteBatch()
  batch.hold(sink)
  sink.write('a')
  batch.hold(sink)
  sink.write('b')
  sink.write('c')
  t.same(writes, [], 'held until the turn ends')
  await turnEnds()
  t.same(writes, [['a', 'b', 'c']])
})

t.test('every held socket is released, and a later turn starts a new batch', async t => {
  const one = socket()
  const two = socket()
  const batch = new WriteBatch()
  for (const { sink } of [one, two]) {
    batch.hold(sink)
    sink.write('x')
  }
  await turnEnds()
  batch.hold(one.sink)
  one.sink.write('y')
  await turnEnds()
  t.same(one.writes, [['x'], ['y']])
  t.same(two.writes, [['x']])
})
