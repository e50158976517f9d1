import { click, evaluate, navigate, press, screenshot, snapshot, typeText } from '../core/browser-page.ts'
import { OK, type MethodTable } from './context.ts'
import type { Params } from './frames.ts'

/**
 * Browser sessions (the reference's "Browser (Updated)" section: the gateway runs the browser
 * itself, no workspaceId). Wired to src/core/browser-sessions.ts and browser-page.ts.
 */
export const browserMethods: MethodTable = {
  browser_create_session: (params: Params<'DaemonBrowserCreateSessionRequestFrame'>, { browser }) => browser.create(params),
  browser_list_sessions: (_params, { browser }) => {
    const details = browser.list()
    return { sessions: details.map(session => session.sessionId), details }
  },
  browser_navigate: (params: Params<'DaemonBrowserNavigateRequestFrame'>, { browser }) => browser.use(params.sessionId, page => navigate(page, params)),
  browser_screenshot: (params: Params<'DaemonBrowserScreenshotRequestFrame'>, { browser }) => browser.use(params.sessionId, page => screenshot(page, params)),
  browser_click: (params: Params<'DaemonBrowserClickRequestFrame'>, { browser }) => browser.use(params.sessionId, page => click(page, params)),
  browser_type: (params: Params<'DaemonBrowserTypeRequestFrame'>, { browser }) => browser.use(params.sessionId, page => typeText(page, params)),
  browser_press: (params: Params<'DaemonBrowserPressRequestFrame'>, { browser }) => browser.use(params.sessionId, page => press(page, params)),
  browser_evaluate: (params: Params<'DaemonBrowserEvaluateRequestFrame'>, { browser }) => browser.use(params.sessionId, page => evaluate(page, params)),
  browser_snapshot: (params: Params<'DaemonBrowserSnapshotRequestFrame'>, { browser }) => browser.use(params.sessionId, page => snapshot(page)),
  browser_close_session: async (params: Params<'DaemonBrowserCloseSessionRequestFrame'>, { browser }) => {
    await browser.close(params.sessionId)
    return OK
  },
}
