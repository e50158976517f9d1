import { execFile, execFileSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { CLI, startGateway } from '../support/gateway.ts'

// The data dir on a small filesystem of the test's own (a tmpfs), filled up and then made
// read-only under a running gateway: every write answers STORAGE_FAILED naming the file and the
// reason, every store keeps its previous content, nothing half-written is left, and the gateway
// recovers once the disk does. A gateway that starts on a read-only data dir says so and exits.

const mount = (...args: string[]) => execFileSync('mount', args, { stdio: 'pipe' })

/** A 4 MiB tmpfs at a fresh folder, unmounted after the test. */
async function smallDisk(t: Test): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'small-disk-'))
  mount('-t', 'tmpfs', '-o', 'size=4m,mode=0700', 'tmpfs', dir)
  t.teardown(async () => {
    execFileSync('umount', ['-l', dir])
    await rm(dir, { recursive: true, force: true })
  })
  return dir
}

/** Writes until the disk says it is full. */
async function fill(dir: string): Promise<void> {
  const block = Buffer.alloc(64 * 1024, 1)
  for (let i = 0; ; i++) {
    try {
      await writeFile(join(dir, `filler-${i}`), block)
    } catch (error: any) {
      if (error.code === 'ENOSPC') return
      throw error
    }
  }
}

/** Every JSON store under `dir` parses and no temp file is left. */
async function storeProblems(dir: string): Promise<string[]> {
  const problems: string[] = []
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('filler-')) continue
    const path = join(entry.parentPath, entry.name)
    if (entry.name.endsWith('.tmp')) problems.push(`temp file left: ${path}`)
    if (entry.name.endsWith('.json')) await readFile(path, 'utf8').then(JSON.parse).catch(error => problems.push(`${path}: ${error.message}`))
  }
  return problems
}

const mountAllowed = (() => {
  try {
    execFileSync('mount', ['--version'], { stdio: 'pipe' })
    return process.getuid?.() === 0
  } catch {
    return false
  }
})()

t.test('a full, then read-only data dir: clear errors, whole stores, and recovery', { skip: !mountAllowed && 'mounting a tmpfs needs root' }, async t => {
  const disk = await smallDisk(t)
  const dataDir = join(disk, 'data')
  const gw = await startGateway(t, { dataDir })
  const daemon = await gw.daemon()
  const tokens = await readFile(join(dataDir, 'tokens.json'), 'utf8')

  await fill(disk)
  const log = await gw.post('/v1/debug/ios-log', { log: '{"event":"hello"}' })
  t.equal(log.status, 507, 'the client log is refused with 507')
  t.equal(log.body.error.code, 'STORAGE_FAILED')
  t.match(log.body.error.message, /cannot write .*logs.*: the disk is full \(ENOSPC\)/)
  const full = await daemon.request('add_workspace', { path: gw.repo })
  t.equal(full.error?.code, 'STORAGE_FAILED', 'the daemon says so too')
  t.match(full.error?.message, /workspaces\.json: the disk is full/)
  t.equal((await gw.get('/v1/projects')).status, 200, 'what needs no write goes on working')

  mount('-o', 'remount,ro', disk)
  const readOnly = await gw.post('/v1/pairing/revoke', {})
  t.equal(readOnly.status, 507, 'revoking is refused while its store cannot be written')
  t.match(readOnly.body.error.message, /tokens\.json: the file system is read-only \(EROFS\)/)
  t.equal((await gw.get('/v1/projects')).status, 200, 'so the token still works, as the store on disk says')
  t.equal(await readFile(join(dataDir, 'tokens.json'), 'utf8'), tokens, 'the token store is as it was')

  mount('-o', 'remount,rw', disk)
  for (const entry of await readdir(disk)) if (entry.startsWith('filler-')) await rm(join(disk, entry))
  t.same(await storeProblems(dataDir), [], 'every store parses and no temp file is left')
  const added = await daemon.call('add_workspace', { path: gw.repo })
  t.ok((await daemon.call('list_workspaces')).some((w: any) => w.id === added.id), 'writes work again once the disk does')
  t.equal((await gw.post('/v1/debug/ios-log', { log: '{"event":"hello"}' })).status, 200)
})

t.test('starting on a read-only data dir stops with the reason', { skip: !mountAllowed && 'mounting a tmpfs needs root' }, async t => {
  const disk = await smallDisk(t)
  mount('-o', 'remount,ro', disk)
  const result = await new Promise<{ code: number, stderr: string }>(resolve => {
    execFile(process.execPath, [CLI, 'serve', '--port', '0', '--daemon-port', '0', '--data-dir', join(disk, 'data')], { timeout: 30_000 },
      (error, _stdout, stderr) => resolve({ code: (error?.code as number) ?? 0, stderr }))
  })
  t.equal(result.code, 1, 'exit code 1')
  t.match(result.stderr, /the data dir cannot be used: cannot write .*: the file system is read-only \(EROFS\)/)
})
