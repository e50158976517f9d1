/** Memory of another process, from /proc (Linux): current and peak resident set size. */
import { readFileSync, writeFileSync } from 'node:fs'

function statusField(pid: number, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  if (!match) throw new Error(`no ${field} for pid ${pid}`)
  return Number(match[1]) * 1024
}

/** Resident set size in bytes. */
export function rssOf(pid: number): number {
  return statusField(pid, 'VmRSS')
}

/** Peak resident set size in bytes since start or since the last resetPeak(). */
export function peakRssOf(pid: number): number {
  return statusField(pid, 'VmHWM')
}

/**
 * Resets the peak so the next peakRssOf() covers only what follows (writing 5 to clear_refs,
 * Linux ≥ 4.0, our own child). Returns false where the kernel refuses; the peak then counts from start.
 */
export function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
    return true
  } catch {
    return false
  }
}

export const MB = 1024 * 1024

/** Anonymous resident memory (heap, stacks, buffers): RSS without the mapped files such as the node binary. */
export function anonRssOf(pid: number): number {
  return statusField(pid, 'RssAnon')
}

/**
 * Samples a process's anonymous RSS every `everyMs` until stopped; returns the highest seen.
 * The kernel keeps no peak of it, so a spike shorter than the interval can be missed.
 */
export function sampleAnonPeak(pid: number, everyMs = 10): () => number {
  let peak = anonRssOf(pid)
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, anonRssOf(pid))
    } catch {
      clearInterval(timer) // the process is gone
    }
  }, everyMs)
  return () => {
    clearInterval(timer)
    return peak
  }
}
