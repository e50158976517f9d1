import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

export type DesktopSyncResult = 'synced' | 'unsupported' | 'failed'

export interface DesktopChat {
  projectName: string
  chatTitle: string
}

/**
 * Nudges the visible Codex Desktop app to show the chat a phone activated. Codex Desktop has
 * no API for that, so this is best effort and says so: `unsupported` where there is no way,
 * `failed` when the attempt did not work — never a pretended success.
 */
export interface DesktopSync {
  select(chat: DesktopChat): Promise<DesktopSyncResult>
}

/** The sync for this platform: AppleScript on macOS, nothing elsewhere. */
export function desktopSyncFor(platform: NodeJS.Platform = process.platform): DesktopSync {
  return platform === 'darwin' ? new MacDesktopSync() : { select: async () => 'unsupported' }
}

class MacDesktopSync implements DesktopSync {
  async select(chat: DesktopChat): Promise<DesktopSyncResult> {
    try {
      await promisify(execFile)('osascript', ['-e', appleScriptFor(chat)], { timeout: 5000 })
      return 'synced'
    } catch {
      return 'failed'
    }
  }
}

/**
 * Activates Codex and clicks the sidebar rows named like the project and the chat. Names are
 * passed as AppleScript string literals, escaped, so a chat title cannot inject script.
 */
export function appleScriptFor({ projectName, chatTitle }: DesktopChat): string {
  return [
    'tell application "Codex" to activate',
    'delay 0.3',
    'tell application "System Events" to tell process "Codex"',
    `  repeat with label in {${appleString(projectName)}, ${appleString(chatTitle)}}`,
    '    try',
    '      click (first UI element of entire contents of window 1 whose name is (contents of label))',
    '    end try',
    '  end repeat',
    'end tell',
  ].join('\n')
}

function appleString(text: string): string {
  return `"${text.replace(/[\\"]/g, c => `\\${c}`).replace(/[\r\n]+/g, ' ').slice(0, 200)}"`
}
