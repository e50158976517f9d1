import type { Handler } from '../handler-types.ts'

/** Upstream `thread/start`. */
export const chatCreate: Handler<'chatCreate'> = async ({ body }, { chats }) => ({
  data: await chats.create(body.cwd),
})

/** Upstream `turn/start`. */
export const chatMessageSend: Handler<'chatMessageSend'> = async ({ params, body }, { chats }) => {
  const { turnId } = await chats.sendMessage(params.chatId, body.text)
  return { data: { chatId: params.chatId, turnId } }
}
