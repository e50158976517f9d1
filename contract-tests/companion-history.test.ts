import t from 'tap'
import { execEscalated, say } from './support/fake-model.ts'
import { startGateway } from './support/gateway.ts'

t.test('history and timeline come from the rollout file, survive a restart, and page without gaps', async t => {
  const gw = await startGateway(t, {
    model: [
      [...say('Thinking about it.', { phase: 'commentary' }), ...execEscalated('echo hi > out.txt')],
      say('All done.', { phase: 'final_answer' }),
      say('Second answer.'),
    ],
  })
  const chatId = await gw.createChat()
  const stream = await gw.stream(chatId)
  t.same((await gw.get(`/v1/chats/${chatId}/messages`)).body.data, { messages: [], nextCursor: null }, 'nothing persisted yet')

  await gw.post(`/v1/chats/${chatId}/messages`, { text: 'first question' })
  const ask = await stream.next('approval_required')
  await gw.post(`/v1/approvals/${ask.data.id}`, { decision: 'approve' })
  await stream.next('turn_completed')
  await gw.post(`/v1/chats/${chatId}/messages`, { text: 'second question' })
  await stream.next('turn_completed')

  await gw.restart()
  t.equal((await gw.post(`/v1/chats/${chatId}/activate`)).body.data.status, 'resumed', 'after a restart the chat is resumed')

  const { messages, nextCursor } = (await gw.get(`/v1/chats/${chatId}/messages`)).body.data
  t.equal(nextCursor, null)
  t.same(messages.map((m: any) => [m.role, m.text]), [
    ['user', 'first question'],
    ['assistant', 'Thinking about it.'],
    ['assistant', 'All done.'],
    ['user', 'second question'],
    ['assistant', 'Second answer.'],
  ])
  const final = messages.find((m: any) => m.text === 'All done.')
  t.equal(final.phase, 'final_answer')
  t.type(final.workedDurationSeconds, 'number', 'the final answer says how long the turn worked')

  const timeline = (await gw.get(`/v1/chats/${chatId}/timeline`)).body.data.entries
  const kinds = timeline.map((e: any) => e.kind)
  t.ok(kinds.includes('commentary'), 'saved commentary')
  const command = timeline.find((e: any) => e.kind === 'command_finished')
  t.match(command, { command: /echo hi/, exitCode: 0, title: 'Command finished' })

  const pages: any[] = []
  let cursor: string | null = null
  do {
    const page: any = (await gw.get(`/v1/chats/${chatId}/messages?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`)).body.data
    pages.push(page.messages)
    cursor = page.nextCursor
  } while (cursor)
  t.same(pages.reverse().flat().map((m: any) => m.id), messages.map((m: any) => m.id), 'pages of 2 give every message once, in order')
  t.equal((await gw.get(`/v1/chats/${chatId}/messages?cursor=garbage`)).status, 400)
  t.equal((await gw.get('/v1/chats/00000000-0000-7000-8000-000000000000/messages')).status, 404)
})
