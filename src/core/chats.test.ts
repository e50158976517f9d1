import { EventEmitter } from 'node:events'
import t from 'tap'
import type { AppServer } from '../codex/app-server.ts'
import { GatewayError } from '../errors.ts'
import { Chats } from './chats.ts'

/**
 * The one thing the real app-server cannot be made to do on purpose is lose a `turn/completed`.
 * This stand-in answers just the calls run-state makes, so that case can be tested.
 */
function appServerThatLostACompletion(turnStatus: string) {
  const calls: string[] = []
  const codex = Object.assign(new EventEmitter(), {
    async request(method: string) {
      calls.push(method)
      if (method === 'thread/resume') return {}
      if (method === 'turn/start') return { turn: { id: 'turn-1' } }
      if (method === 'thread/read') return { thread: { turns: [{ id: 'turn-1', status: turnStatus }] } }
      if (method === 'turn/interrupt') throw new GatewayError('CODEX_ERROR', 'no active turn to interrupt')
      throw new Error(`unexpected ${method}`)
    },
  })
  return { codex: codex as unknown as AppServer, calls }
}

t.test('a turn whose completion never arrived stops counting as running once thread/read says it ended', async t => {
  const { codex, calls } = appServerThatLostACompletion('completed')
  const chats = new Chats(codex, { reconcileAfterMs: 0 })
  await chats.sendMessage('chat-1', 'hi')
  t.same(await chats.runState('chat-1'), { chatId: 'chat-1', isRunning: false, activeTurnId: null })
  t.ok(calls.includes('thread/read'))
})

t.test('a silent turn that Codex still runs stays running', async t => {
  const { codex } = appServerThatLostACompletion('inProgress')
  const chats = new Chats(codex, { reconcileAfterMs: 0 })
  await chats.sendMessage('chat-1', 'hi')
  t.same(await chats.runState('chat-1'), { chatId: 'chat-1', isRunning: true, activeTurnId: 'turn-1' })
})

t.test('a turn with recent events is not checked upstream at all', async t => {
  const { codex, calls } = appServerThatLostACompletion('completed')
  const chats = new Chats(codex, { reconcileAfterMs: 60_000 })
  await chats.sendMessage('chat-1', 'hi')
  t.equal((await chats.runState('chat-1')).isRunning, true)
  t.notOk(calls.includes('thread/read'))
})

t.test('stop on a turn that ended on the way (its completion not seen yet) stops nothing and is no error', async t => {
  const { codex } = appServerThatLostACompletion('completed')
  const chats = new Chats(codex, { reconcileAfterMs: 60_000 })
  await chats.sendMessage('chat-1', 'hi')
  t.same(await chats.stop('chat-1'), { interrupted: false, turnId: null })
  t.equal(chats.isRunning('chat-1'), false, 'and it no longer counts as running')
})
