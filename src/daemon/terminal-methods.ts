import type { TerminalSession } from '../core/terminal-session.ts'
import type { Terminals } from '../core/terminals.ts'
import { GatewayError } from '../errors.ts'
import { onCallerClose, type DaemonCaller } from './caller.ts'
import { OK, type MethodTable } from './context.ts'
import type { Params } from './frames.ts'

/** Unsent output to a connection past which its terminals stop being read until the socket drains. */
const HIGH_WATER_BYTES = 1024 * 1024

/** Connections whose close already ends their terminals. */
const watched = new WeakSet<DaemonCaller>()

/**
 * Terminal methods: a PTY shell per `terminal_open`, its output as `terminal-output`
 * notifications to the connection that opened it only. Closing that connection ends its shells.
 */
export const terminalMethods: MethodTable = {
  terminal_open: async (params: Params<'DaemonTerminalOpenRequestFrame'>, context, caller) => {
    const entry = await context.workspaces.require(params.workspaceId)
    if (caller.socket.destroyed) throw new GatewayError('INVALID_REQUEST', 'the connection closed')
    endWithConnection(context.terminals, caller)
    const { terminalId } = params
    const session: TerminalSession = context.terminals.open(caller, {
      workspaceId: entry.id, terminalId, cwd: entry.path, cols: params.cols, rows: params.rows,
      onOutput: data => {
        caller.send({ method: 'terminal-output', params: { workspaceId: entry.id, terminalId, data } })
        throttle(caller, session)
      },
      onExit: () => {},
    })
    return { id: terminalId }
  },

  terminal_write: (params: Params<'DaemonTerminalWriteRequestFrame'>, { terminals }, caller) => {
    terminals.get(caller, params.terminalId).write(params.data)
    return OK
  },

  terminal_resize: (params: Params<'DaemonTerminalResizeRequestFrame'>, { terminals }, caller) => {
    terminals.get(caller, params.terminalId).resize(params.cols, params.rows)
    return OK
  },

  terminal_close: async (params: Params<'DaemonTerminalCloseRequestFrame'>, { terminals }, caller) => {
    await terminals.close(caller, params.terminalId)
    return OK
  },
}

function endWithConnection(terminals: Terminals, caller: DaemonCaller): void {
  if (watched.has(caller)) return
  watched.add(caller)
  onCallerClose(caller, () => void terminals.closeOwner(caller))
}

/** A client reading slower than its shell writes: stop reading the PTY until its socket drains. */
function throttle(caller: DaemonCaller, session: TerminalSession): void {
  if (caller.socket.writableLength < HIGH_WATER_BYTES) return
  session.pause()
  caller.socket.once('drain', () => session.resume())
}
