import t from 'tap'
import { appleScriptFor, desktopSyncFor } from './desktop-sync.ts'

t.test('outside macOS the desktop sync says unsupported instead of pretending', async t => {
  t.equal(await desktopSyncFor('linux').select({ projectName: 'p', chatTitle: 'c' }), 'unsupported')
})

t.test('a chat title cannot break out of its AppleScript string', async t => {
  const script = appleScriptFor({ projectName: 'repo', chatTitle: 'x" & (do shell script "touch /tmp/pwned") & "\\' })
  t.match(script, '{"repo", "x\\" & (do shell script \\"touch /tmp/pwned\\") & \\"\\\\"}')
  const literals = script.match(/\{(".*")\}/)![1]
  // Every quote inside the literal is escaped: the literal list still has exactly two unescaped-quote pairs.
  t.equal(literals.replace(/\\./g, '').split('"').length - 1, 4)
})
