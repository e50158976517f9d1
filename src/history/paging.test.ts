import t from 'tap'
import { decodeCursor, encodeCursor, pageLimit, selectPage } from './paging.ts'

const entries = [{ offset: 0 }, { offset: 10 }, { offset: 10, part: 1 }, { offset: 10, part: 2 }, { offset: 30 }]

t.test('pages go newest first and split entries that share a record correctly', async t => {
  const seen: object[][] = []
  let cursor: string | null | undefined
  do {
    const { page, nextCursor } = selectPage('timeline', entries, { cursor, limit: 2 })
    seen.unshift(page)
    cursor = nextCursor
  } while (cursor)
  t.same(seen, [[entries[0]], [entries[1], entries[2]], [entries[3], entries[4]]])
})

t.test('limit defaults to 50, is clamped to 200 and must be a positive integer', async t => {
  t.equal(pageLimit(undefined), 50)
  t.equal(pageLimit(1000), 200)
  t.throws(() => pageLimit(0), { code: 'INVALID_REQUEST' })
  t.throws(() => pageLimit(2.5), { code: 'INVALID_REQUEST' })
})

t.test('a cursor is refused when it is garbage or belongs to the other list', async t => {
  t.throws(() => decodeCursor('messages', 'nope'), { code: 'INVALID_REQUEST' })
  t.throws(() => decodeCursor('messages', encodeCursor('timeline', { offset: 5 })), { code: 'INVALID_REQUEST' })
  t.same(decodeCursor('timeline', encodeCursor('timeline', { offset: 5, part: 2 })), { offset: 5, part: 2 })
})

t.test('a cursor still works after newer entries were appended', async t => {
  const { nextCursor } = selectPage('messages', entries, { limit: 2 })
  const grown = [...entries, { offset: 40 }, { offset: 50 }]
  t.same(selectPage('messages', grown, { cursor: nextCursor, limit: 2 }).page, [entries[1], entries[2]])
})
