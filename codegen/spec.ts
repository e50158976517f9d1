import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from 'yaml'

export type JsonObject = Record<string, any>

/** The two contracts, parsed. Paths are relative to the repository root. */
export async function loadSpecs(root: string): Promise<{ openapi: JsonObject, asyncapi: JsonObject }> {
  const [openapi, asyncapi] = await Promise.all(
    ['openapi.yaml', 'asyncapi.yaml'].map(async f => parse(await readFile(join(root, f), 'utf8')) as JsonObject))
  return { openapi, asyncapi }
}

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const

/** Each operation of the OpenAPI document, with path-level parameters merged in and $refs to parameters resolved. */
export function operations(openapi: JsonObject) {
  const ops = []
  for (const [path, item] of Object.entries<JsonObject>(openapi.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const op = item[method]
      if (!op) continue
      const parameters = [...(item.parameters ?? []), ...(op.parameters ?? [])].map(p => resolveRef(openapi, p))
      ops.push({ path, method, op: op as JsonObject, parameters })
    }
  }
  return ops
}

/** Follows a local `#/…` $ref inside one document. */
export function resolveRef(doc: JsonObject, node: JsonObject): JsonObject {
  if (typeof node?.$ref !== 'string' || !node.$ref.startsWith('#/')) return node
  const target = node.$ref.slice(2).split('/').reduce((at: any, key: string) => at?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], doc)
  if (!target) throw new Error(`unresolved $ref ${node.$ref}`)
  return resolveRef(doc, target)
}
