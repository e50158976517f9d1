/** What the reliability tests read about processes: memory, open files, children — from /proc and ps. */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, readlinkSync } from 'node:fs'

/** Resident memory of a process, in bytes (VmRSS of /proc/<pid>/status). */
export function rssBytes(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
  if (kb === undefined) throw new Error(`no VmRSS for ${pid}`)
  return Number(kb) * 1024
}

/** Open file descriptors of a process. */
export function openFiles(pid: number): number {
  return readdirSync(`/proc/${pid}/fd`).length
}

/** Whether a process exists (and is not a zombie). */
export function alive(pid: number): boolean {
  try {
    const state = /State:\s+(\S)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return state !== undefined && state !== 'Z'
  } catch {
    return false
  }
}

/** Pids and command lines of every descendant of `pid`. */
export function descendants(pid: number): { pid: number, args: string }[] {
  const table = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' }).split('\n').filter(Boolean).map(line => {
    const [, child, parent, args] = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line) ?? []
    return { pid: Number(child), ppid: Number(parent), args }
  })
  const found: { pid: number, args: string }[] = []
  const walk = (parent: number) => {
    for (const row of table) if (row.ppid === parent) { found.push({ pid: row.pid, args: row.args }); walk(row.pid) }
  }
  walk(pid)
  return found
}

/** The `codex app-server` processes under the gateway, main child and workspace children alike. */
export function appServers(gatewayPid: number): number[] {
  return descendants(gatewayPid).filter(p => / app-server\b/.test(p.args) && !p.args.includes('/bin/sh')).map(p => p.pid)
}

/** The working directory of a process. */
export function cwdOf(pid: number): string {
  return readlinkSync(`/proc/${pid}/cwd`)
}
