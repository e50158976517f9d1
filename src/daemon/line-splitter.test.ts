import t from 'tap'
import { LineSplitter } from './line-splitter.ts'

function splitter(maxBytes: number) {
  const lines: string[] = []
  let overflows = 0
  const split = new LineSplitter(maxBytes, line => lines.push(line.toString()), () => { overflows++ })
  return { split, lines, overflows: () => overflows }
}

t.test('lines split across chunks are joined, and several lines in one chunk are split', async t => {
  const { split, lines } = splitter(100)
  split.push(Buffer.from('{"a":'))
  split.push(Buffer.from('1}\n{"b":2}\n{"c"'))
  split.push(Buffer.from(':3}\n'))
  t.same(lines, ['{"a":1}', '{"b":2}', '{"c":3}'])
  t.equal(split.buffered, 0)
})

t.test('a line over the cap is reported once, its bytes are dropped, and the next line is read', async t => {
  const { split, lines, overflows } = splitter(10)
  split.push(Buffer.from('0123456789'))
  t.equal(overflows(), 0, 'exactly the cap is fine until more arrives')
  split.push(Buffer.from('abc'))
  t.equal(overflows(), 1, 'reported before the newline arrives')
  split.push(Buffer.alloc(1_000_000, 0x78))
  t.equal(split.buffered, 0, 'nothing of it is held')
  split.push(Buffer.from('tail\nok\n'))
  t.equal(overflows(), 1)
  t.same(lines, ['ok'])
})

t.test('the cap can be raised between lines', async t => {
  const { split, lines, overflows } = splitter(4)
  split.push(Buffer.from('abcd\n'))
  split.maxBytes = 8
  split.push(Buffer.from('abcdefgh\n'))
  t.same(lines, ['abcd', 'abcdefgh'])
  t.equal(overflows(), 0)
})
