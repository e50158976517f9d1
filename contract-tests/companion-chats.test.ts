import t from 'tap'
import { say, type ModelResponse } from './support/fake-model.ts'
import { startGateway } from './support/gateway.ts'

/** A model answer that stalls before speaking, so a turn stays running for a while. */
const slow = (text: string, ms = 8000): ModelResponse => [{ kind: 'pause', ms }, { kind: 'say', text }]

t.test('a new chat is listed under its project at once, before Codex lists it', async t => {
  const gw = await startGateway(t)
  const chatId = await gw.createChat()
  const projects = (await gw.get('/v1/projects')).body.data
  const project = projects.find((p: any) => p.cwd === gw.repo)
  t.ok(project, 'the project of the new chat is listed')
  t.equal(project.chatCount, 1)
  const chats = (await gw.get(`/v1/chats?projectId=${project.projectId}`)).body.data
  t.same(chats.map((c: any) => c.chatId), [chatId])
  t.equal((await gw.get('/v1/chats?projectId=unknownProject')).status, 404)
  t.equal((await gw.get('/v1/chats')).status, 400, 'projectId is required')
})

t.test('chats are listed latest activity first, with the first message as title', async t => {
  const gw = await startGateway(t, { model: [say('a'), say('b')] })
  const older = await gw.createChat()
  const newer = await gw.createChat()
  for (const [chatId, text] of [[older, 'first chat'], [newer, 'second chat']]) {
    const stream = await gw.stream(chatId)
    await gw.post(`/v1/chats/${chatId}/messages`, { text })
    await stream.next('turn_completed')
    await new Promise(resolve => setTimeout(resolve, 1100)) // updatedAt has one-second resolution
  }
  const project = (await gw.get('/v1/projects')).body.data.find((p: any) => p.cwd === gw.repo)
  const chats = (await gw.get(`/v1/chats?projectId=${project.projectId}`)).body.data
  t.same(chats.map((c: any) => c.chatId), [newer, older])
  t.same(chats.map((c: any) => c.title), ['second chat', 'first chat'])
})

t.test('activate tells whether a chat was loaded, resumed, or has nothing persisted', async t => {
  const gw = await startGateway(t)
  const chatId = await gw.createChat()
  const activated = (await gw.post(`/v1/chats/${chatId}/activate`)).body.data
  t.equal(activated.status, 'already_active')
  t.equal(activated.desktopSync, process.platform === 'darwin' ? activated.desktopSync : 'unsupported', 'no pretended desktop sync')
  t.equal((await gw.post('/v1/chats/00000000-0000-7000-8000-000000000000/activate')).status, 404)
})

t.test('stop interrupts the running turn and run-state follows it', async t => {
  const gw = await startGateway(t, { model: [slow('too late')] })
  const chatId = await gw.createChat()
  const stream = await gw.stream(chatId)
  const { turnId } = (await gw.post(`/v1/chats/${chatId}/messages`, { text: 'take your time' })).body.data
  await stream.next('turn_started')
  t.same((await gw.get(`/v1/chats/${chatId}/run-state`)).body.data, { chatId, isRunning: true, activeTurnId: turnId })
  t.same((await gw.post(`/v1/chats/${chatId}/stop`)).body.data, { chatId, interrupted: true, turnId })
  t.equal((await stream.next('turn_completed')).data.status, 'interrupted')
  t.same((await gw.get(`/v1/chats/${chatId}/run-state`)).body.data, { chatId, isRunning: false, activeTurnId: null })
  t.same((await gw.post(`/v1/chats/${chatId}/stop`)).body.data, { chatId, interrupted: false, turnId: null }, 'nothing left to stop')
})

t.test('steer adds to the running turn, and starts a new turn once the run ended', async t => {
  const gw = await startGateway(t, { model: [slow('first answer', 3000), say('steered answer'), say('new turn answer')] })
  const chatId = await gw.createChat()
  const stream = await gw.stream(chatId)
  const { turnId } = (await gw.post(`/v1/chats/${chatId}/messages`, { text: 'start' })).body.data
  await stream.next('turn_started')
  const steered = await gw.post(`/v1/chats/${chatId}/steer`, { text: 'also look at docs' })
  t.equal(steered.status, 202)
  t.same(steered.body.data, { chatId, turnId, steered: true })
  await stream.next('turn_completed')
  t.match(JSON.stringify(gw.model.requests), 'also look at docs', 'the model received the steer text')

  const fallback = await gw.post(`/v1/chats/${chatId}/steer`, { text: 'one more thing' })
  t.equal(fallback.body.data.steered, false)
  t.not(fallback.body.data.turnId, turnId, 'a new turn carries the text')
  t.equal((await stream.next('turn_started')).data.turnId, fallback.body.data.turnId)
  await stream.next('turn_completed')
})
