import type { Handlers } from '../handler-types.ts'
import { chatCreate, chatMessageSend } from './chats.ts'
import { healthGet } from './health.ts'

/** Every operation of openapi.yaml has exactly one handler here (the type checker enforces it). */
export const handlers: Handlers = {
  healthGet,
  chatCreate,
  chatMessageSend,
}
