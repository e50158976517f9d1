import { existsSync } from 'node:fs'
import { join } from 'node:path'
import t from 'tap'
import { execEscalated, say } from './support/fake-model.ts'
import { startGateway } from './support/gateway.ts'

t.test('an escalated command waits for approval, every client sees it, and it runs once approved', async t => {
  const gw = await startGateway(t, { model: [execEscalated('touch ok.txt'), say('done')] })
  const chatId = await gw.createChat()
  const [phone, tablet] = [await gw.stream(chatId), await gw.stream(chatId)]
  await gw.post(`/v1/chats/${chatId}/messages`, { text: 'go' })

  const ask = await phone.next('approval_required')
  t.match(ask.data, { chatId, kind: 'command', mode: 'approval', title: 'Run command', supportsSessionAllow: true })
  t.match(ask.data.summary, 'touch ok.txt')
  t.equal((await tablet.next('approval_required')).data.id, ask.data.id, 'the other client sees the same approval')
  t.same((await gw.get(`/v1/chats/${chatId}/pending-approval`)).body.data, ask.data, 'a late client re-hydrates it')
  t.notOk(existsSync(join(gw.repo, 'ok.txt')), 'nothing ran before the answer')

  const answer = await gw.post(`/v1/approvals/${ask.data.id}`, { decision: 'approve' })
  t.equal(answer.status, 200)
  t.same((await phone.next('approval_cleared')).data.ids, [ask.data.id])
  t.same((await tablet.next('approval_cleared')).data.ids, [ask.data.id])
  await phone.next('turn_completed')
  t.ok(existsSync(join(gw.repo, 'ok.txt')), 'the approved command ran')
  t.equal((await gw.get(`/v1/chats/${chatId}/pending-approval`)).body.data, null)

  const again = await gw.post(`/v1/approvals/${ask.data.id}`, { decision: 'decline' })
  t.equal(again.status, 409, 'the first answer won')
  t.equal(again.body.error.code, 'APPROVAL_ALREADY_ANSWERED')
})

t.test('a declined command does not run and the turn still completes', async t => {
  const gw = await startGateway(t, { model: [execEscalated('touch no.txt'), say('understood')] })
  const chatId = await gw.createChat()
  const stream = await gw.stream(chatId)
  await gw.post(`/v1/chats/${chatId}/messages`, { text: 'go' })
  const ask = await stream.next('approval_required')
  t.equal((await gw.post(`/v1/approvals/${ask.data.id}`, { decision: 'decline' })).status, 200)
  t.equal((await stream.next('turn_completed')).data.status, 'completed')
  t.notOk(existsSync(join(gw.repo, 'no.txt')))
  const output = JSON.stringify(gw.model.requests[1])
  t.match(output, 'function_call_output', 'the model was told the outcome')
})

t.test('allow_for_session accepts later commands of the chat without asking again', async t => {
  const gw = await startGateway(t, { model: [execEscalated('touch one.txt'), execEscalated('touch two.txt'), say('both done')] })
  const chatId = await gw.createChat()
  const stream = await gw.stream(chatId)
  await gw.post(`/v1/chats/${chatId}/messages`, { text: 'go' })
  const ask = await stream.next('approval_required')
  t.equal((await gw.post(`/v1/approvals/${ask.data.id}`, { decision: 'allow_for_session' })).status, 200)
  await stream.next('turn_completed')
  t.ok(existsSync(join(gw.repo, 'one.txt')))
  t.ok(existsSync(join(gw.repo, 'two.txt')))
  t.equal(stream.frames.filter(f => f.type === 'approval_required').length, 1, 'asked once')
})

t.test('unknown approvals and decisions are refused clearly', async t => {
  const gw = await startGateway(t)
  const unknown = await gw.post('/v1/approvals/nope', { decision: 'approve' })
  t.equal(unknown.status, 404)
  t.equal(unknown.body.error.code, 'APPROVAL_NOT_FOUND')
  const bad = await gw.post('/v1/approvals/nope', { decision: 'maybe' })
  t.equal(bad.status, 400)
  t.match(bad.body.error.message, 'decision')
})

t.test('an approval still open when its turn is stopped is cleared for every client', async t => {
  const gw = await startGateway(t, { model: [execEscalated('touch never.txt')] })
  const chatId = await gw.createChat()
  const stream = await gw.stream(chatId)
  await gw.post(`/v1/chats/${chatId}/messages`, { text: 'go' })
  const ask = await stream.next('approval_required')
  await gw.post(`/v1/chats/${chatId}/stop`)
  t.same((await stream.next('approval_cleared')).data.ids, [ask.data.id])
  await stream.next('turn_completed')
  t.equal((await gw.get(`/v1/chats/${chatId}/pending-approval`)).body.data, null)
  t.equal((await gw.post(`/v1/approvals/${ask.data.id}`, { decision: 'approve' })).status, 409, 'too late to answer')
  t.notOk(existsSync(join(gw.repo, 'never.txt')))
})
