import t from 'tap'
import { FailureLimiter } from './failure-limiter.ts'

t.test('a key is locked out after its failures until its window ends', async t => {
  let now = 0
  const limiter = new FailureLimiter({ maxFailures: 2, windowMs: 10_000, now: () => now })
  limiter.fail('a')
  limiter.check('a')
  limiter.fail('a')
  t.throws(() => limiter.check('a'), { code: 'RATE_LIMITED', retryAfterSeconds: 10 })
  now = 9_001
  t.throws(() => limiter.check('a'), { code: 'RATE_LIMITED', retryAfterSeconds: 1 })
  limiter.check('b')
  now = 10_000
  limiter.check('a')
  limiter.fail('a')
  limiter.check('a')
})
