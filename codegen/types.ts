import openapiTS, { astToString } from 'openapi-typescript'
import { header } from './header.ts'
import type { JsonObject } from './spec.ts'

const pascal = (name: string) => name.charAt(0).toUpperCase() + name.slice(1)

async function typesOf(doc: JsonObject): Promise<string> {
  return astToString(await openapiTS(doc as any, { alphabetize: true, exportType: true }))
}

/** `server/openapi.ts`: request and response types of every operation (openapi-typescript). */
export async function emitServerTypes(openapi: JsonObject): Promise<Record<string, string>> {
  return { 'server/openapi.ts': header('openapi.yaml') + await typesOf(openapi) }
}

/**
 * `messages/types.ts`: one type per AsyncAPI message (`<Name>Frame`) and one union per channel
 * (`<Channel>Frame`). openapi-typescript does the work on a synthetic document that holds the
 * shared schemas of openapi.yaml next to the message payloads.
 */
export async function emitMessageTypes(openapi: JsonObject, asyncapi: JsonObject): Promise<Record<string, string>> {
  const local = (node: unknown) => JSON.parse(JSON.stringify(node)
    .replace(/"openapi\.yaml#\/components\/schemas\//g, '"#/components/schemas/')
    .replace(/"#\/components\/messages\/([^"/]+)\/payload"/g, (_m, n) => `"#/components/schemas/${pascal(n)}Frame"`))
  const frames: JsonObject = {}
  for (const [name, message] of Object.entries<JsonObject>(asyncapi.components?.messages ?? {})) {
    frames[`${pascal(name)}Frame`] = local({ description: message.summary, ...message.payload })
  }
  for (const [name, channel] of Object.entries<JsonObject>(asyncapi.channels ?? {})) {
    const names = Object.values<JsonObject>(channel.messages ?? {}).map(m => pascal(m.$ref.split('/').pop()))
    frames[`${pascal(name)}Frame`] = { oneOf: names.map(n => ({ $ref: `#/components/schemas/${n}Frame` })) }
  }
  // AsyncAPI's own shared schemas (the daemon's models) sit next to openapi.yaml's, so local refs resolve.
  const own = local(asyncapi.components?.schemas ?? {})
  const doc = { openapi: '3.1.0', info: { title: 'messages', version: '0' }, paths: {},
    components: { schemas: { ...(openapi.components?.schemas ?? {}), ...own, ...frames } } }
  const aliases = Object.keys(frames).map(n => `export type ${n} = components['schemas']['${n}']`).join('\n')
  return { 'messages/types.ts': header('asyncapi.yaml') + await typesOf(doc) + '\n' + aliases + '\n' }
}
