/** The first line of every file codegen writes, in that file's comment syntax. */
export function header(source: string, style: 'line' | 'html' = 'line'): string {
  const text = `generated from ${source} — do not edit, run npm run codegen`
  return style === 'html' ? `<!-- ${text} -->\n` : `// ${text}\n`
}
