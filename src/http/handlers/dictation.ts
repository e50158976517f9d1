import type { Handler } from '../handler-types.ts'

/** Multipart upload to `${OPENAI_BASE_URL}/audio/transcriptions`. */
export const dictationTranscribe: Handler<'dictationTranscribe'> = async ({ body }, { transcriber }) => ({
  data: await transcriber.transcribe(body),
})
