import type { Handler } from '../handler-types.ts'

/** Upstream `thread/list` (every page), latest activity first. */
export const chatList: Handler<'chatList'> = async ({ query }, { projects }) => ({
  data: await projects.chatsOf(query.projectId),
})

/** Upstream `thread/start`. */
export const chatCreate: Handler<'chatCreate'> = async ({ body }, { chats }) => ({
  data: await chats.create(body.cwd),
})

/** Upstream `thread/resume` when the chat is not loaded; then nudges Codex Desktop to show it. */
export const chatActivate: Handler<'chatActivate'> = async ({ params }, { chats, projects, desktop }) => {
  const status = await chats.activate(params.chatId)
  const labels = await projects.labelsOf(params.chatId)
  const desktopSync = labels ? await desktop.select(labels) : 'failed'
  return { data: { chatId: params.chatId, status, desktopSync } }
}

/** Upstream `turn/start`. */
export const chatMessageSend: Handler<'chatMessageSend'> = async ({ params, body }, { chats }) => {
  const { turnId } = await chats.sendMessage(params.chatId, body.text)
  return { data: { chatId: params.chatId, turnId } }
}

/** Upstream `turn/steer`, falling back to `turn/start` when the run ended. */
export const chatSteer: Handler<'chatSteer'> = async ({ params, body }, { chats }) => ({
  data: { chatId: params.chatId, ...await chats.steer(params.chatId, body.text) },
})

/** Upstream `turn/interrupt`. */
export const chatStop: Handler<'chatStop'> = async ({ params }, { chats }) => ({
  data: { chatId: params.chatId, ...await chats.stop(params.chatId) },
})

/** Upstream `thread/read` when a running turn went silent. */
export const chatRunStateGet: Handler<'chatRunStateGet'> = async ({ params }, { chats }) => ({
  data: await chats.runState(params.chatId),
})
