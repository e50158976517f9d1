/**
 * Counters for what the history readers cost. Tests and benchmarks assert on
 * these (bytes read, scans) rather than on timing, which is noisy on CI.
 */
export type HistoryStats = {
  /** Bytes read from rollout files by any history code. */
  bytesRead: number
  /** Index builds that scanned a file from byte 0. */
  fullScans: number
  /** Index updates that scanned only the bytes appended since the last scan. */
  extensions: number
  /** Requests answered from a cached index without scanning. */
  cacheHits: number
  /** Rollout lines handed to JSON.parse while scanning. */
  recordsParsed: number
}

/** Process-wide counters; reset them with `resetHistoryStats` before measuring. */
export const historyStats: HistoryStats = { bytesRead: 0, fullScans: 0, extensions: 0, cacheHits: 0, recordsParsed: 0 }

/** Zeroes every counter and returns the previous values. */
export function resetHistoryStats(): HistoryStats {
  const before = { ...historyStats }
  for (const key of Object.keys(historyStats) as (keyof HistoryStats)[]) historyStats[key] = 0
  return before
}
