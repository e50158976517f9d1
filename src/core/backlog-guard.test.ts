import t from 'tap'
import { BacklogGuard } from './backlog-guard.ts'

const limits = { softBytes: 100, hardBytes: 1000, graceMs: 2000 }

t.test('a reader under the soft cap is never dropped', async t => {
  const guard = new BacklogGuard(limits)
  for (let now = 0; now < 10_000; now += 500) t.notOk(guard.stalled(90, now))
})

t.test('a reader that drains a big frame is not dropped, however long it stays over the soft cap', async t => {
  const guard = new BacklogGuard(limits)
  t.notOk(guard.stalled(0, 0))
  guard.sent(800)
  for (let now = 1000, left = 700; left > 100; now += 1500, left -= 100) {
    t.notOk(guard.stalled(left, now), `${left} bytes left at ${now} ms`)
    guard.sent(10)
  }
})

t.test('a reader that reads nothing is dropped once it stayed over the soft cap for the grace period', async t => {
  const guard = new BacklogGuard(limits)
  let buffered = 0
  let now = 0
  let over: number | undefined
  for (; !guard.stalled(buffered, now); now += 100) {
    if (buffered > limits.softBytes) over ??= now
    guard.sent(20)
    buffered += 20
  }
  const behind = now - over!
  t.ok(behind > 2000 && behind <= 2200, `dropped ${behind} ms after passing the soft cap, with ${buffered} bytes queued`)
})

t.test('time the gateway itself was busy does not count against the reader', async t => {
  const guard = new BacklogGuard(limits)
  guard.sent(500)
  t.notOk(guard.stalled(500, 0))
  t.notOk(guard.stalled(500, 5000), 'five seconds without a look (the gateway was busy, it did not flush either)')
  let now = 5000
  while (!guard.stalled(500, now += 500));
  t.equal(now, 7500, 'dropped once the gateway had watched it not read for the grace period')
})

t.test('a backlog over the hard cap is dropped at once', async t => {
  const guard = new BacklogGuard(limits)
  t.ok(guard.stalled(1001, 0))
})

t.test('watch drops a reader that stalls after the last frame, and lets one that drains go', async t => {
  const guard = new BacklogGuard({ softBytes: 100, hardBytes: 1000, graceMs: 200 })
  let buffered = 0
  let dropped = 0
  guard.sent(500)
  buffered = 500
  guard.watch(() => buffered, () => dropped++)
  guard.watch(() => buffered, () => dropped++) // a second send while watching changes nothing
  await new Promise(resolve => setTimeout(resolve, 1500))
  t.equal(dropped, 1, 'nothing more was sent, and the stalled reader was dropped once')

  const draining = new BacklogGuard({ softBytes: 100, hardBytes: 1000, graceMs: 200 })
  draining.sent(500)
  buffered = 500
  let dropped2 = 0
  draining.watch(() => buffered, () => dropped2++)
  const reading = setInterval(() => { buffered = Math.max(0, buffered - 60) }, 100)
  await new Promise(resolve => setTimeout(resolve, 1500))
  clearInterval(reading)
  t.equal(dropped2, 0, 'a reader that keeps reading is not dropped')
  draining.stop()
})
