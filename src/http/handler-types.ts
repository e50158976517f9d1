import type { operations } from '../../generated/server/openapi.ts'
import type { OperationId } from '../../generated/server/routes.ts'
import type { Device } from '../core/devices.ts'
import type { Services } from '../services.ts'

type Op<K extends OperationId> = operations[K]
type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : undefined
type BodyOf<O> = O extends { requestBody: infer B } ? JsonOf<B>
  : O extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> | undefined : undefined
type Success<R> = { [S in keyof R]: S extends 200 | 201 | 202 | 204 ? JsonOf<R[S]> : never }[keyof R]

/** Validated input of an operation, typed from openapi.yaml. */
export interface HandlerInput<K extends OperationId> {
  params: NonNullable<Op<K>['parameters']['path']>
  query: NonNullable<Op<K>['parameters']['query']>
  body: BodyOf<Op<K>>
  /** The authenticated device; undefined only on operations without security. */
  device?: Device
  /** The caller's address, for the few operations that care (pairing is loopback-only). */
  remoteAddress: string
  /** Aborts when the client goes away before the answer (a long wait can stop early). */
  signal: AbortSignal
}

/** One handler per operationId: typed input in, the success response body out. Never sees Koa. */
export type Handler<K extends OperationId> = (input: HandlerInput<K>, services: Services) => Promise<Success<Op<K>['responses']>>

export type Handlers = { [K in OperationId]: Handler<K> }
