import t from 'tap'
import { say } from './support/fake-model.ts'
import { startGateway } from './support/gateway.ts'

t.test('a message streams turn_started, the model text as message_delta and turn_completed', async t => {
  const gw = await startGateway(t, { model: [say('Hello from the fake model', { chunks: 5 })] })
  const chatId = await gw.createChat()
  const stream = await gw.stream(chatId)

  const sent = await gw.post(`/v1/chats/${chatId}/messages`, { text: 'say hello' })
  t.equal(sent.status, 202)
  t.equal(sent.body.data.chatId, chatId)

  const started = await stream.next('turn_started')
  t.equal(started.data.turnId, sent.body.data.turnId)
  const completed = await stream.next('turn_completed')
  t.equal(completed.data.status, 'completed')
  const text = stream.frames.filter(f => f.type === 'message_delta').map(f => f.data.delta).join('')
  t.equal(text, 'Hello from the fake model')
  t.match(JSON.stringify(gw.model.requests[0]), 'say hello', 'the model received the user text')
})

t.test('every client on a chat receives every frame', async t => {
  const gw = await startGateway(t, { model: [say('one two three', { chunks: 3 })] })
  const chatId = await gw.createChat()
  const [a, b] = [await gw.stream(chatId), await gw.stream(chatId)]
  await gw.post(`/v1/chats/${chatId}/messages`, { text: 'count' })
  await Promise.all([a.next('turn_completed'), b.next('turn_completed')])
  const types = (s: typeof a) => s.frames.map(f => f.type)
  t.same(types(a), types(b))
  t.equal(a.frames.filter(f => f.type === 'message_delta').map(f => f.data.delta).join(''), 'one two three')
})
