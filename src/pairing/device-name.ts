/** Longest device name kept, in code points. */
const MAX_LENGTH = 64

// Control characters, line/paragraph separators and bidi overrides: a name is printed in the
// gateway's terminal prompt, and these could redraw or reorder what the user reads there.
const UNSAFE = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

/** The device name a phone sent, made safe to show in a terminal and to store; 'device' when nothing is left. */
export function cleanDeviceName(name: unknown): string {
  const cleaned = typeof name === 'string' ? name.replace(UNSAFE, '').trim() : ''
  return [...cleaned].slice(0, MAX_LENGTH).join('').trim() || 'device'
}
