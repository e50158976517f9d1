import { readFile } from 'node:fs/promises'
import t from 'tap'
import { parse } from 'yaml'
import { ERRORS, GatewayError, publicError } from './errors.ts'

const read = (file: string) => readFile(new URL(`../${file}`, import.meta.url), 'utf8')

t.test('every error code is documented in docs/errors.md with its HTTP status', async t => {
  const doc = await read('docs/errors.md')
  for (const [code, { http }] of Object.entries(ERRORS)) {
    t.match(doc, new RegExp(`\\| \`${code}\` \\| ${http} \\|`), `${code} is in docs/errors.md as ${http}`)
  }
})

t.test('the specs list exactly the codes of the error table', async t => {
  const openapi = parse(await read('openapi.yaml'))
  t.same([...openapi.components.schemas.ErrorCode.enum].sort(), Object.keys(ERRORS).sort())
  const asyncapi = await read('asyncapi.yaml')
  t.match(asyncapi, 'openapi.yaml#/components/schemas/StreamErrorEvent', 'stream errors carry the shared ErrorCode')
  t.match(openapi.components.schemas.StreamErrorEvent.properties.code.$ref, 'ErrorCode')
})

t.test('an unexposed error reaches a client only as "internal error"', async t => {
  t.same(publicError(new GatewayError('INTERNAL', 'secret path /home/x')), { code: 'INTERNAL', message: 'internal error' })
  t.same(publicError(new TypeError('boom')), { code: 'INTERNAL', message: 'internal error' })
  t.same(publicError(new GatewayError('CHAT_NOT_FOUND', 'no chat x')), { code: 'CHAT_NOT_FOUND', message: 'no chat x' })
})
