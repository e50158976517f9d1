import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { storageError, writeFileAtomic } from '../../core/json-file.ts'
import { GatewayError } from '../../errors.ts'
import type { Handler } from '../handler-types.ts'

/** Revokes the caller's token, or the named device's; its sockets close at once. */
export const pairingRevoke: Handler<'pairingRevoke'> = async ({ body, device }, { devices }) => {
  const deviceId = body?.deviceId ?? device!.id
  if (!await devices.revoke(deviceId)) throw new GatewayError('DEVICE_NOT_FOUND', `no device ${deviceId}`)
  return { data: { deviceId, revoked: true } }
}

/** Keeps only the latest client log: support reads one file, and the data dir cannot grow without bound. */
export const debugIosLogStore: Handler<'debugIosLogStore'> = async ({ body }, { dataDir }) => {
  const dir = join(dataDir, 'logs')
  await mkdir(dir, { recursive: true, mode: 0o700 }).catch(error => { throw storageError(dir, error) })
  const text = body.log.endsWith('\n') || body.log === '' ? body.log : `${body.log}\n`
  await writeFileAtomic(join(dir, 'ios-device.ndjson'), text)
  return { data: { bytes: Buffer.byteLength(text) } }
}
