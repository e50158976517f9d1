/**
 * The first line of every file codegen writes, in that file's comment syntax. `ascii` keeps it to
 * ASCII, for files that must stay ASCII throughout (see `asciiOnly` in validators.ts).
 */
export function header(source: string, style: 'line' | 'html' = 'line', ascii = false): string {
  const text = `generated from ${source} ${ascii ? '-' : '—'} do not edit, run npm run codegen`
  return style === 'html' ? `<!-- ${text} -->\n` : `// ${text}\n`
}
