/**
 * The generated Ajv validators (generated/server/*-validators.ts), loaded as the plain
 * JavaScript they are. They carry a .ts name but no types (`// @ts-nocheck`, Ajv standalone
 * output); left to Node, its type stripper would parse the 2.5 MB payload module — half a
 * second of start-up and ~70 MB of WebAssembly memory the process never gives back
 * (docs/benchmarks.md). A load hook hands Node their source as an ES module instead.
 */
import { readFileSync } from 'node:fs'
import { registerHooks } from 'node:module'

type PayloadValidators = typeof import('../generated/server/payload-validators.ts')
type RequestParamsValidators = typeof import('../generated/server/request-params-validators.ts')

const PAYLOADS = new URL('../generated/server/payload-validators.ts', import.meta.url).href
const REQUEST_PARAMS = new URL('../generated/server/request-params-validators.ts', import.meta.url).href
const PLAIN_JS = new Set([PAYLOADS, REQUEST_PARAMS])

registerHooks({
  load(url, context, nextLoad) {
    if (!PLAIN_JS.has(url)) return nextLoad(url, context)
    return { format: 'module', source: readFileSync(new URL(url), 'utf8'), shortCircuit: true }
  },
})

/** Every payload validator: request bodies, responses, stream and daemon frames. */
export const payloads: PayloadValidators = await import(PAYLOADS)
/** The validators of path and query parameters. */
export const requestParams: RequestParamsValidators = await import(REQUEST_PARAMS)
