/** Small statistics for noisy repeated measurements: medians and ranges, never means. */

/** The value below which `p` (0–100) of the samples fall (nearest rank). */
export function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]
}

export function median(samples: number[]): number {
  if (!samples.length) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

/** Median with its range, for a table cell. */
export interface Summary {
  median: number
  min: number
  max: number
  n: number
}

export function summarize(samples: number[]): Summary {
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), n: samples.length }
}

/** `1.23k (1.10k–1.30k)` style, with the unit's own formatter. */
export function formatSummary(s: Summary, format: (value: number) => string): string {
  if (s.n <= 1 || s.min === s.max) return format(s.median)
  return `${format(s.median)} (${format(s.min)}–${format(s.max)})`
}

export const fmt = {
  ms: (v: number) => v < 10 ? `${v.toFixed(2)} ms` : `${v.toFixed(0)} ms`,
  mb: (v: number) => `${v.toFixed(1)} MB`,
  kb: (v: number) => `${v.toFixed(1)} KB`,
  rate: (v: number) => v >= 1e6 ? `${(v / 1e6).toFixed(2)}M/s` : `${(v / 1e3).toFixed(0)}k/s`,
  ratio: (v: number) => v.toFixed(2),
  count: (v: number) => String(Math.round(v)),
}
