import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import standaloneCode from 'ajv/dist/standalone/index.js'
import { header } from './header.ts'
import { operations, resolveRef, type JsonObject } from './spec.ts'

// Ajv's standalone ESM output still calls require() for its runtime helpers.
const ESM_PRELUDE = `import { createRequire } from 'node:module'\nconst require = createRequire(import.meta.url)\n`

function newAjv(coerceTypes: boolean) {
  const ajv = new Ajv2020({ code: { source: true, esm: true }, strict: false, allErrors: true, coerceTypes })
  addFormats(ajv)
  return ajv
}

/** Object schema for the path or query parameters of one operation. */
function parametersSchema(params: JsonObject[], location: 'path' | 'query') {
  const own = params.filter(p => p.in === location)
  return {
    type: 'object',
    additionalProperties: false,
    required: own.filter(p => p.required).map(p => p.name),
    properties: Object.fromEntries(own.map(p => [p.name, rebase(p.schema ?? {})])),
  }
}

/** Rewrites local refs so a fragment compiled on its own still points into openapi.yaml. */
function rebase(schema: JsonObject): JsonObject {
  return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\//g, '"$ref":"openapi.yaml#/'))
}

function jsonSchemaOf(content: JsonObject | undefined) {
  return content?.['application/json']?.schema
}

/**
 * Escapes every non-ASCII character of generated JavaScript (they only occur in string literals:
 * the schemas' descriptions and examples). V8 keeps a module's source for as long as the module
 * lives, and one character beyond Latin-1 makes it store all 3 MB of it at two bytes a character.
 */
function asciiOnly(code: string): string {
  return code.replace(/[^\x00-\x7f]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/**
 * Ajv standalone validators: request parts and responses of every OpenAPI operation
 * (`<operationId>_path|query|body|response_<status>`), and every AsyncAPI message
 * (`message_<name>`) and channel (`channel_<name>`: any of its messages), and every shared schema
 * of openapi.yaml (`schema_<Name>`).
 */
export function emitValidators(openapi: JsonObject, asyncapi: JsonObject): Record<string, string> {
  const docs = [{ ...openapi, $id: 'openapi.yaml' }, { ...asyncapi, $id: 'asyncapi.yaml' }]
  const params = newAjv(true)
  const payloads = newAjv(false)
  for (const ajv of [params, payloads]) for (const doc of docs) ajv.addSchema(doc, undefined, undefined, false)
  const paramExports: Record<string, string> = {}
  const payloadExports: Record<string, string> = {}
  const add = (ajv: typeof params, exports: Record<string, string>, key: string, schema: JsonObject) => {
    ajv.addSchema(schema, key)
    exports[key] = key
  }

  for (const { op, parameters } of operations(openapi)) {
    const id = op.operationId
    add(params, paramExports, `${id}_path`, parametersSchema(parameters, 'path'))
    add(params, paramExports, `${id}_query`, parametersSchema(parameters, 'query'))
    const body = jsonSchemaOf(resolveRef(openapi, op.requestBody ?? {}).content)
    if (body) add(payloads, payloadExports, `${id}_body`, rebase(body))
    for (const [status, response] of Object.entries<JsonObject>(op.responses ?? {})) {
      const schema = jsonSchemaOf(resolveRef(openapi, response).content)
      if (schema) add(payloads, payloadExports, `${id}_response_${status}`, rebase(schema))
    }
  }
  for (const name of Object.keys(openapi.components?.schemas ?? {})) {
    add(payloads, payloadExports, `schema_${name}`, { $ref: `openapi.yaml#/components/schemas/${name}` })
  }
  for (const name of Object.keys(asyncapi.components?.messages ?? {})) {
    add(payloads, payloadExports, `message_${name}`, { $ref: `asyncapi.yaml#/components/messages/${name}/payload` })
  }
  for (const [name, channel] of Object.entries<JsonObject>(asyncapi.channels ?? {})) {
    const refs = Object.values<JsonObject>(channel.messages ?? {}).map(m => ({ $ref: `asyncapi.yaml${m.$ref}/payload` }))
    add(payloads, payloadExports, `channel_${name}`, { anyOf: refs })
  }
  const render = (ajv: typeof params, exports: Record<string, string>) =>
    header('openapi.yaml and asyncapi.yaml', 'line', true) + '// @ts-nocheck\n' + ESM_PRELUDE + asciiOnly(standaloneCode(ajv, exports)) + '\n'
  return {
    'server/request-params-validators.ts': render(params, paramExports),
    'server/payload-validators.ts': render(payloads, payloadExports),
  }
}
