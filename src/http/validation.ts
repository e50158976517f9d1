import { payloads, requestParams } from '../generated-validators.ts'
import { GatewayError } from '../errors.ts'

interface ValidateFunction {
  (data: unknown): boolean
  errors?: { instancePath: string, message?: string, params?: Record<string, unknown> }[] | null
}

const validators: Record<string, ValidateFunction | undefined> = { ...requestParams, ...payloads } as any

/** The generated validator of `key` (`chatCreate_body`, `message_turnStarted`, …), if the spec has that part. */
export function validatorFor(key: string): ValidateFunction | undefined {
  return validators[key]
}

/** Validates (and, for path and query, coerces in place) one part of a request; INVALID_REQUEST on failure. */
export function assertValid(key: string, part: 'path' | 'query' | 'body', value: unknown): void {
  const validate = validatorFor(key)
  if (!validate || validate(value)) return
  throw new GatewayError('INVALID_REQUEST', describeErrors(part, validate.errors ?? []))
}

/** One readable sentence from ajv's errors, e.g. `body/text must NOT have fewer than 1 characters`. */
export function describeErrors(part: string, errors: NonNullable<ValidateFunction['errors']>): string {
  return errors.slice(0, 3).map(e => {
    const extra = e.params?.additionalProperty ? ` (${e.params.additionalProperty})`
      : e.params?.allowedValues ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : ''
    return `${part}${e.instancePath} ${e.message}${extra}`
  }).join('; ')
}
