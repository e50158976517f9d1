import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { readJson, writeJsonAtomic } from './json-file.ts'

export interface Device {
  id: string
  name: string
  createdAt: string
}

interface StoredDevice extends Device {
  /** sha256 of the token, hex: the token itself is never written anywhere. */
  tokenHash: string
}

interface TokenFile {
  devices: StoredDevice[]
}

const hash = (token: string) => createHash('sha256').update(token).digest()

/**
 * The device tokens, kept as hashes in `<data-dir>/tokens.json` (0600). The file is the
 * source of truth: a token issued or revoked from another process (the CLI) takes effect
 * at the next check, because every check first reloads a file that changed.
 */
export class DeviceStore extends EventEmitter<{ revoked: [deviceId: string] }> {
  readonly path: string
  private devices: StoredDevice[] = []
  private loadedVersion = ''

  constructor(dataDir: string) {
    super()
    this.path = join(dataDir, 'tokens.json')
  }

  /** Mints a token for a new device. The token is returned once and never stored. */
  async issue(name: string): Promise<{ token: string, device: Device }> {
    await this.reload()
    const token = randomBytes(32).toString('base64url')
    const device: StoredDevice = { id: randomUUID(), name, createdAt: new Date().toISOString(), tokenHash: hash(token).toString('hex') }
    await this.save([...this.devices, device])
    return { token, device: publicDevice(device) }
  }

  /** The device a token belongs to, compared in constant time, or undefined. */
  async verify(token: string | undefined): Promise<Device | undefined> {
    if (!token) return undefined
    await this.reload()
    const candidate = hash(token)
    let found: StoredDevice | undefined
    for (const device of this.devices) {
      // Compare against every device so timing does not tell which one (or whether any) matched.
      if (timingSafeEqual(candidate, Buffer.from(device.tokenHash, 'hex'))) found = device
    }
    return found && publicDevice(found)
  }

  async list(): Promise<Device[]> {
    await this.reload()
    return this.devices.map(publicDevice)
  }

  /** Removes a device; returns false when there is no such device. */
  async revoke(deviceId: string): Promise<boolean> {
    await this.reload()
    const kept = this.devices.filter(d => d.id !== deviceId)
    if (kept.length === this.devices.length) return false
    await this.save(kept)
    return true
  }

  /**
   * Re-reads the file if it changed and emits `revoked` for every device that disappeared —
   * also when another process (the CLI) revoked it. The gateway calls this periodically.
   */
  async reload(): Promise<void> {
    const version = await stat(this.path).then(s => `${s.mtimeMs}:${s.size}:${s.ino}`, () => 'missing')
    if (version === this.loadedVersion) return
    this.replace((await readJson<TokenFile>(this.path, { devices: [] })).devices)
    this.loadedVersion = version
  }

  private async save(devices: StoredDevice[]): Promise<void> {
    await writeJsonAtomic(this.path, { devices } satisfies TokenFile)
    this.replace(devices)
    this.loadedVersion = ''
  }

  private replace(devices: StoredDevice[]): void {
    const kept = new Set(devices.map(d => d.id))
    const gone = this.devices.filter(d => !kept.has(d.id))
    this.devices = devices
    for (const device of gone) this.emit('revoked', device.id)
  }
}

function publicDevice({ id, name, createdAt }: StoredDevice): Device {
  return { id, name, createdAt }
}
