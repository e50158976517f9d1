import t from 'tap'
import type { Test } from 'tap'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readRolloutLines, readRolloutRecords } from './rollout-reader.ts'
import { historyStats, resetHistoryStats } from './stats.ts'

const LINES = ['{"a":"ü✓"}\n', '\n', '{"b":1}\r\n', `{"c":"${'x'.repeat(100)}"}\n`, 'not json\n', '{"e":1}\n', '{"d":"half-writ']

async function fixture(t: Test, text = LINES.join('')) {
  const path = join(t.testdir(), 'rollout.jsonl')
  await writeFile(path, text)
  return { path, bytes: Buffer.from(text) }
}

t.test('every line comes with its byte offset, across chunk boundaries, multi-byte characters and CRLF', async t => {
  const { path, bytes } = await fixture(t)
  for (const chunkSize of [1, 7, 64, 1 << 20]) {
    const lines = []
    for await (const line of readRolloutLines(path, { chunkSize })) lines.push(line)
    t.same(lines.map(l => l.bytes.toString()), ['{"a":"ü✓"}', '{"b":1}', `{"c":"${'x'.repeat(100)}"}`, 'not json', '{"e":1}', '{"d":"half-writ'], `chunk ${chunkSize}`)
    for (const l of lines) t.same(bytes.subarray(l.offset, l.offset + l.length), l.bytes)
    t.same(lines.map(l => l.terminated), [true, true, true, true, true, false])
    t.ok(lines.slice(0, -1).every(l => bytes[l.next - 1] === 0x0a && l.next <= l.offset + l.length + 2), 'next is just past the newline')
  }
})

t.test('records skip malformed lines and a truncated last line', async t => {
  const { path } = await fixture(t)
  const records = []
  for await (const r of readRolloutRecords(path)) records.push(r.record)
  t.same(records, [{ a: 'ü✓' }, { b: 1 }, { c: 'x'.repeat(100) }, { e: 1 }])
})

t.test('a complete last record without its newline is still read, flagged unterminated', async t => {
  const { path } = await fixture(t, '{"a":1}\n{"b":2}')
  const records = []
  for await (const r of readRolloutRecords(path)) records.push([r.record, r.terminated])
  t.same(records, [[{ a: 1 }, true], [{ b: 2 }, false]])
})

t.test('start and end bound the bytes read', async t => {
  const { path, bytes } = await fixture(t)
  const start = bytes.indexOf('{"b"')
  const end = bytes.indexOf('not json')
  resetHistoryStats()
  const lines = []
  for await (const line of readRolloutLines(path, { start, end })) lines.push(line.bytes.toString())
  t.same(lines, ['{"b":1}', `{"c":"${'x'.repeat(100)}"}`])
  t.equal(historyStats.bytesRead, end - start)
})
