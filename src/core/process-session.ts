import { readdirSync, readFileSync } from 'node:fs'

/**
 * Processes of a session (a PTY shell is a session leader; its jobs each get a process group of
 * their own inside that session). Read from /proc on Linux; elsewhere only the leader's own
 * process group is known, so that is what is returned.
 */
export function sessionMembers(sessionId: number): number[] {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return [-sessionId]
  }
  const members: number[] = []
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    const stat = readStat(entry)
    // pid (comm) state ppid pgrp session …: comm may hold spaces and parentheses, so read after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (Number(fields[3]) === sessionId && fields[0] !== 'Z') members.push(Number(entry))
  }
  return members
}

/**
 * Sends `signal` to every process of the session, and to its leader and the leader's process
 * group while `leaderAlive` (once the leader has been reaped its pid may belong to someone else).
 */
export function signalSession(sessionId: number, signal: NodeJS.Signals, leaderAlive: boolean): boolean {
  let any = false
  const leader = leaderAlive ? [sessionId, -sessionId] : []
  for (const target of new Set([...leader, ...sessionMembers(sessionId)])) {
    try {
      process.kill(target, signal)
      any = true
    } catch {} // gone already
  }
  return any
}

function readStat(pid: string): string {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8')
  } catch {
    return ''
  }
}
