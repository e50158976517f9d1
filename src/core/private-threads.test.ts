import t from 'tap'
import { PrivateThreads } from './private-threads.ts'

t.test('messages of a workspace are held while a private thread starts, then released without the private thread\'s', async t => {
  const threads = new PrivateThreads()
  const out: string[] = []
  const emit = (message: any) => out.push(`${message.method}:${message.params?.threadId ?? message.params?.thread?.id ?? ''}`)
  let answer!: (id: string) => void
  const started = threads.start('w1', () => new Promise<string>(resolve => { answer = resolve }))
  threads.route('w1', { method: 'thread/started', params: { thread: { id: 'public' } } }, emit)
  threads.route('w2', { method: 'turn/started', params: { threadId: 'elsewhere' } }, emit)
  t.same(out, ['turn/started:elsewhere'], 'other workspaces are not held')
  threads.route('w1', { method: 'thread/started', params: { thread: { id: 'secret' } } }, emit) // arrives before thread/start's answer is seen
  answer('secret')
  t.equal(await started, 'secret')
  t.same(out, ['turn/started:elsewhere', 'thread/started:public'], 'held messages flow on in order, the private thread\'s dropped')
  threads.route('w1', { method: 'item/agentMessage/delta', params: { threadId: 'secret' } }, emit)
  threads.route('w1', { method: 'account/rateLimits/updated', params: {} }, emit)
  t.same(out.slice(2), ['account/rateLimits/updated:'], 'later messages of the private thread are dropped too')
  t.ok(threads.isPrivate('secret'))
})

t.test('a failed start releases the held messages', async t => {
  const threads = new PrivateThreads()
  const out: string[] = []
  const started = threads.start('w1', async () => { throw new Error('no') })
  threads.route('w1', { method: 'x' }, message => out.push(message.method))
  await t.rejects(started)
  t.same(out, ['x'])
})
