// generated from asyncapi.yaml — do not edit, run npm run codegen
export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        ApiError: {
            code: components["schemas"]["ErrorCode"];
            /** @description A human-readable explanation. */
            message: string;
        };
        ApiErrorResponse: {
            error: components["schemas"]["ApiError"];
        };
        /** @description A request from Codex that waits for a person; the `approval_required` payload. */
        Approval: {
            chatId: components["schemas"]["ChatId"];
            /** Format: date-time */
            createdAt: string;
            id: string;
            /**
             * @description What is asked; extra sandbox permissions count as `command`.
             * @enum {string}
             */
            kind: "command" | "fileChange" | "mcp";
            /** @enum {string} */
            mode: "approval" | "mcp_elicitation";
            /** @enum {string} */
            riskLevel: "low" | "medium" | "high";
            /** @description The MCP server asking, for `mcp`. */
            serverName?: string;
            summary: string;
            supportsAlwaysAllow: boolean;
            supportsSessionAllow: boolean;
            title: string;
            turnId: string | null;
        };
        ApprovalAnswer: {
            approvalId: string;
            chatId: components["schemas"]["ChatId"];
            decision: components["schemas"]["ApprovalDecision"];
        };
        ApprovalAnswerParams: {
            decision: components["schemas"]["ApprovalDecision"];
        };
        ApprovalAnswerResponse: {
            data: components["schemas"]["ApprovalAnswer"];
        };
        ApprovalClearedEvent: {
            chatId: components["schemas"]["ChatId"];
            /** @description Approvals no longer pending for the chat (answered anywhere, or their turn ended). */
            ids: string[];
        };
        /** @description Answered by any client, resolved upstream, or their turn ended. */
        ApprovalClearedFrame: {
            data: components["schemas"]["ApprovalClearedEvent"];
            /** @enum {string} */
            type: "approval_cleared";
        };
        /** @enum {string} */
        ApprovalDecision: "approve" | "decline" | "allow_for_session" | "allow_always";
        /**
         * @description The reference's values; the installed Codex may accept fewer (0.169 refuses `untrusted`).
         * @enum {string}
         */
        ApprovalPolicy: "untrusted" | "on-failure" | "on-request" | "never";
        /** @description Answer with `POST /v1/approvals/{id}`. Approvals asked before this client connected are fetched with `GET /v1/chats/{chatId}/pending-approval`. */
        ApprovalRequiredFrame: {
            data: components["schemas"]["Approval"];
            /** @enum {string} */
            type: "approval_required";
        };
        /** @description Answer a pending approval; the first answer from any client wins. */
        BridgeApprovalResponseFrame: {
            /** @description Echoed in the response or error. */
            id: string | number;
            payload?: components["schemas"]["BridgeApprovalResponseParams"];
            /** @enum {string} */
            type: "approval.response";
        };
        BridgeApprovalResponseParams: {
            /**
             * @description The app-server's names; for elicitations accept, decline or cancel.
             * @enum {string}
             */
            decision: "accept" | "acceptForSession" | "decline" | "cancel";
            request_id: string;
            session_id: string;
        };
        BridgeApprovalResponseResult: {
            decision: string;
            request_id: string;
            session_id: string;
        };
        BridgeEmptyParams: Record<string, never>;
        /** @description One row of a session's history; whole turns are replaced, never patched item by item. */
        BridgeEntry: {
            entry_id: string;
            error?: string | null;
            /** @description The Codex thread item as the app-server describes it. */
            item?: Record<string, never>;
            /** @description Stable: an optimistic input keeps its `input_<request id>`. */
            item_id?: string;
            /** @enum {string} */
            kind: "item" | "turn_status";
            /** @description On a re-emitted optimistic input, the seq of the echo it replaces. */
            replaces_seq?: number;
            seq: number;
            /** @enum {string} */
            status?: "completed" | "failed" | "interrupted";
            turn_id: string | null;
        };
        /** @description Codes: unknown_message, invalid_payload, invalid_json, session_not_found, unauthorized, and every other code of the error table in lower case. `id` is null when the frame had none. */
        BridgeErrorFrame: {
            error: {
                code: string;
                message: string;
            };
            id: string | null;
            /** @enum {boolean} */
            ok: false;
            /** @enum {string} */
            type: "error";
        };
        /** @description Codex notifications by method name (`turn/started`, `item/agentMessage/delta`, `item/completed`, `turn/completed`, `thread/tokenUsage/updated`, …), approval requests by their method with `request_id` in the payload, `serverRequest/resolved` with `request_id`, `session/changed` for optimistic inputs, and `error` when Codex went away. `seq` is the session's sequence number. */
        BridgeEventFrame: {
            event: string;
            payload: Record<string, never>;
            seq: number;
            session_id: string;
            thread_id: string;
            turn_id: string | null;
            /** @enum {string} */
            type: "event";
        };
        /** @description Read a file inside the session workspace (canonicalised; nothing outside). */
        BridgeFileReadFrame: {
            /** @description Echoed in the response or error. */
            id: string | number;
            payload?: components["schemas"]["BridgeFileReadParams"];
            /** @enum {string} */
            type: "file.read";
        };
        BridgeFileReadParams: {
            /** @description Default 65536. */
            max_bytes?: number;
            path: string;
            session_id: string;
        };
        BridgeFileReadResult: {
            binary: boolean;
            /** @description The file's whole size. */
            bytes: number;
            /** @description Empty for a binary file. */
            content: string;
            path: string;
            resolved_path: string;
            session_id: string;
            truncated: boolean;
        };
        BridgeFrame: components["schemas"]["BridgePingFrame"] | components["schemas"]["BridgeModelListFrame"] | components["schemas"]["BridgeSessionListFrame"] | components["schemas"]["BridgeSessionStartFrame"] | components["schemas"]["BridgeSessionResumeFrame"] | components["schemas"]["BridgeSessionUpdateFrame"] | components["schemas"]["BridgeSessionContentFrame"] | components["schemas"]["BridgeSessionSyncFrame"] | components["schemas"]["BridgeTurnSendFrame"] | components["schemas"]["BridgeTurnSteerFrame"] | components["schemas"]["BridgeTurnInterruptFrame"] | components["schemas"]["BridgeApprovalResponseFrame"] | components["schemas"]["BridgeFileReadFrame"] | components["schemas"]["BridgeHelloFrame"] | components["schemas"]["BridgeResponseFrame"] | components["schemas"]["BridgeErrorFrame"] | components["schemas"]["BridgeEventFrame"];
        BridgeHelloFrame: {
            /** @enum {boolean} */
            ok: true;
            payload: {
                name: string;
                /** Format: date-time */
                server_time: string;
                version: string;
            };
            /** @enum {string} */
            type: "hello";
        };
        /** @description List Codex models (upstream `model/list`). */
        BridgeModelListFrame: {
            /** @description Echoed in the response or error. */
            id: string | number;
            payload?: components["schemas"]["BridgeEmptyParams"];
            /** @enum {string} */
            type: "model.list";
        };
        BridgeModelListResult: {
            /** @description Upstream `model/list` entries as Codex describes them. */
            models: Record<string, never>[];
        };
        BridgePendingApproval: {
            /** Format: date-time */
            created_at: string;
            method: string;
            params: Record<string, never>;
            request_id: string;
        };
        /** @description Liveness check. */
        BridgePingFrame: {
            /** @description Echoed in the response or error. */
            id: string | number;
            payload?: components["schemas"]["BridgeEmptyParams"];
            /** @enum {string} */
            type: "ping";
        };
        BridgePingResult: {
            pong: boolean;
            /** Format: date-time */
            server_time: string;
        };
        /** @description The payload is the `Bridge…Result` schema of the request's type (openapi.yaml). */
        BridgeResponseFrame: {
            id: string;
            /** @enum {boolean} */
            ok: true;
            payload: Record<string, never>;
            /** @enum {string} */
            type: "response";
        };
        BridgeSession: {
            cwd: string;
            preview: string;
            session_id: string;
            status: components["schemas"]["ChatStatus"];
            thread_id: string;
            title: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description The authoritative snapshot, from the threads stored items. */
        BridgeSessionContentFrame: {
            /** @description Echoed in the response or error. */
            id: string | number;
            payload?: components["schemas"]["BridgeSessionParams"];
            /** @enum {string} */
            type: "session.content";
        };
        BridgeSessionContentResult: {
            active_turns: string[];
            entries: components["schemas"]["BridgeEntry"][];
            last_seq: number;
            pending_approvals: components["schemas"]["BridgePendingApproval"][];
            session: Record<string, never>;
            session_id: string;
            thread_id: string;
        };
        /** @description List sessions (every Codex thread). */
        BridgeSessionListFrame: {
            /** @description Echoed in the response or error. */
            id: string | number;
            payload?: components["schemas"]["BridgeEmptyParams"];
            /** @enum {string} */
            type: "session.list";
        };
        BridgeSessionListResult: {
            sessions: components["schemas"]["BridgeSession"][];
        };
        BridgeSessionParams: {
            session_id: string;
        };
        BridgeSessionRef: {
            session_id: string;
            thread_id: string;
        };
        /** @description Load a thread (upstream `thread/resume`). */
        BridgeSessionResumeFrame: {
            /** @description Echoed in the response or error. */
            id: string | number;
            payload?: components["schemas"]["BridgeSessionParams"];
            /** @enum {string} */
            type: "session.resume";
        };
        BridgeSessionResumeResult: {
            session_id: string;
            /** @enum {string} */
            status: "already_active" | "resumed" | "no_rollout";
            thread_id: string;
        };
        /** @description Start a Codex thread; the sandbox defaults to workspace-write, never full access unless asked. */
        BridgeSessionStartFrame: {
            /** @description Echoed in the response or error. */
            id: string | number;
            payload?: components["schemas"]["BridgeSessionStartParams"];
            /** @enum {string} */
            type: "session.start";
        };
        BridgeSessionStartParams: {
            /** @enum {string} */
            approval_policy?: "on-request" | "on-failure" | "never";
            cwd: string;
            model?: string;
            sandbox?: components["schemas"]["SandboxMode"];
        };
        /** @description Whole turns changed since a seq, or `needs_full_sync` with the reason. */
        BridgeSessionSyncFrame: {
            /** @description Echoed in the response or error. */
            id: string | number;
            payload?: components["schemas"]["BridgeSessionSyncParams"];
            /** @enum {string} */
            type: "session.sync";
        };
        BridgeSessionSyncParams: {
            incremental?: boolean;
            session_id: string;
            since_seq: number;
        };
        BridgeSessionSyncResult: {
            active_turns: string[];
            changed_turn_ids: string[];
            entries: components["schemas"]["BridgeEntry"][];
            /** @enum {string} */
            fallback_reason: "" | "cursor_ahead" | "cursor_from_older_log" | "cursor_evicted" | "turn_streaming";
            last_seq: number;
            needs_full_sync: boolean;
            pending_approvals: components["schemas"]["BridgePendingApproval"][];
            session_id: string;
            thread_id: string;
        };
        /** @description Change the approval policy or sandbox of the sessions next turns. */
        BridgeSessionUpdateFrame: {
            /** @description Echoed in the response or error. */
            id: string | number;
            payload?: components["schemas"]["BridgeSessionUpdateParams"];
            /** @enum {string} */
            type: "session.update";
        };
        BridgeSessionUpdateParams: {
            /** @enum {string} */
            approval_policy?: "on-request" | "on-failure" | "never";
            sandbox?: components["schemas"]["SandboxMode"];
            session_id: string;
        };
        BridgeSessionUpdateResult: {
            approval_policy: string | null;
            sandbox: string | null;
            session_id: string;
        };
        /** @description Interrupt the running turn. */
        BridgeTurnInterruptFrame: {
            /** @description Echoed in the response or error. */
            id: string | number;
            payload?: components["schemas"]["BridgeSessionParams"];
            /** @enum {string} */
            type: "turn.interrupt";
        };
        BridgeTurnInterruptResult: {
            interrupted: boolean;
            session_id: string;
            turn_id: string | null;
        };
        /** @description Start a turn; the input is echoed at once as `input_<request id>`. */
        BridgeTurnSendFrame: {
            /** @description Echoed in the response or error. */
            id: string | number;
            payload?: components["schemas"]["BridgeTurnTextParams"];
            /** @enum {string} */
            type: "turn.send";
        };
        BridgeTurnSendResult: {
            item_id: string;
            session_id: string;
            turn_id: string;
        };
        /** @description Add text to the running turn (a new turn if it ended). */
        BridgeTurnSteerFrame: {
            /** @description Echoed in the response or error. */
            id: string | number;
            payload?: components["schemas"]["BridgeTurnTextParams"];
            /** @enum {string} */
            type: "turn.steer";
        };
        BridgeTurnSteerResult: {
            session_id: string;
            steered: boolean;
            turn_id: string;
        };
        BridgeTurnTextParams: {
            session_id: string;
            text: string;
        };
        Chat: {
            chatId: components["schemas"]["ChatId"];
            cwd: string;
        };
        ChatActivateResponse: {
            data: components["schemas"]["ChatActivation"];
        };
        ChatActivation: {
            chatId: components["schemas"]["ChatId"];
            /**
             * @description Whether the visible Codex Desktop app was asked to show the chat: only on macOS (`unsupported` elsewhere); `failed` when that did not work or the chat is not listed yet.
             * @enum {string}
             */
            desktopSync?: "synced" | "unsupported" | "failed";
            /** @enum {string} */
            status: "already_active" | "resumed" | "no_rollout";
        };
        ChatCreateParams: {
            /** @description Absolute path of an existing directory on the gateway's computer. */
            cwd: string;
        };
        ChatCreateResponse: {
            data: components["schemas"]["Chat"];
        };
        ChatId: string;
        ChatListResponse: {
            data: components["schemas"]["ChatSummary"][];
        };
        ChatMessageSendParams: {
            /** @description The user's message; must not be blank. */
            text: string;
        };
        ChatMessageSendResponse: {
            data: components["schemas"]["TurnRef"];
        };
        ChatMessagesPage: {
            messages: components["schemas"]["HistoryMessage"][];
            /** @description Older messages; null at the start of the chat. */
            nextCursor: string | null;
        };
        ChatMessagesResponse: {
            data: components["schemas"]["ChatMessagesPage"];
        };
        /** @enum {string} */
        ChatStatus: "idle" | "running" | "notLoaded" | "error";
        ChatSteerResponse: {
            data: components["schemas"]["SteerResult"];
        };
        ChatStopResponse: {
            data: components["schemas"]["StopResult"];
        };
        ChatSummary: {
            chatId: components["schemas"]["ChatId"];
            preview: string;
            projectId: components["schemas"]["ProjectId"];
            status: components["schemas"]["ChatStatus"];
            /** @description The thread's name, else the first line of its first message. */
            title: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ChatTimelinePage: {
            entries: components["schemas"]["TimelineEntry"][];
            nextCursor: string | null;
        };
        ChatTimelineResponse: {
            data: components["schemas"]["ChatTimelinePage"];
        };
        /**
         * @description State of the connection to `codex app-server`.
         * @enum {string}
         */
        CodexStatus: "starting" | "ready" | "restarting" | "stopped";
        CompanionStreamFrame: components["schemas"]["TurnStartedFrame"] | components["schemas"]["MessageDeltaFrame"] | components["schemas"]["TurnCompletedFrame"] | components["schemas"]["ItemStartedFrame"] | components["schemas"]["ItemCompletedFrame"] | components["schemas"]["ApprovalRequiredFrame"] | components["schemas"]["ApprovalClearedFrame"] | components["schemas"]["StreamErrorFrame"];
        /** @description Upstream `account/rateLimits/read`. */
        DaemonAccountRateLimitsRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "account_rate_limits";
            params: {
                workspaceId: string;
            };
        };
        DaemonAccountRateLimitsResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCodexResponse"];
        };
        /** @description Clones a workspace's repository into `copiesFolder/<copyName>` (name sanitised; the folder is created) with `git clone`, points its `origin` at the source's `origin`, and adds it as a `clone` workspace with a running session. */
        DaemonAddCloneRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "add_clone";
            params: {
                /** @description Absolute folder under which the clone is created. */
                copiesFolder: string;
                /** @description Folder name of the clone; characters outside `A-Za-z0-9._-` become `-`. */
                copyName: string;
                sourceWorkspaceId: string;
            };
        };
        DaemonAddCloneResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonWorkspaceInfo"];
        };
        /** @description Adds a folder as a `main` workspace, persists it and starts its app-server session (`connected: true`). Adding a path that is a workspace already returns that workspace. */
        DaemonAddWorkspaceRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "add_workspace";
            params: {
                /** @description Codex binary for this workspace: an absolute path or a command name on PATH. */
                codex_bin?: string | null;
                /** @description Absolute path of an existing directory. */
                path: string;
            };
        };
        DaemonAddWorkspaceResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonWorkspaceInfo"];
        };
        /** @description Creates a git worktree of a `main` workspace under `<data-dir>/worktrees/<id>` on `branch` (created from HEAD unless it exists) and adds it as a `worktree` workspace with a running session. */
        DaemonAddWorktreeRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "add_worktree";
            params: {
                branch: string;
                parentId: string;
            };
        };
        DaemonAddWorktreeResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonWorkspaceInfo"];
        };
        /** @description Applies a worktree's uncommitted changes (tracked and untracked, staged there with `git add -A`) to its parent's working tree with `git apply --3way`. */
        DaemonApplyWorktreeChangesRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "apply_worktree_changes";
            params: {
                workspaceId: string;
            };
        };
        DaemonApplyWorktreeChangesResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Every notification and server request of every workspace's app-server, unmodified, to every authenticated connection — except that `item/agentMessage/delta`s of one message that arrive together are joined into one (same text, same order, nothing overtakes them). A server request (`message.id` present) is answered with `respond_to_server_request`. The gateway adds the reference daemon's own two: `codex/connected {workspaceId}` when a workspace's app-server is (back) up, and `codex/disconnected {workspaceId, reason}` the moment it goes away (its unanswered requests go with it; it is restarted with backoff). */
        DaemonAppServerEventFrame: {
            /** @constant */
            method: "app-server-event";
            params: {
                message: {
                    method: string;
                };
                workspace_id: string;
            };
        };
        /** @description The desktop app's settings blob. The gateway knows the fields below (defaults shown); any other key is stored and echoed as sent. */
        DaemonAppSettings: {
            /**
             * @default local
             * @enum {unknown}
             */
            backendMode: "local" | "remote";
            /** @default null */
            codexBin: string | null;
            /**
             * @default current
             * @enum {unknown}
             */
            defaultAccessMode: "current" | "read-only" | "full-access";
            /** @default false */
            experimentalCollabEnabled: boolean;
            /** @default false */
            experimentalSteerEnabled: boolean;
            /** @default false */
            experimentalUnifiedExecEnabled: boolean;
            /** @default true */
            notificationSoundsEnabled: boolean;
            /** @default 127.0.0.1:4732 */
            remoteBackendHost: string;
            /** @default null */
            remoteBackendToken: string | null;
            /**
             * @default system
             * @enum {unknown}
             */
            theme: "system" | "light" | "dark";
            /** @default 1 */
            uiScale: number;
            /** @default [] */
            workspaceGroups: Record<string, never>[];
        };
        /** @description Upstream `thread/archive`. */
        DaemonArchiveThreadRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "archive_thread";
            params: {
                threadId: string;
                workspaceId: string;
            };
        };
        DaemonArchiveThreadResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCodexResponse"];
        };
        /** @description Authenticates the connection with a device token (`codex-gateway token issue` or pairing). Must come first: until it succeeds every other call answers `unauthorized`. Three failed attempts close the connection. */
        DaemonAuthRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "auth";
            params: {
                token: string;
            };
        };
        DaemonAuthResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        DaemonBranchInfo: {
            /** @description The same, in the reference daemon's spelling. */
            last_commit?: number;
            /** @description Tip commit time, unix seconds. */
            lastCommit: number;
            name: string;
        };
        /** @description Clicks the first element matching the CSS/Playwright `selector` (waiting for it up to `timeoutMs`, default 10000), or else the viewport point `x`,`y` (both required then). */
        DaemonBrowserClickRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "browser_click";
            params: {
                selector?: string | null;
                sessionId: components["schemas"]["DaemonBrowserSessionId"];
                timeoutMs?: components["schemas"]["DaemonBrowserTimeout"];
                x?: number | null;
                y?: number | null;
            };
        };
        DaemonBrowserClickResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Closes a session: its Chromium quits and a throwaway profile is deleted. */
        DaemonBrowserCloseSessionRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "browser_close_session";
            params: {
                sessionId: components["schemas"]["DaemonBrowserSessionId"];
            };
        };
        DaemonBrowserCloseSessionResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Launches a Chromium session (headless unless `headless: false` on a gateway with a display) with a new empty profile, deleted on close, or the persistent profile `userDataDir` (a folder under `<data-dir>/browser-profiles`; a relative name resolves there); opens `startUrl` (http, https or about:blank) if given. Sessions belong to the gateway, not to the connection. */
        DaemonBrowserCreateSessionRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "browser_create_session";
            params?: {
                /** @description Default true. */
                headless?: boolean | null;
                startUrl?: string | null;
                /** @description Persistent profile folder under `<data-dir>/browser-profiles` (kept after close). */
                userDataDir?: string | null;
                /** @description Default 1280×720. */
                viewport?: {
                    height: number;
                    width: number;
                } | null;
            } | null;
        };
        DaemonBrowserCreateSessionResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: {
                sessionId: string;
            };
        };
        /** @description Evaluates a JavaScript expression in the current tab (`script`; `js`, the worker protocols name, is accepted too) and returns its value as JSON (a promise is awaited; undefined is null). A script still running after `timeoutMs` (default 30000) fails with `BROWSER_ERROR` and its tab is closed. */
        DaemonBrowserEvaluateRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "browser_evaluate";
            params: {
                js?: string | null;
                script?: string | null;
                sessionId: components["schemas"]["DaemonBrowserSessionId"];
                timeoutMs?: components["schemas"]["DaemonBrowserTimeout"];
            };
        };
        DaemonBrowserEvaluateResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: {
                /** @description The same value (the worker protocol's name). */
                result: unknown;
                /** @description The value as JSON (the reference's name). */
                value: unknown;
            };
        };
        /** @description Every open browser session of the gateway: `sessions` lists their ids (the references shape), `details` says more about each. */
        DaemonBrowserListSessionsRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "browser_list_sessions";
            params?: components["schemas"]["DaemonNoParams"];
        };
        DaemonBrowserListSessionsResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: {
                details: components["schemas"]["DaemonBrowserSessionInfo"][];
                sessions: string[];
            };
        };
        /** @description Opens a URL (http, https or about:blank; `file:`, `chrome:` and the rest are refused) in the sessions current tab and waits for `waitUntil` (default `load`, at most `timeoutMs`, default 30000). `url` is where the tab ended up. */
        DaemonBrowserNavigateRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "browser_navigate";
            params: {
                sessionId: components["schemas"]["DaemonBrowserSessionId"];
                timeoutMs?: components["schemas"]["DaemonBrowserTimeout"];
                url: string;
                /** @enum {unknown} */
                waitUntil?: "load" | "domcontentloaded" | "networkidle" | "commit" | null;
            };
        };
        DaemonBrowserNavigateResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: {
                /** @constant */
                ok: true;
                url: string;
            };
        };
        /** @description Presses a key or chord in the focused element (`Enter`, `Tab`, `Escape`, `ArrowDown`, `Shift+Tab`, …); an unknown key name is `INVALID_REQUEST`. */
        DaemonBrowserPressRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "browser_press";
            params: {
                key: string;
                sessionId: components["schemas"]["DaemonBrowserSessionId"];
            };
        };
        DaemonBrowserPressResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        DaemonBrowserScreenshot: {
            /** @description The PNG, base64 (no `data:` prefix). */
            base64Png: string;
            height: number;
            title: string;
            url: string;
            /** @description The image's width in pixels (the viewport's, or the page's with `fullPage`). */
            width: number;
        };
        /** @description A PNG of the current tab: its viewport, or the whole page with `fullPage: true` (default false). `width`/`height` are the images. */
        DaemonBrowserScreenshotRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "browser_screenshot";
            params: {
                fullPage?: boolean | null;
                sessionId: components["schemas"]["DaemonBrowserSessionId"];
            };
        };
        DaemonBrowserScreenshotResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonBrowserScreenshot"];
        };
        /** @description A browser session id (`b-…`) from `browser_create_session`. */
        DaemonBrowserSessionId: string;
        DaemonBrowserSessionInfo: {
            headless: boolean;
            /** @description Time since the last call on it (0 while one runs); past the gateway's idle limit the session is closed. */
            idleMs: number;
            /** @description true when the session runs on a `userDataDir` profile (kept after close). */
            persistent: boolean;
            sessionId: string;
            /** @description The URL of the session's current tab. */
            url: string;
        };
        /** @description The current tab at a glance: a viewport screenshot as a `data:image/png;base64,` URL, the serialised DOM (at most 2 MiB of characters, `domTruncated` beyond), the URL and the title. */
        DaemonBrowserSnapshotRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "browser_snapshot";
            params: {
                sessionId: components["schemas"]["DaemonBrowserSessionId"];
            };
        };
        DaemonBrowserSnapshotResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: {
                dom: string;
                domTruncated: boolean;
                screenshot: string;
                title: string;
                url: string;
            };
        };
        /** @description How long to wait, in milliseconds. */
        DaemonBrowserTimeout: number | null;
        /** @description Types `text` key by key into the first element matching `selector`, or into the focused element without one; `clearFirst` empties it first. */
        DaemonBrowserTypeRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "browser_type";
            params: {
                clearFirst?: boolean | null;
                selector?: string | null;
                sessionId: components["schemas"]["DaemonBrowserSessionId"];
                text: string;
            };
        };
        DaemonBrowserTypeResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Checks out an existing local branch. */
        DaemonCheckoutGitBranchRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "checkout_git_branch";
            params: {
                name: string;
                workspaceId: string;
            };
        };
        DaemonCheckoutGitBranchResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Probes a Codex install: `codex --version`, `codex app-server --help` and `node --version`, each with a timeout. */
        DaemonCodexDoctorRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "codex_doctor";
            params?: {
                /** @description Binary to probe; default the settings' `codexBin`, else the gateway's. */
                codexBin?: string | null;
            };
        };
        DaemonCodexDoctorResult: {
            appServerOk: boolean;
            codexBin: string | null;
            details: string | null;
            nodeDetails: string | null;
            nodeOk: boolean;
            nodeVersion: string | null;
            ok: boolean;
            path: string | null;
            version: string | null;
        };
        DaemonCodexDoctorResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCodexDoctorResult"];
        };
        /** @description The raw app-server response envelope: `result` is the upstream method's result (see generated/codex). Clients unwrap `result.result`. An upstream error becomes a daemon error (`CODEX_ERROR`) instead. */
        DaemonCodexResponse: {
            id: number | string;
            result: Record<string, never>;
        };
        /** @description Upstream `collaborationMode/list`. */
        DaemonCollaborationModeListRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "collaboration_mode_list";
            params: {
                workspaceId: string;
            };
        };
        DaemonCollaborationModeListResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCodexResponse"];
        };
        /** @description Commits what is staged. */
        DaemonCommitGitRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "commit_git";
            params: {
                message: string;
                workspaceId: string;
            };
        };
        DaemonCommitGitResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Starts (or restarts) the workspace's app-server session with its current `codex_bin`. */
        DaemonConnectWorkspaceRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "connect_workspace";
            params: {
                id: string;
            };
        };
        DaemonConnectWorkspaceResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Creates a branch from HEAD and checks it out; an existing branch is never reset. */
        DaemonCreateGitBranchRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "create_git_branch";
            params: {
                name: string;
                workspaceId: string;
            };
        };
        DaemonCreateGitBranchResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        DaemonCustomPromptOption: {
            argumentHint?: string | null;
            content: string;
            description?: string | null;
            name: string;
            path: string;
            /** @enum {unknown} */
            scope: "global" | "workspace";
        };
        /** @description A call failed. `message` is what the reference clients show; `code` is the gateway's error code (docs/errors.md). `id` is null when the line could not be read as a request (malformed JSON, too long). */
        DaemonErrorFrame: {
            error: {
                code: components["schemas"]["ErrorCode"];
                message: string;
            };
            id: components["schemas"]["DaemonRequestId"] | null;
        };
        DaemonFileContent: {
            content: string;
            truncated: boolean;
        };
        DaemonFrame: components["schemas"]["DaemonAuthRequestFrame"] | components["schemas"]["DaemonAuthResultFrame"] | components["schemas"]["DaemonPingRequestFrame"] | components["schemas"]["DaemonPingResultFrame"] | components["schemas"]["DaemonListWorkspacesRequestFrame"] | components["schemas"]["DaemonListWorkspacesResultFrame"] | components["schemas"]["DaemonIsWorkspacePathDirRequestFrame"] | components["schemas"]["DaemonIsWorkspacePathDirResultFrame"] | components["schemas"]["DaemonAddWorkspaceRequestFrame"] | components["schemas"]["DaemonAddWorkspaceResultFrame"] | components["schemas"]["DaemonAddCloneRequestFrame"] | components["schemas"]["DaemonAddCloneResultFrame"] | components["schemas"]["DaemonAddWorktreeRequestFrame"] | components["schemas"]["DaemonAddWorktreeResultFrame"] | components["schemas"]["DaemonConnectWorkspaceRequestFrame"] | components["schemas"]["DaemonConnectWorkspaceResultFrame"] | components["schemas"]["DaemonRemoveWorkspaceRequestFrame"] | components["schemas"]["DaemonRemoveWorkspaceResultFrame"] | components["schemas"]["DaemonRemoveWorktreeRequestFrame"] | components["schemas"]["DaemonRemoveWorktreeResultFrame"] | components["schemas"]["DaemonRenameWorktreeRequestFrame"] | components["schemas"]["DaemonRenameWorktreeResultFrame"] | components["schemas"]["DaemonRenameWorktreeUpstreamRequestFrame"] | components["schemas"]["DaemonRenameWorktreeUpstreamResultFrame"] | components["schemas"]["DaemonApplyWorktreeChangesRequestFrame"] | components["schemas"]["DaemonApplyWorktreeChangesResultFrame"] | components["schemas"]["DaemonOpenWorkspaceInRequestFrame"] | components["schemas"]["DaemonUpdateWorkspaceSettingsRequestFrame"] | components["schemas"]["DaemonUpdateWorkspaceSettingsResultFrame"] | components["schemas"]["DaemonUpdateWorkspaceCodexBinRequestFrame"] | components["schemas"]["DaemonUpdateWorkspaceCodexBinResultFrame"] | components["schemas"]["DaemonListWorkspaceFilesRequestFrame"] | components["schemas"]["DaemonListWorkspaceFilesResultFrame"] | components["schemas"]["DaemonReadWorkspaceFileRequestFrame"] | components["schemas"]["DaemonReadWorkspaceFileResultFrame"] | components["schemas"]["DaemonGetAppSettingsRequestFrame"] | components["schemas"]["DaemonGetAppSettingsResultFrame"] | components["schemas"]["DaemonUpdateAppSettingsRequestFrame"] | components["schemas"]["DaemonUpdateAppSettingsResultFrame"] | components["schemas"]["DaemonCodexDoctorRequestFrame"] | components["schemas"]["DaemonCodexDoctorResultFrame"] | components["schemas"]["DaemonStartThreadRequestFrame"] | components["schemas"]["DaemonStartThreadResultFrame"] | components["schemas"]["DaemonResumeThreadRequestFrame"] | components["schemas"]["DaemonResumeThreadResultFrame"] | components["schemas"]["DaemonListThreadsRequestFrame"] | components["schemas"]["DaemonListThreadsResultFrame"] | components["schemas"]["DaemonArchiveThreadRequestFrame"] | components["schemas"]["DaemonArchiveThreadResultFrame"] | components["schemas"]["DaemonSendUserMessageRequestFrame"] | components["schemas"]["DaemonSendUserMessageResultFrame"] | components["schemas"]["DaemonTurnInterruptRequestFrame"] | components["schemas"]["DaemonTurnInterruptResultFrame"] | components["schemas"]["DaemonStartReviewRequestFrame"] | components["schemas"]["DaemonStartReviewResultFrame"] | components["schemas"]["DaemonModelListRequestFrame"] | components["schemas"]["DaemonModelListResultFrame"] | components["schemas"]["DaemonCollaborationModeListRequestFrame"] | components["schemas"]["DaemonCollaborationModeListResultFrame"] | components["schemas"]["DaemonAccountRateLimitsRequestFrame"] | components["schemas"]["DaemonAccountRateLimitsResultFrame"] | components["schemas"]["DaemonSkillsListRequestFrame"] | components["schemas"]["DaemonSkillsListResultFrame"] | components["schemas"]["DaemonRespondToServerRequestRequestFrame"] | components["schemas"]["DaemonRespondToServerRequestResultFrame"] | components["schemas"]["DaemonRememberApprovalRuleRequestFrame"] | components["schemas"]["DaemonRememberApprovalRuleResultFrame"] | components["schemas"]["DaemonMemoryFlushNowRequestFrame"] | components["schemas"]["DaemonMemoryFlushNowResultFrame"] | components["schemas"]["DaemonListGitRootsRequestFrame"] | components["schemas"]["DaemonListGitRootsResultFrame"] | components["schemas"]["DaemonGetGitStatusRequestFrame"] | components["schemas"]["DaemonGetGitStatusResultFrame"] | components["schemas"]["DaemonGetGitDiffsRequestFrame"] | components["schemas"]["DaemonGetGitDiffsResultFrame"] | components["schemas"]["DaemonGetGitLogRequestFrame"] | components["schemas"]["DaemonGetGitLogResultFrame"] | components["schemas"]["DaemonGetGitCommitDiffRequestFrame"] | components["schemas"]["DaemonGetGitCommitDiffResultFrame"] | components["schemas"]["DaemonGetGitRemoteRequestFrame"] | components["schemas"]["DaemonGetGitRemoteResultFrame"] | components["schemas"]["DaemonStageGitFileRequestFrame"] | components["schemas"]["DaemonStageGitFileResultFrame"] | components["schemas"]["DaemonStageGitAllRequestFrame"] | components["schemas"]["DaemonStageGitAllResultFrame"] | components["schemas"]["DaemonUnstageGitFileRequestFrame"] | components["schemas"]["DaemonUnstageGitFileResultFrame"] | components["schemas"]["DaemonRevertGitFileRequestFrame"] | components["schemas"]["DaemonRevertGitFileResultFrame"] | components["schemas"]["DaemonRevertGitAllRequestFrame"] | components["schemas"]["DaemonRevertGitAllResultFrame"] | components["schemas"]["DaemonCommitGitRequestFrame"] | components["schemas"]["DaemonCommitGitResultFrame"] | components["schemas"]["DaemonPullGitRequestFrame"] | components["schemas"]["DaemonPullGitResultFrame"] | components["schemas"]["DaemonPushGitRequestFrame"] | components["schemas"]["DaemonPushGitResultFrame"] | components["schemas"]["DaemonSyncGitRequestFrame"] | components["schemas"]["DaemonSyncGitResultFrame"] | components["schemas"]["DaemonListGitBranchesRequestFrame"] | components["schemas"]["DaemonListGitBranchesResultFrame"] | components["schemas"]["DaemonCheckoutGitBranchRequestFrame"] | components["schemas"]["DaemonCheckoutGitBranchResultFrame"] | components["schemas"]["DaemonCreateGitBranchRequestFrame"] | components["schemas"]["DaemonCreateGitBranchResultFrame"] | components["schemas"]["DaemonPromptsListRequestFrame"] | components["schemas"]["DaemonPromptsListResultFrame"] | components["schemas"]["DaemonPromptsCreateRequestFrame"] | components["schemas"]["DaemonPromptsCreateResultFrame"] | components["schemas"]["DaemonPromptsUpdateRequestFrame"] | components["schemas"]["DaemonPromptsUpdateResultFrame"] | components["schemas"]["DaemonPromptsDeleteRequestFrame"] | components["schemas"]["DaemonPromptsDeleteResultFrame"] | components["schemas"]["DaemonPromptsMoveRequestFrame"] | components["schemas"]["DaemonPromptsMoveResultFrame"] | components["schemas"]["DaemonPromptsWorkspaceDirRequestFrame"] | components["schemas"]["DaemonPromptsWorkspaceDirResultFrame"] | components["schemas"]["DaemonPromptsGlobalDirRequestFrame"] | components["schemas"]["DaemonPromptsGlobalDirResultFrame"] | components["schemas"]["DaemonLocalUsageSnapshotRequestFrame"] | components["schemas"]["DaemonLocalUsageSnapshotResultFrame"] | components["schemas"]["DaemonBrowserCreateSessionRequestFrame"] | components["schemas"]["DaemonBrowserCreateSessionResultFrame"] | components["schemas"]["DaemonBrowserListSessionsRequestFrame"] | components["schemas"]["DaemonBrowserListSessionsResultFrame"] | components["schemas"]["DaemonBrowserNavigateRequestFrame"] | components["schemas"]["DaemonBrowserNavigateResultFrame"] | components["schemas"]["DaemonBrowserScreenshotRequestFrame"] | components["schemas"]["DaemonBrowserScreenshotResultFrame"] | components["schemas"]["DaemonBrowserClickRequestFrame"] | components["schemas"]["DaemonBrowserClickResultFrame"] | components["schemas"]["DaemonBrowserTypeRequestFrame"] | components["schemas"]["DaemonBrowserTypeResultFrame"] | components["schemas"]["DaemonBrowserPressRequestFrame"] | components["schemas"]["DaemonBrowserPressResultFrame"] | components["schemas"]["DaemonBrowserEvaluateRequestFrame"] | components["schemas"]["DaemonBrowserEvaluateResultFrame"] | components["schemas"]["DaemonBrowserSnapshotRequestFrame"] | components["schemas"]["DaemonBrowserSnapshotResultFrame"] | components["schemas"]["DaemonBrowserCloseSessionRequestFrame"] | components["schemas"]["DaemonBrowserCloseSessionResultFrame"] | components["schemas"]["DaemonTerminalOpenRequestFrame"] | components["schemas"]["DaemonTerminalOpenResultFrame"] | components["schemas"]["DaemonTerminalWriteRequestFrame"] | components["schemas"]["DaemonTerminalWriteResultFrame"] | components["schemas"]["DaemonTerminalResizeRequestFrame"] | components["schemas"]["DaemonTerminalResizeResultFrame"] | components["schemas"]["DaemonTerminalCloseRequestFrame"] | components["schemas"]["DaemonTerminalCloseResultFrame"] | components["schemas"]["DaemonGetGithubIssuesRequestFrame"] | components["schemas"]["DaemonGetGithubIssuesResultFrame"] | components["schemas"]["DaemonGetGithubPullRequestsRequestFrame"] | components["schemas"]["DaemonGetGithubPullRequestsResultFrame"] | components["schemas"]["DaemonGetGithubPullRequestDiffRequestFrame"] | components["schemas"]["DaemonGetGithubPullRequestDiffResultFrame"] | components["schemas"]["DaemonGetGithubPullRequestCommentsRequestFrame"] | components["schemas"]["DaemonGetGithubPullRequestCommentsResultFrame"] | components["schemas"]["DaemonSkillsConfigReadRequestFrame"] | components["schemas"]["DaemonSkillsConfigReadResultFrame"] | components["schemas"]["DaemonSkillsConfigWriteRequestFrame"] | components["schemas"]["DaemonSkillsConfigWriteResultFrame"] | components["schemas"]["DaemonSkillsValidateRequestFrame"] | components["schemas"]["DaemonSkillsValidateResultFrame"] | components["schemas"]["DaemonSkillsInstallFromGitRequestFrame"] | components["schemas"]["DaemonSkillsInstallFromGitResultFrame"] | components["schemas"]["DaemonSkillsUninstallRequestFrame"] | components["schemas"]["DaemonSkillsUninstallResultFrame"] | components["schemas"]["DaemonGetCommitMessagePromptRequestFrame"] | components["schemas"]["DaemonGetCommitMessagePromptResultFrame"] | components["schemas"]["DaemonGenerateCommitMessageRequestFrame"] | components["schemas"]["DaemonGenerateCommitMessageResultFrame"] | components["schemas"]["DaemonErrorFrame"] | components["schemas"]["DaemonAppServerEventFrame"] | components["schemas"]["DaemonTerminalOutputFrame"];
        /** @description A commit message written by Codex: a temporary read-only thread on the workspaces app-server (approval policy `never`) runs one turn with the prompt and is archived afterwards. Its events are not broadcast as `app-server-event`. Abandoned (turn interrupted, thread archived) when this connection closes or after 120 s. */
        DaemonGenerateCommitMessageRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "generate_commit_message";
            params: {
                workspaceId: string;
            };
        };
        DaemonGenerateCommitMessageResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: string;
        };
        /** @description The app settings (`<data-dir>/settings.json` over the defaults). */
        DaemonGetAppSettingsRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "get_app_settings";
            params?: components["schemas"]["DaemonNoParams"];
        };
        DaemonGetAppSettingsResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonAppSettings"];
        };
        /** @description The prompt `generate_commit_message` sends: instructions plus the staged diff, or the working trees diff when nothing is staged (cut at 256 KiB). */
        DaemonGetCommitMessagePromptRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "get_commit_message_prompt";
            params: {
                workspaceId: string;
            };
        };
        DaemonGetCommitMessagePromptResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: string;
        };
        /** @description Per-file diffs of one commit against its parent. */
        DaemonGetGitCommitDiffRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "get_git_commit_diff";
            params: {
                sha: string;
                workspaceId: string;
            };
        };
        DaemonGetGitCommitDiffResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonGitFileDiff"][];
        };
        /** @description Per-file diffs of the working tree against HEAD. */
        DaemonGetGitDiffsRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "get_git_diffs";
            params: {
                workspaceId: string;
            };
        };
        DaemonGetGitDiffsResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonGitFileDiff"][];
        };
        /** @description Open issues of the workspaces GitHub repository (from its git remote): `gh issue list` (the first 50), and their number through `gh api search/issues`. */
        DaemonGetGithubIssuesRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "get_github_issues";
            params: {
                workspaceId: string;
            };
        };
        DaemonGetGithubIssuesResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonGitHubIssuesResponse"];
        };
        /** @description A pull requests conversation: its first 30 comments (`gh api repos/O/R/issues/N/comments`). */
        DaemonGetGithubPullRequestCommentsRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "get_github_pull_request_comments";
            params: {
                prNumber: number;
                workspaceId: string;
            };
        };
        DaemonGetGithubPullRequestCommentsResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonGitHubPullRequestComment"][];
        };
        /** @description A pull requests diff (`gh pr diff N`), one entry per file. */
        DaemonGetGithubPullRequestDiffRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "get_github_pull_request_diff";
            params: {
                prNumber: number;
                workspaceId: string;
            };
        };
        DaemonGetGithubPullRequestDiffResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonGitHubPullRequestDiff"][];
        };
        /** @description Open pull requests of the workspaces GitHub repository: `gh pr list` (the first 50), and their number through `gh api search/issues`. */
        DaemonGetGithubPullRequestsRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "get_github_pull_requests";
            params: {
                workspaceId: string;
            };
        };
        DaemonGetGithubPullRequestsResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonGitHubPullRequestsResponse"];
        };
        /** @description Recent commits of HEAD, plus ahead/behind against the upstream. */
        DaemonGetGitLogRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "get_git_log";
            params: {
                limit?: number | null;
                workspaceId: string;
            };
        };
        DaemonGetGitLogResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonGitLogResponse"];
        };
        /** @description URL of `origin`, else of the first remote, else null. */
        DaemonGetGitRemoteRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "get_git_remote";
            params: {
                workspaceId: string;
            };
        };
        DaemonGetGitRemoteResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: string | null;
        };
        /** @description Branch and changed files with per-file line counts, of the workspace's repository (or `settings.gitRoot`). */
        DaemonGetGitStatusRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "get_git_status";
            params: {
                workspaceId: string;
            };
        };
        DaemonGetGitStatusResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonGitStatusResponse"];
        };
        DaemonGitFileDiff: {
            diff: string;
            path: string;
        };
        DaemonGitFileStatus: {
            additions: number;
            deletions: number;
            path: string;
            status: string;
        };
        DaemonGitHubIssue: {
            number: number;
            title: string;
            /** @description ISO 8601, as gh prints it. */
            updatedAt: string;
            url: string;
        };
        /** @description CodexMonitor's GitHubIssuesResponse: at most 50 open issues, and how many are open in all (the listed count when GitHub's search is unavailable). */
        DaemonGitHubIssuesResponse: {
            issues: components["schemas"]["DaemonGitHubIssue"][];
            total: number;
        };
        DaemonGitHubPullRequest: {
            author: components["schemas"]["DaemonGitHubUser"] | null;
            baseRefName: string;
            body: string;
            createdAt: string;
            headRefName: string;
            isDraft: boolean;
            number: number;
            title: string;
            updatedAt: string;
            url: string;
        };
        DaemonGitHubPullRequestComment: {
            author: components["schemas"]["DaemonGitHubUser"] | null;
            body: string;
            createdAt: string;
            id: number;
            url: string;
        };
        /** @description One file of a pull request's diff: `status` is `A`, `D`, `R` or `M`; `diff` is its patch from the `diff --git` line. */
        DaemonGitHubPullRequestDiff: {
            diff: string;
            path: string;
            /** @enum {unknown} */
            status: "A" | "D" | "R" | "M";
        };
        /** @description CodexMonitor's GitHubPullRequestsResponse: at most 50 open pull requests, and how many are open in all. */
        DaemonGitHubPullRequestsResponse: {
            pullRequests: components["schemas"]["DaemonGitHubPullRequest"][];
            total: number;
        };
        DaemonGitHubUser: {
            login: string;
        };
        DaemonGitLogEntry: {
            author: string;
            authorEmail?: string;
            authorName?: string;
            sha: string;
            subject?: string;
            summary: string;
            timestamp: number;
        };
        DaemonGitLogResponse: {
            ahead: number;
            aheadEntries: components["schemas"]["DaemonGitLogEntry"][];
            behind: number;
            behindEntries: components["schemas"]["DaemonGitLogEntry"][];
            entries: components["schemas"]["DaemonGitLogEntry"][];
            total: number;
            upstream: string | null;
        };
        DaemonGitStatusResponse: {
            branchName: string;
            files: components["schemas"]["DaemonGitFileStatus"][];
            stagedFiles: components["schemas"]["DaemonGitFileStatus"][];
            totalAdditions: number;
            totalDeletions: number;
            unstagedFiles: components["schemas"]["DaemonGitFileStatus"][];
        };
        /** @description Whether `path` exists on the gateway host and is a directory. */
        DaemonIsWorkspacePathDirRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "is_workspace_path_dir";
            params: {
                path: string;
            };
        };
        DaemonIsWorkspacePathDirResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: boolean;
        };
        /** @description Local branches, most recent commit first. */
        DaemonListGitBranchesRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "list_git_branches";
            params: {
                workspaceId: string;
            };
        };
        DaemonListGitBranchesResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: {
                branches: components["schemas"]["DaemonBranchInfo"][];
            };
        };
        /** @description Git repositories below the workspace folder, `depth` levels deep (default 2, clamped to 1..6), as `/`-separated paths relative to it (as the reference daemon's code answers; its document shows absolute paths). Symlinks and dependency folders are not followed. */
        DaemonListGitRootsRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "list_git_roots";
            params: {
                depth?: number | null;
                workspaceId: string;
            };
        };
        DaemonListGitRootsResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: string[];
        };
        /** @description Upstream `thread/list` (`cursor`, `limit`); threads of every workspace, as the reference does. */
        DaemonListThreadsRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "list_threads";
            params: {
                cursor?: string | null;
                limit?: number | null;
                workspaceId: string;
            };
        };
        DaemonListThreadsResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCodexResponse"];
        };
        /** @description Paths of the workspace's files, relative to its root, sorted. In a git work tree: `git ls-files --cached --others --exclude-standard` (so `.gitignore` applies); elsewhere a bounded walk. `.git` and `node_modules` are always skipped; at most 20000 paths. */
        DaemonListWorkspaceFilesRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "list_workspace_files";
            params: {
                workspaceId: string;
            };
        };
        DaemonListWorkspaceFilesResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: string[];
        };
        /** @description Every workspace, sorted by `settings.sortOrder` (absent last) then name. `connected` says whether its app-server session runs in this gateway process. */
        DaemonListWorkspacesRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "list_workspaces";
            params?: components["schemas"]["DaemonNoParams"];
        };
        DaemonListWorkspacesResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonWorkspaceInfo"][];
        };
        DaemonLocalUsageSnapshot: {
            days: {
                agentRuns: number;
                agentTimeMs: number;
                cachedInputTokens: number;
                day: string;
                inputTokens: number;
                outputTokens: number;
                totalTokens: number;
            }[];
            topModels: {
                model: string;
                sharePercent: number;
                tokens: number;
            }[];
            totals: {
                averageDailyTokens: number;
                cacheHitRatePercent: number;
                inputTokens: number;
                last7DaysTokens: number;
                last30DaysTokens: number;
                outputTokens: number;
                peakDay: string | null;
                peakDayTokens: number;
                requests: number;
            };
            updatedAt: number;
        };
        /** @description Token usage per day from the session logs under `$CODEX_HOME/sessions` (`days` default 30, clamped to 1..90; `workspacePath` keeps sessions whose cwd is in that folder); no session needed. */
        DaemonLocalUsageSnapshotRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "local_usage_snapshot";
            params?: {
                days?: number | null;
                workspacePath?: string | null;
            };
        };
        DaemonLocalUsageSnapshotResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonLocalUsageSnapshot"];
        };
        /** @description Upstream `memory/flushNow`. Codex 0.169 has no such method: the call then fails with `NOT_SUPPORTED` naming it. */
        DaemonMemoryFlushNowRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "memory_flush_now";
            params: {
                threadId: string;
                workspaceId: string;
            };
        };
        DaemonMemoryFlushNowResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCodexResponse"];
        };
        /** @description Upstream `model/list`. */
        DaemonModelListRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "model_list";
            params: {
                workspaceId: string;
            };
        };
        DaemonModelListResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCodexResponse"];
        };
        /** @description Methods without parameters accept an absent, null or empty `params`. */
        DaemonNoParams: Record<string, never> | null;
        DaemonOk: {
            /** @constant */
            ok: true;
        };
        /** @description Desktop-only: always answers `open_workspace_in is not supported in daemon mode.` */
        DaemonOpenWorkspaceInRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "open_workspace_in";
            params?: {
                app?: string;
                workspaceId?: string;
            };
        };
        /** @description Cheap liveness check after auth. */
        DaemonPingRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "ping";
            params?: components["schemas"]["DaemonNoParams"];
        };
        DaemonPingResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Writes a new prompt file `<name>.md` (front matter holds description and argument hint). A name that is not 1 to 100 letters, digits, `.`, `_` or `-` is refused rather than rewritten. */
        DaemonPromptsCreateRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "prompts_create";
            params: {
                argumentHint?: string | null;
                content: string;
                description?: string | null;
                name: string;
                /** @enum {unknown} */
                scope: "global" | "workspace";
                workspaceId: string;
            };
        };
        DaemonPromptsCreateResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCustomPromptOption"];
        };
        /** @description Deletes a prompt file. */
        DaemonPromptsDeleteRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "prompts_delete";
            params: {
                path: string;
                workspaceId: string;
            };
        };
        DaemonPromptsDeleteResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description The global prompt folder (`$CODEX_HOME/prompts`). */
        DaemonPromptsGlobalDirRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "prompts_global_dir";
            params?: components["schemas"]["DaemonNoParams"];
        };
        DaemonPromptsGlobalDirResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: string;
        };
        /** @description Custom prompts: global (`$CODEX_HOME/prompts`) and the workspace's (`<data-dir>/workspaces/<id>/prompts`). */
        DaemonPromptsListRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "prompts_list";
            params: {
                workspaceId: string;
            };
        };
        DaemonPromptsListResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCustomPromptOption"][];
        };
        /** @description Moves a prompt between the global and the workspace folder. */
        DaemonPromptsMoveRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "prompts_move";
            params: {
                path: string;
                /** @enum {unknown} */
                scope: "global" | "workspace";
                workspaceId: string;
            };
        };
        DaemonPromptsMoveResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCustomPromptOption"];
        };
        /** @description Rewrites a prompt; a new name renames its file. `path` must lie in one of the two prompt folders. */
        DaemonPromptsUpdateRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "prompts_update";
            params: {
                argumentHint?: string | null;
                content: string;
                description?: string | null;
                name: string;
                path: string;
                workspaceId: string;
            };
        };
        DaemonPromptsUpdateResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCustomPromptOption"];
        };
        /** @description The workspace's prompt folder on the gateway host. */
        DaemonPromptsWorkspaceDirRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "prompts_workspace_dir";
            params: {
                workspaceId: string;
            };
        };
        DaemonPromptsWorkspaceDirResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: string;
        };
        /** @description `git pull` from the upstream. */
        DaemonPullGitRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "pull_git";
            params: {
                workspaceId: string;
            };
        };
        DaemonPullGitResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description `git push` to the upstream. */
        DaemonPushGitRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "push_git";
            params: {
                workspaceId: string;
            };
        };
        DaemonPushGitResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Reads a file by its path relative to the workspace root. The canonical path (symlinks resolved) must stay inside the workspace; files over 400000 bytes are cut and `truncated` is true; a binary file (a NUL byte in what was read) comes back with empty `content`. */
        DaemonReadWorkspaceFileRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "read_workspace_file";
            params: {
                path: string;
                workspaceId: string;
            };
        };
        DaemonReadWorkspaceFileResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonFileContent"];
        };
        /** @description Appends `prefix_rule(pattern=[…], decision="allow")` to `$CODEX_HOME/rules/default.rules`, so Codex runs commands starting with `command` without asking. Every element must be non-empty text without control characters. */
        DaemonRememberApprovalRuleRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "remember_approval_rule";
            params: {
                command: string[];
                workspaceId: string;
            };
        };
        DaemonRememberApprovalRuleResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonRulesResult"];
        };
        /** @description Stops the workspace's session and forgets it. For a `worktree` or `clone` the gateway created, its directory is deleted too; a `main` workspace's folder is never touched. */
        DaemonRemoveWorkspaceRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "remove_workspace";
            params: {
                id: string;
            };
        };
        DaemonRemoveWorkspaceResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Like `remove_workspace`, for `worktree` workspaces only: `git worktree remove --force`, then the entry. The branch is kept. */
        DaemonRemoveWorktreeRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "remove_worktree";
            params: {
                id: string;
            };
        };
        DaemonRemoveWorktreeResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Renames a worktree's branch (`git branch -m`) and its workspace name. */
        DaemonRenameWorktreeRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "rename_worktree";
            params: {
                branch: string;
                id: string;
            };
        };
        DaemonRenameWorktreeResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonWorkspaceInfo"];
        };
        /** @description After `rename_worktree`: pushes the branch to its upstream remote under `newBranch`, deletes `oldBranch` there and tracks the new one. */
        DaemonRenameWorktreeUpstreamRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "rename_worktree_upstream";
            params: {
                id: string;
                newBranch: string;
                oldBranch: string;
            };
        };
        DaemonRenameWorktreeUpstreamResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description The caller's request id, echoed in the response. */
        DaemonRequestId: number | string;
        /** @description Answers a request the workspace's app-server sent (seen as an `app-server-event` whose `message` has an `id`): writes `{id, result}` upstream with the id exactly as Codex sent it (a number stays a number). Each request is answered once. */
        DaemonRespondToServerRequestRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "respond_to_server_request";
            params: {
                requestId: number | string;
                /** @description The answer, e.g. `{"decision":"accept"}` for a command approval. */
                result: unknown;
                workspaceId: string;
            };
        };
        DaemonRespondToServerRequestResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Upstream `thread/resume`. */
        DaemonResumeThreadRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "resume_thread";
            params: {
                threadId: string;
                workspaceId: string;
            };
        };
        DaemonResumeThreadResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCodexResponse"];
        };
        /** @description Discards every unstaged change. */
        DaemonRevertGitAllRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "revert_git_all";
            params: {
                workspaceId: string;
            };
        };
        DaemonRevertGitAllResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Discards one file's changes in the working tree. */
        DaemonRevertGitFileRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "revert_git_file";
            params: {
                path: string;
                workspaceId: string;
            };
        };
        DaemonRevertGitFileResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        DaemonRulesResult: {
            /** @constant */
            ok: true;
            rulesPath: string;
        };
        /** @description Upstream `turn/start`. The turn streams back as `app-server-event` notifications. `accessMode`: `current` keeps the thread's sandbox and approval policy, `read-only` = read-only sandbox + on-request, `full-access` = no sandbox + never ask. Images: `data:image/…` and `http(s)` URLs become image inputs, absolute paths local images. Blank text and no images → `empty user message`. */
        DaemonSendUserMessageRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "send_user_message";
            params: {
                /** @enum {unknown} */
                accessMode?: "current" | "read-only" | "full-access" | null;
                /** @description Forwarded to Codex unchanged (`collaborationMode`). */
                collaborationMode?: unknown;
                effort?: string | null;
                images?: string[] | null;
                model?: string | null;
                text?: string | null;
                threadId: string;
                workspaceId: string;
            };
        };
        DaemonSendUserMessageResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCodexResponse"];
        };
        /** @description The reference's `{ ok: true }`, plus the folder the skill was installed as. */
        DaemonSkillInstallResult: {
            name: string;
            /** @constant */
            ok: true;
            path: string;
        };
        /** @description A skill in the skills config: its name and its SKILL.md path (null for an entry Codex keeps by name only, of a skill it does not find). */
        DaemonSkillRef: {
            name: string;
            path: string | null;
        };
        /** @description A skill by its SKILL.md `path` (absolute, preferred) or by `name`. */
        DaemonSkillRefInput: {
            name?: string | null;
            path?: string | null;
        } | unknown | unknown;
        DaemonSkillsConfig: {
            disabled: components["schemas"]["DaemonSkillRef"][];
            enabled: components["schemas"]["DaemonSkillRef"][];
        };
        /** @description The wanted state: skills listed in `disabled` are off, every other skill is on. */
        DaemonSkillsConfigInput: {
            disabled?: components["schemas"]["DaemonSkillRefInput"][];
            enabled?: components["schemas"]["DaemonSkillRefInput"][];
        };
        /** @description The skills switched on or off explicitly, from Codexs own skills config (`[[skills.config]]` in config.toml through `config/read`; `$CODEX_HOME/skills/config.json` for a Codex without one). Skills in neither list are on. */
        DaemonSkillsConfigReadRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "skills_config_read";
            params: {
                workspaceId: string;
            };
        };
        DaemonSkillsConfigReadResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonSkillsConfig"];
        };
        /** @description Makes Codexs skills config match `config` through `skills/config/write`: entries no longer disabled are cleared, each disabled skill is written by `path` (else `name`). A Codex without that method gets `$CODEX_HOME/skills/config.json` instead. */
        DaemonSkillsConfigWriteRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "skills_config_write";
            params: {
                config: components["schemas"]["DaemonSkillsConfigInput"];
                workspaceId: string;
            };
        };
        DaemonSkillsConfigWriteResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Clones `sourceUrl` (https, ssh, git, file or a local path; depth 1, no submodules) into the targets skills folder under the repositorys name. A clone without a SKILL.md at its root is removed again (`INVALID_SKILL`). */
        DaemonSkillsInstallFromGitRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "skills_install_from_git";
            params: {
                sourceUrl: string;
                /**
                 * @description `global`: `$CODEX_HOME/skills`; `workspace`: `<workspace>/.codex/skills` (needs `workspaceId`).
                 * @enum {unknown}
                 */
                target: "global" | "workspace";
                workspaceId?: string | null;
            };
        };
        DaemonSkillsInstallFromGitResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonSkillInstallResult"];
        };
        /** @description Upstream `skills/list` for the workspace folder. */
        DaemonSkillsListRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "skills_list";
            params: {
                workspaceId: string;
            };
        };
        DaemonSkillsListResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCodexResponse"];
        };
        /** @description Deletes `<skills folder>/<name>`: only a folder with a SKILL.md that a user installed there. `name` is one folder name (no `/`, not hidden: Codexs own `.system` skills cannot be removed). */
        DaemonSkillsUninstallRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "skills_uninstall";
            params: {
                name: string;
                /**
                 * @description `global`: `$CODEX_HOME/skills`; `workspace`: `<workspace>/.codex/skills` (needs `workspaceId`).
                 * @enum {unknown}
                 */
                target: "global" | "workspace";
                workspaceId?: string | null;
            };
        };
        DaemonSkillsUninstallResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Every skill Codex finds for the workspace (`skills/list`, reloaded) with what keeps it from working here: binaries missing from PATH, environment variables not set, another OS (a SKILL.md front matters `requirements: {bins, env, os}`), or Codexs own load error. */
        DaemonSkillsValidateRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "skills_validate";
            params: {
                workspaceId: string;
            };
        };
        DaemonSkillsValidateResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonSkillValidation"][];
        };
        DaemonSkillValidation: {
            description: string;
            /** @description Empty when the skill is ready to use; else e.g. `missing binary: X`, `missing env var: Y`, `unsupported OS: linux`, `invalid SKILL.md: …`. */
            issues: string[];
            name: string;
            /** @description The skill's SKILL.md, as skills_list reports it. */
            path: string;
        };
        /** @description Stages every change. */
        DaemonStageGitAllRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "stage_git_all";
            params: {
                workspaceId: string;
            };
        };
        DaemonStageGitAllResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Stages one file (path relative to the repository root). */
        DaemonStageGitFileRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "stage_git_file";
            params: {
                path: string;
                workspaceId: string;
            };
        };
        DaemonStageGitFileResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Upstream `review/start`; `target` is forwarded unchanged. */
        DaemonStartReviewRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "start_review";
            params: {
                delivery?: string | null;
                target: Record<string, never>;
                threadId: string;
                workspaceId: string;
            };
        };
        DaemonStartReviewResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCodexResponse"];
        };
        /** @description Upstream `thread/start` with the workspace as `cwd`. */
        DaemonStartThreadRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "start_thread";
            params: {
                workspaceId: string;
            };
        };
        DaemonStartThreadResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCodexResponse"];
        };
        /** @description Pull, then push. */
        DaemonSyncGitRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "sync_git";
            params: {
                workspaceId: string;
            };
        };
        DaemonSyncGitResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Ends the terminal: SIGHUP to the shells process group (the shell passes it on to its jobs), SIGKILL after 2 s; answers once the shell has exited. */
        DaemonTerminalCloseRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "terminal_close";
            params: {
                terminalId: string;
            };
        };
        DaemonTerminalCloseResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Starts `$SHELL` (else bash, else /bin/sh) in a pseudo-terminal in the workspace folder. Its output arrives as `terminal-output` notifications on this connection only; the terminal ends when this connection closes or the workspace is removed. `terminalId` is chosen by the client, unique per connection. */
        DaemonTerminalOpenRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "terminal_open";
            params: {
                /** @description Clamped to 1..65535 (the kernel keeps u16). */
                cols: number;
                /** @description Clamped to 1..65535 (the kernel keeps u16). */
                rows: number;
                terminalId: string;
                workspaceId: string;
            };
        };
        DaemonTerminalOpenResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonTerminalSessionInfo"];
        };
        /** @description Raw output of a terminal opened with `terminal_open`, sent to the connection that opened it only. Output is batched (every 10 ms or 64 Ki characters), never splits a UTF-8 character, and is in order. */
        DaemonTerminalOutputFrame: {
            /** @constant */
            method: "terminal-output";
            params: {
                data: string;
                terminalId: string;
                workspaceId: string;
            };
        };
        /** @description Resizes the terminal (values clamped to 1..65535). */
        DaemonTerminalResizeRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "terminal_resize";
            params: {
                /** @description Clamped to 1..65535 (the kernel keeps u16). */
                cols: number;
                /** @description Clamped to 1..65535 (the kernel keeps u16). */
                rows: number;
                terminalId: string;
            };
        };
        DaemonTerminalResizeResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description The reference's TerminalSessionInfo: `id` is the `terminalId` the client chose. */
        DaemonTerminalSessionInfo: {
            id: string;
        };
        /** @description Writes `data` (keystrokes, usually UTF-8 text) to the terminal. */
        DaemonTerminalWriteRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "terminal_write";
            params: {
                data: string;
                terminalId: string;
            };
        };
        DaemonTerminalWriteResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Upstream `turn/interrupt`. */
        DaemonTurnInterruptRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "turn_interrupt";
            params: {
                threadId: string;
                turnId: string;
                workspaceId: string;
            };
        };
        DaemonTurnInterruptResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonCodexResponse"];
        };
        /** @description Unstages one file. */
        DaemonUnstageGitFileRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "unstage_git_file";
            params: {
                path: string;
                workspaceId: string;
            };
        };
        DaemonUnstageGitFileResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonOk"];
        };
        /** @description Stores the full settings blob (unknown keys kept) and echoes it back merged over the defaults. */
        DaemonUpdateAppSettingsRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "update_app_settings";
            params: {
                settings: components["schemas"]["DaemonAppSettings"];
            };
        };
        DaemonUpdateAppSettingsResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonAppSettings"];
        };
        /** @description Sets or clears (null) the workspace's Codex binary. A running session keeps its binary until `connect_workspace`. */
        DaemonUpdateWorkspaceCodexBinRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "update_workspace_codex_bin";
            params: {
                codex_bin?: string | null;
                id: string;
            };
        };
        DaemonUpdateWorkspaceCodexBinResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonWorkspaceInfo"];
        };
        /** @description Replaces the workspace's settings blob (unknown keys are kept) and persists it. */
        DaemonUpdateWorkspaceSettingsRequestFrame: {
            id: components["schemas"]["DaemonRequestId"];
            /** @constant */
            method: "update_workspace_settings";
            params: {
                id: string;
                settings: components["schemas"]["DaemonWorkspaceSettings"];
            };
        };
        DaemonUpdateWorkspaceSettingsResultFrame: {
            id: components["schemas"]["DaemonRequestId"];
            result: components["schemas"]["DaemonWorkspaceInfo"];
        };
        DaemonWorkspaceInfo: {
            codex_bin: string | null;
            /** @description Whether its app-server session runs. */
            connected: boolean;
            id: string;
            /** @enum {unknown} */
            kind: "main" | "worktree" | "clone";
            name: string;
            /** @description The workspace a worktree or clone was made from. */
            parentId: string | null;
            /** @description Absolute folder on the gateway host. */
            path: string;
            settings: components["schemas"]["DaemonWorkspaceSettings"];
            worktree: null | {
                branch: string;
            };
        };
        /** @description Client-owned workspace settings; unknown keys are kept as sent. */
        DaemonWorkspaceSettings: {
            /** @description Repository to run git methods in, relative to the workspace folder (or absolute inside it). */
            gitRoot?: string | null;
            groupId?: string | null;
            sidebarCollapsed: boolean;
            sortOrder?: number | null;
        };
        DeviceRevoked: {
            deviceId: string;
            /** @enum {boolean} */
            revoked: true;
        };
        DictationTranscribeParams: {
            /** @description The recording, base64-encoded (at most 25 MB decoded). */
            audioBase64: string;
            /** @example dictation.m4a */
            filename: string;
            /** @description ISO-639 code such as `de`; omitted lets the model detect it. */
            language?: string;
            /** @example audio/m4a */
            mimeType: string;
        };
        DictationTranscribeResponse: {
            data: components["schemas"]["Transcript"];
        };
        /**
         * @description Every code of the gateway's error table (docs/errors.md).
         * @enum {string}
         */
        ErrorCode: "INVALID_REQUEST" | "MALFORMED_JSON" | "UNAUTHORIZED" | "FORBIDDEN" | "ROUTE_NOT_FOUND" | "CHAT_NOT_FOUND" | "PROJECT_NOT_FOUND" | "APPROVAL_NOT_FOUND" | "APPROVAL_ALREADY_ANSWERED" | "NOT_A_REPOSITORY" | "BRANCH_NOT_FOUND" | "INVALID_BRANCH_NAME" | "INVALID_PATH" | "PATH_OUTSIDE_REPO" | "NOTHING_STAGED" | "GIT_FAILED" | "GIT_TIMEOUT" | "PAIRING_NOT_FOUND" | "PAIRING_NONCE_MISMATCH" | "PAIRING_DENIED" | "PAIRING_IN_PROGRESS" | "PAIRING_NOT_WAITING" | "PAIRING_EXPIRED" | "PAIRING_TIMEOUT" | "DEVICE_NOT_FOUND" | "RATE_LIMITED" | "TRANSCRIPTION_FAILED" | "DICTATION_UNAVAILABLE" | "METHOD_NOT_ALLOWED" | "PAYLOAD_TOO_LARGE" | "CODEX_UNAVAILABLE" | "CODEX_ERROR" | "INTERNAL" | "BRANCH_ALREADY_EXISTS" | "COMMIT_NOT_FOUND" | "PROMPT_NOT_FOUND" | "PROMPT_ALREADY_EXISTS" | "UNKNOWN_METHOD" | "WORKSPACE_NOT_FOUND" | "WORKSPACE_NOT_CONNECTED" | "NOT_SUPPORTED" | "SERVER_REQUEST_NOT_FOUND" | "BROWSER_UNAVAILABLE" | "BROWSER_SESSION_NOT_FOUND" | "BROWSER_SESSION_LIMIT" | "BROWSER_ERROR" | "TERMINAL_NOT_FOUND" | "TERMINAL_ALREADY_EXISTS" | "GITHUB_CLI_UNAVAILABLE" | "GITHUB_FAILED" | "NOT_A_GITHUB_REPOSITORY" | "SKILL_NOT_FOUND" | "SKILL_ALREADY_EXISTS" | "INVALID_SKILL" | "NO_CHANGES" | "STORAGE_FAILED";
        ExploredAction: {
            command: string;
            path?: string;
            query?: string;
            /** @enum {string} */
            type: "read" | "search" | "list";
        };
        GitBranch: {
            current: boolean;
            /** Format: date-time */
            lastCommitAt: string;
            name: string;
        };
        GitBranchesResponse: {
            data: components["schemas"]["GitBranch"][];
        };
        GitCheckoutParams: {
            branch: string;
        };
        GitCheckoutResponse: {
            data: components["schemas"]["GitCheckoutResult"];
        };
        GitCheckoutResult: {
            branch: string;
        };
        GitCommitParams: {
            message: string;
        };
        GitCommitResponse: {
            data: components["schemas"]["GitCommitResult"];
        };
        GitCommitResult: {
            sha: string;
            summary: string;
        };
        GitDiff: {
            /** @description Patch text of the staged changes. */
            staged: string;
            truncated: boolean;
            /** @description Patch text of the unstaged changes. */
            unstaged: string;
            untracked: string[];
        };
        GitDiffResponse: {
            data: components["schemas"]["GitDiff"];
        };
        GitSummary: {
            /** @description The checked-out branch; null on a detached HEAD or outside a repository. */
            branch: string | null;
            /** @description Files with any change, each counted once. */
            changedFiles: number;
            /** @description The first 200 changed paths. */
            changedPaths: string[];
            isRepository: boolean;
            stagedFiles: number;
            unstagedFiles: number;
            untrackedFiles: number;
        };
        Health: {
            codex: components["schemas"]["CodexStatus"];
            /** @description Why Codex is not ready, when the gateway knows (e.g. the binary is missing). */
            codexError?: string;
            /** @enum {string} */
            name: "codex-gateway";
            /** @description True when the gateway serves and its Codex app-server is connected. */
            ok: boolean;
            version: string;
        };
        HistoryMessage: {
            /** Format: date-time */
            createdAt: string;
            /** @description The Codex item id (the live stream's item ids), else an id from the file position. */
            id: string;
            /** @description `commentary` or `final_answer`, when the model sent one. */
            phase?: string;
            /** @enum {string} */
            role: "user" | "assistant";
            text: string;
            turnId?: string;
            /** @description On a turn's final answer: how long the turn worked. */
            workedDurationSeconds?: number;
        };
        IosLogParams: {
            /** @description The client's log as NDJSON text, one JSON object per line. */
            log: string;
        };
        IosLogResponse: {
            data: components["schemas"]["IosLogStored"];
        };
        IosLogStored: {
            bytes: number;
        };
        /** @description Upstream `item/completed`, with its final state (exit code, duration, text). */
        ItemCompletedFrame: {
            data: components["schemas"]["ItemEvent"];
            /** @enum {string} */
            type: "item_completed";
        };
        ItemEvent: {
            chatId: components["schemas"]["ChatId"];
            item: components["schemas"]["StreamItem"];
            turnId: components["schemas"]["TurnId"];
        };
        /** @description Upstream `item/started` (commands, file changes, messages, tool calls…). */
        ItemStartedFrame: {
            data: components["schemas"]["ItemEvent"];
            /** @enum {string} */
            type: "item_started";
        };
        MessageDeltaEvent: {
            chatId: components["schemas"]["ChatId"];
            /** @description The next piece of the message text; deltas may be coalesced. */
            delta: string;
            /** @description The assistant message this text belongs to. */
            itemId: string;
            turnId: components["schemas"]["TurnId"];
        };
        /** @description Upstream `item/agentMessage/delta`; consecutive deltas may be coalesced, never reordered. */
        MessageDeltaFrame: {
            data: components["schemas"]["MessageDeltaEvent"];
            /** @enum {string} */
            type: "message_delta";
        };
        PairedDevice: {
            deviceId: string;
            scheme: components["schemas"]["Scheme"];
            token: string;
        };
        PairingConfirmParams: {
            deviceName: string;
            nonce: string;
            pairingId: string;
        };
        PairingConfirmResponse: {
            data: components["schemas"]["PairedDevice"];
        };
        PairingRequest: {
            /** Format: date-time */
            expiresAt: string;
            /** @description Single use. */
            nonce: string;
            pairingId: string;
            /** @example codexremote://pair?host=100.64.0.2&port=8787&pairingId=…&nonce=…&scheme=https */
            pairingUri: string;
            /** @description A PNG data URL of the pairing URI. */
            qrDataUrl: string;
            scheme: components["schemas"]["Scheme"];
        };
        PairingRequestResponse: {
            data: components["schemas"]["PairingRequest"];
        };
        PairingRevokeParams: {
            /** @description The device to revoke; omitted revokes the caller's own token. */
            deviceId?: string;
        };
        PairingRevokeResponse: {
            data: components["schemas"]["DeviceRevoked"];
        };
        PendingApprovalResponse: {
            data: components["schemas"]["Approval"] | null;
        };
        Project: {
            chatCount: number;
            cwd: string;
            /** Format: date-time */
            lastActivityAt: string;
            /** @description The directory's name. */
            name: string;
            projectId: components["schemas"]["ProjectId"];
        };
        ProjectContext: {
            approvalPolicy: string | null;
            cwd: string;
            git: components["schemas"]["GitSummary"];
            model: string | null;
            modelReasoningEffort: string | null;
            projectId: components["schemas"]["ProjectId"];
            /** @enum {string} */
            runtimeMode: "local";
            sandboxMode: string | null;
            trustLevel: string | null;
        };
        ProjectContextResponse: {
            data: components["schemas"]["ProjectContext"];
        };
        ProjectId: string;
        ProjectListResponse: {
            data: components["schemas"]["Project"][];
        };
        RunState: {
            activeTurnId: string | null;
            chatId: components["schemas"]["ChatId"];
            isRunning: boolean;
        };
        RunStateResponse: {
            data: components["schemas"]["RunState"];
        };
        RuntimeConfig: {
            approvalPolicy: string | null;
            sandboxMode: string | null;
        };
        RuntimeConfigPatch: {
            approvalPolicy?: components["schemas"]["ApprovalPolicy"];
            sandboxMode?: components["schemas"]["SandboxMode"];
        };
        RuntimeConfigResponse: {
            data: components["schemas"]["RuntimeConfig"];
        };
        /** @enum {string} */
        SandboxMode: "read-only" | "workspace-write" | "danger-full-access";
        /**
         * @description What the gateway really serves; phones derive ws or wss from it.
         * @enum {string}
         */
        Scheme: "http" | "https";
        SteerResult: {
            chatId: components["schemas"]["ChatId"];
            /** @description False when the run had ended and a new turn was started with the text. */
            steered: boolean;
            turnId: components["schemas"]["TurnId"];
        };
        StopResult: {
            chatId: components["schemas"]["ChatId"];
            interrupted: boolean;
            turnId: string | null;
        };
        StreamErrorEvent: {
            chatId?: components["schemas"]["ChatId"];
            code: components["schemas"]["ErrorCode"];
            message: string;
        };
        /** @description For example the Codex app-server went away (`CODEX_UNAVAILABLE`). */
        StreamErrorFrame: {
            data: components["schemas"]["StreamErrorEvent"];
            /** @enum {string} */
            type: "error";
        };
        /** @description A turn item as the phone shows it; fields beyond `id` and `type` depend on the type. */
        StreamItem: {
            command?: string;
            cwd?: string;
            durationMs?: number | null;
            exitCode?: number | null;
            id: string;
            paths?: string[];
            phase?: string;
            server?: string;
            status?: string;
            text?: string;
            tool?: string;
            /** @description Codex's item type (`agentMessage`, `commandExecution`, `fileChange`, `mcpToolCall`, `reasoning`, `contextCompaction`, …). */
            type: string;
        };
        /** @description One timeline row; which optional fields are set depends on `kind`. */
        TimelineEntry: {
            actions?: components["schemas"]["ExploredAction"][];
            additions?: number;
            /** @enum {string} */
            change?: "add" | "update" | "delete";
            /** @description command cards */
            command?: string;
            /** Format: date-time */
            createdAt: string;
            deletions?: number;
            durationMs?: number | null;
            exitCode?: number | null;
            id: string;
            /** @enum {string} */
            kind: "message" | "commentary" | "explored" | "command_finished" | "background_terminal_finished" | "file_edited" | "context_compacted";
            movedFrom?: string;
            /** @description file_edited */
            path?: string;
            phase?: string;
            /**
             * @description message and commentary
             * @enum {string}
             */
            role?: "user" | "assistant";
            /** @description `completed`, `failed` or `declined` */
            status?: string;
            /** @description message and commentary */
            text?: string;
            /** @description Shown as is, e.g. "Edited src/a.ts +4 −1". */
            title: string;
            turnId?: string;
            workedDurationSeconds?: number;
        };
        Transcript: {
            model: string;
            text: string;
        };
        TurnCompletedEvent: {
            chatId: components["schemas"]["ChatId"];
            /** @description Why the turn failed, when it failed. */
            errorMessage?: string;
            status: components["schemas"]["TurnStatus"];
            turnId: components["schemas"]["TurnId"];
        };
        /** @description Upstream `turn/completed`, whatever the turn's outcome. */
        TurnCompletedFrame: {
            data: components["schemas"]["TurnCompletedEvent"];
            /** @enum {string} */
            type: "turn_completed";
        };
        TurnId: string;
        TurnRef: {
            chatId: components["schemas"]["ChatId"];
            turnId: components["schemas"]["TurnId"];
        };
        TurnStartedEvent: {
            chatId: components["schemas"]["ChatId"];
            turnId: components["schemas"]["TurnId"];
        };
        /** @description Upstream `turn/started`. */
        TurnStartedFrame: {
            data: components["schemas"]["TurnStartedEvent"];
            /** @enum {string} */
            type: "turn_started";
        };
        /** @enum {string} */
        TurnStatus: "completed" | "interrupted" | "failed";
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

export type DaemonAuthRequestFrame = components['schemas']['DaemonAuthRequestFrame']
export type DaemonAuthResultFrame = components['schemas']['DaemonAuthResultFrame']
export type DaemonPingRequestFrame = components['schemas']['DaemonPingRequestFrame']
export type DaemonPingResultFrame = components['schemas']['DaemonPingResultFrame']
export type DaemonListWorkspacesRequestFrame = components['schemas']['DaemonListWorkspacesRequestFrame']
export type DaemonListWorkspacesResultFrame = components['schemas']['DaemonListWorkspacesResultFrame']
export type DaemonIsWorkspacePathDirRequestFrame = components['schemas']['DaemonIsWorkspacePathDirRequestFrame']
export type DaemonIsWorkspacePathDirResultFrame = components['schemas']['DaemonIsWorkspacePathDirResultFrame']
export type DaemonAddWorkspaceRequestFrame = components['schemas']['DaemonAddWorkspaceRequestFrame']
export type DaemonAddWorkspaceResultFrame = components['schemas']['DaemonAddWorkspaceResultFrame']
export type DaemonAddCloneRequestFrame = components['schemas']['DaemonAddCloneRequestFrame']
export type DaemonAddCloneResultFrame = components['schemas']['DaemonAddCloneResultFrame']
export type DaemonAddWorktreeRequestFrame = components['schemas']['DaemonAddWorktreeRequestFrame']
export type DaemonAddWorktreeResultFrame = components['schemas']['DaemonAddWorktreeResultFrame']
export type DaemonConnectWorkspaceRequestFrame = components['schemas']['DaemonConnectWorkspaceRequestFrame']
export type DaemonConnectWorkspaceResultFrame = components['schemas']['DaemonConnectWorkspaceResultFrame']
export type DaemonRemoveWorkspaceRequestFrame = components['schemas']['DaemonRemoveWorkspaceRequestFrame']
export type DaemonRemoveWorkspaceResultFrame = components['schemas']['DaemonRemoveWorkspaceResultFrame']
export type DaemonRemoveWorktreeRequestFrame = components['schemas']['DaemonRemoveWorktreeRequestFrame']
export type DaemonRemoveWorktreeResultFrame = components['schemas']['DaemonRemoveWorktreeResultFrame']
export type DaemonRenameWorktreeRequestFrame = components['schemas']['DaemonRenameWorktreeRequestFrame']
export type DaemonRenameWorktreeResultFrame = components['schemas']['DaemonRenameWorktreeResultFrame']
export type DaemonRenameWorktreeUpstreamRequestFrame = components['schemas']['DaemonRenameWorktreeUpstreamRequestFrame']
export type DaemonRenameWorktreeUpstreamResultFrame = components['schemas']['DaemonRenameWorktreeUpstreamResultFrame']
export type DaemonApplyWorktreeChangesRequestFrame = components['schemas']['DaemonApplyWorktreeChangesRequestFrame']
export type DaemonApplyWorktreeChangesResultFrame = components['schemas']['DaemonApplyWorktreeChangesResultFrame']
export type DaemonOpenWorkspaceInRequestFrame = components['schemas']['DaemonOpenWorkspaceInRequestFrame']
export type DaemonUpdateWorkspaceSettingsRequestFrame = components['schemas']['DaemonUpdateWorkspaceSettingsRequestFrame']
export type DaemonUpdateWorkspaceSettingsResultFrame = components['schemas']['DaemonUpdateWorkspaceSettingsResultFrame']
export type DaemonUpdateWorkspaceCodexBinRequestFrame = components['schemas']['DaemonUpdateWorkspaceCodexBinRequestFrame']
export type DaemonUpdateWorkspaceCodexBinResultFrame = components['schemas']['DaemonUpdateWorkspaceCodexBinResultFrame']
export type DaemonListWorkspaceFilesRequestFrame = components['schemas']['DaemonListWorkspaceFilesRequestFrame']
export type DaemonListWorkspaceFilesResultFrame = components['schemas']['DaemonListWorkspaceFilesResultFrame']
export type DaemonReadWorkspaceFileRequestFrame = components['schemas']['DaemonReadWorkspaceFileRequestFrame']
export type DaemonReadWorkspaceFileResultFrame = components['schemas']['DaemonReadWorkspaceFileResultFrame']
export type DaemonGetAppSettingsRequestFrame = components['schemas']['DaemonGetAppSettingsRequestFrame']
export type DaemonGetAppSettingsResultFrame = components['schemas']['DaemonGetAppSettingsResultFrame']
export type DaemonUpdateAppSettingsRequestFrame = components['schemas']['DaemonUpdateAppSettingsRequestFrame']
export type DaemonUpdateAppSettingsResultFrame = components['schemas']['DaemonUpdateAppSettingsResultFrame']
export type DaemonCodexDoctorRequestFrame = components['schemas']['DaemonCodexDoctorRequestFrame']
export type DaemonCodexDoctorResultFrame = components['schemas']['DaemonCodexDoctorResultFrame']
export type DaemonStartThreadRequestFrame = components['schemas']['DaemonStartThreadRequestFrame']
export type DaemonStartThreadResultFrame = components['schemas']['DaemonStartThreadResultFrame']
export type DaemonResumeThreadRequestFrame = components['schemas']['DaemonResumeThreadRequestFrame']
export type DaemonResumeThreadResultFrame = components['schemas']['DaemonResumeThreadResultFrame']
export type DaemonListThreadsRequestFrame = components['schemas']['DaemonListThreadsRequestFrame']
export type DaemonListThreadsResultFrame = components['schemas']['DaemonListThreadsResultFrame']
export type DaemonArchiveThreadRequestFrame = components['schemas']['DaemonArchiveThreadRequestFrame']
export type DaemonArchiveThreadResultFrame = components['schemas']['DaemonArchiveThreadResultFrame']
export type DaemonSendUserMessageRequestFrame = components['schemas']['DaemonSendUserMessageRequestFrame']
export type DaemonSendUserMessageResultFrame = components['schemas']['DaemonSendUserMessageResultFrame']
export type DaemonTurnInterruptRequestFrame = components['schemas']['DaemonTurnInterruptRequestFrame']
export type DaemonTurnInterruptResultFrame = components['schemas']['DaemonTurnInterruptResultFrame']
export type DaemonStartReviewRequestFrame = components['schemas']['DaemonStartReviewRequestFrame']
export type DaemonStartReviewResultFrame = components['schemas']['DaemonStartReviewResultFrame']
export type DaemonModelListRequestFrame = components['schemas']['DaemonModelListRequestFrame']
export type DaemonModelListResultFrame = components['schemas']['DaemonModelListResultFrame']
export type DaemonCollaborationModeListRequestFrame = components['schemas']['DaemonCollaborationModeListRequestFrame']
export type DaemonCollaborationModeListResultFrame = components['schemas']['DaemonCollaborationModeListResultFrame']
export type DaemonAccountRateLimitsRequestFrame = components['schemas']['DaemonAccountRateLimitsRequestFrame']
export type DaemonAccountRateLimitsResultFrame = components['schemas']['DaemonAccountRateLimitsResultFrame']
export type DaemonSkillsListRequestFrame = components['schemas']['DaemonSkillsListRequestFrame']
export type DaemonSkillsListResultFrame = components['schemas']['DaemonSkillsListResultFrame']
export type DaemonRespondToServerRequestRequestFrame = components['schemas']['DaemonRespondToServerRequestRequestFrame']
export type DaemonRespondToServerRequestResultFrame = components['schemas']['DaemonRespondToServerRequestResultFrame']
export type DaemonRememberApprovalRuleRequestFrame = components['schemas']['DaemonRememberApprovalRuleRequestFrame']
export type DaemonRememberApprovalRuleResultFrame = components['schemas']['DaemonRememberApprovalRuleResultFrame']
export type DaemonMemoryFlushNowRequestFrame = components['schemas']['DaemonMemoryFlushNowRequestFrame']
export type DaemonMemoryFlushNowResultFrame = components['schemas']['DaemonMemoryFlushNowResultFrame']
export type DaemonListGitRootsRequestFrame = components['schemas']['DaemonListGitRootsRequestFrame']
export type DaemonListGitRootsResultFrame = components['schemas']['DaemonListGitRootsResultFrame']
export type DaemonGetGitStatusRequestFrame = components['schemas']['DaemonGetGitStatusRequestFrame']
export type DaemonGetGitStatusResultFrame = components['schemas']['DaemonGetGitStatusResultFrame']
export type DaemonGetGitDiffsRequestFrame = components['schemas']['DaemonGetGitDiffsRequestFrame']
export type DaemonGetGitDiffsResultFrame = components['schemas']['DaemonGetGitDiffsResultFrame']
export type DaemonGetGitLogRequestFrame = components['schemas']['DaemonGetGitLogRequestFrame']
export type DaemonGetGitLogResultFrame = components['schemas']['DaemonGetGitLogResultFrame']
export type DaemonGetGitCommitDiffRequestFrame = components['schemas']['DaemonGetGitCommitDiffRequestFrame']
export type DaemonGetGitCommitDiffResultFrame = components['schemas']['DaemonGetGitCommitDiffResultFrame']
export type DaemonGetGitRemoteRequestFrame = components['schemas']['DaemonGetGitRemoteRequestFrame']
export type DaemonGetGitRemoteResultFrame = components['schemas']['DaemonGetGitRemoteResultFrame']
export type DaemonStageGitFileRequestFrame = components['schemas']['DaemonStageGitFileRequestFrame']
export type DaemonStageGitFileResultFrame = components['schemas']['DaemonStageGitFileResultFrame']
export type DaemonStageGitAllRequestFrame = components['schemas']['DaemonStageGitAllRequestFrame']
export type DaemonStageGitAllResultFrame = components['schemas']['DaemonStageGitAllResultFrame']
export type DaemonUnstageGitFileRequestFrame = components['schemas']['DaemonUnstageGitFileRequestFrame']
export type DaemonUnstageGitFileResultFrame = components['schemas']['DaemonUnstageGitFileResultFrame']
export type DaemonRevertGitFileRequestFrame = components['schemas']['DaemonRevertGitFileRequestFrame']
export type DaemonRevertGitFileResultFrame = components['schemas']['DaemonRevertGitFileResultFrame']
export type DaemonRevertGitAllRequestFrame = components['schemas']['DaemonRevertGitAllRequestFrame']
export type DaemonRevertGitAllResultFrame = components['schemas']['DaemonRevertGitAllResultFrame']
export type DaemonCommitGitRequestFrame = components['schemas']['DaemonCommitGitRequestFrame']
export type DaemonCommitGitResultFrame = components['schemas']['DaemonCommitGitResultFrame']
export type DaemonPullGitRequestFrame = components['schemas']['DaemonPullGitRequestFrame']
export type DaemonPullGitResultFrame = components['schemas']['DaemonPullGitResultFrame']
export type DaemonPushGitRequestFrame = components['schemas']['DaemonPushGitRequestFrame']
export type DaemonPushGitResultFrame = components['schemas']['DaemonPushGitResultFrame']
export type DaemonSyncGitRequestFrame = components['schemas']['DaemonSyncGitRequestFrame']
export type DaemonSyncGitResultFrame = components['schemas']['DaemonSyncGitResultFrame']
export type DaemonListGitBranchesRequestFrame = components['schemas']['DaemonListGitBranchesRequestFrame']
export type DaemonListGitBranchesResultFrame = components['schemas']['DaemonListGitBranchesResultFrame']
export type DaemonCheckoutGitBranchRequestFrame = components['schemas']['DaemonCheckoutGitBranchRequestFrame']
export type DaemonCheckoutGitBranchResultFrame = components['schemas']['DaemonCheckoutGitBranchResultFrame']
export type DaemonCreateGitBranchRequestFrame = components['schemas']['DaemonCreateGitBranchRequestFrame']
export type DaemonCreateGitBranchResultFrame = components['schemas']['DaemonCreateGitBranchResultFrame']
export type DaemonPromptsListRequestFrame = components['schemas']['DaemonPromptsListRequestFrame']
export type DaemonPromptsListResultFrame = components['schemas']['DaemonPromptsListResultFrame']
export type DaemonPromptsCreateRequestFrame = components['schemas']['DaemonPromptsCreateRequestFrame']
export type DaemonPromptsCreateResultFrame = components['schemas']['DaemonPromptsCreateResultFrame']
export type DaemonPromptsUpdateRequestFrame = components['schemas']['DaemonPromptsUpdateRequestFrame']
export type DaemonPromptsUpdateResultFrame = components['schemas']['DaemonPromptsUpdateResultFrame']
export type DaemonPromptsDeleteRequestFrame = components['schemas']['DaemonPromptsDeleteRequestFrame']
export type DaemonPromptsDeleteResultFrame = components['schemas']['DaemonPromptsDeleteResultFrame']
export type DaemonPromptsMoveRequestFrame = components['schemas']['DaemonPromptsMoveRequestFrame']
export type DaemonPromptsMoveResultFrame = components['schemas']['DaemonPromptsMoveResultFrame']
export type DaemonPromptsWorkspaceDirRequestFrame = components['schemas']['DaemonPromptsWorkspaceDirRequestFrame']
export type DaemonPromptsWorkspaceDirResultFrame = components['schemas']['DaemonPromptsWorkspaceDirResultFrame']
export type DaemonPromptsGlobalDirRequestFrame = components['schemas']['DaemonPromptsGlobalDirRequestFrame']
export type DaemonPromptsGlobalDirResultFrame = components['schemas']['DaemonPromptsGlobalDirResultFrame']
export type DaemonLocalUsageSnapshotRequestFrame = components['schemas']['DaemonLocalUsageSnapshotRequestFrame']
export type DaemonLocalUsageSnapshotResultFrame = components['schemas']['DaemonLocalUsageSnapshotResultFrame']
export type DaemonBrowserCreateSessionRequestFrame = components['schemas']['DaemonBrowserCreateSessionRequestFrame']
export type DaemonBrowserCreateSessionResultFrame = components['schemas']['DaemonBrowserCreateSessionResultFrame']
export type DaemonBrowserListSessionsRequestFrame = components['schemas']['DaemonBrowserListSessionsRequestFrame']
export type DaemonBrowserListSessionsResultFrame = components['schemas']['DaemonBrowserListSessionsResultFrame']
export type DaemonBrowserNavigateRequestFrame = components['schemas']['DaemonBrowserNavigateRequestFrame']
export type DaemonBrowserNavigateResultFrame = components['schemas']['DaemonBrowserNavigateResultFrame']
export type DaemonBrowserScreenshotRequestFrame = components['schemas']['DaemonBrowserScreenshotRequestFrame']
export type DaemonBrowserScreenshotResultFrame = components['schemas']['DaemonBrowserScreenshotResultFrame']
export type DaemonBrowserClickRequestFrame = components['schemas']['DaemonBrowserClickRequestFrame']
export type DaemonBrowserClickResultFrame = components['schemas']['DaemonBrowserClickResultFrame']
export type DaemonBrowserTypeRequestFrame = components['schemas']['DaemonBrowserTypeRequestFrame']
export type DaemonBrowserTypeResultFrame = components['schemas']['DaemonBrowserTypeResultFrame']
export type DaemonBrowserPressRequestFrame = components['schemas']['DaemonBrowserPressRequestFrame']
export type DaemonBrowserPressResultFrame = components['schemas']['DaemonBrowserPressResultFrame']
export type DaemonBrowserEvaluateRequestFrame = components['schemas']['DaemonBrowserEvaluateRequestFrame']
export type DaemonBrowserEvaluateResultFrame = components['schemas']['DaemonBrowserEvaluateResultFrame']
export type DaemonBrowserSnapshotRequestFrame = components['schemas']['DaemonBrowserSnapshotRequestFrame']
export type DaemonBrowserSnapshotResultFrame = components['schemas']['DaemonBrowserSnapshotResultFrame']
export type DaemonBrowserCloseSessionRequestFrame = components['schemas']['DaemonBrowserCloseSessionRequestFrame']
export type DaemonBrowserCloseSessionResultFrame = components['schemas']['DaemonBrowserCloseSessionResultFrame']
export type DaemonTerminalOpenRequestFrame = components['schemas']['DaemonTerminalOpenRequestFrame']
export type DaemonTerminalOpenResultFrame = components['schemas']['DaemonTerminalOpenResultFrame']
export type DaemonTerminalWriteRequestFrame = components['schemas']['DaemonTerminalWriteRequestFrame']
export type DaemonTerminalWriteResultFrame = components['schemas']['DaemonTerminalWriteResultFrame']
export type DaemonTerminalResizeRequestFrame = components['schemas']['DaemonTerminalResizeRequestFrame']
export type DaemonTerminalResizeResultFrame = components['schemas']['DaemonTerminalResizeResultFrame']
export type DaemonTerminalCloseRequestFrame = components['schemas']['DaemonTerminalCloseRequestFrame']
export type DaemonTerminalCloseResultFrame = components['schemas']['DaemonTerminalCloseResultFrame']
export type DaemonGetGithubIssuesRequestFrame = components['schemas']['DaemonGetGithubIssuesRequestFrame']
export type DaemonGetGithubIssuesResultFrame = components['schemas']['DaemonGetGithubIssuesResultFrame']
export type DaemonGetGithubPullRequestsRequestFrame = components['schemas']['DaemonGetGithubPullRequestsRequestFrame']
export type DaemonGetGithubPullRequestsResultFrame = components['schemas']['DaemonGetGithubPullRequestsResultFrame']
export type DaemonGetGithubPullRequestDiffRequestFrame = components['schemas']['DaemonGetGithubPullRequestDiffRequestFrame']
export type DaemonGetGithubPullRequestDiffResultFrame = components['schemas']['DaemonGetGithubPullRequestDiffResultFrame']
export type DaemonGetGithubPullRequestCommentsRequestFrame = components['schemas']['DaemonGetGithubPullRequestCommentsRequestFrame']
export type DaemonGetGithubPullRequestCommentsResultFrame = components['schemas']['DaemonGetGithubPullRequestCommentsResultFrame']
export type DaemonSkillsConfigReadRequestFrame = components['schemas']['DaemonSkillsConfigReadRequestFrame']
export type DaemonSkillsConfigReadResultFrame = components['schemas']['DaemonSkillsConfigReadResultFrame']
export type DaemonSkillsConfigWriteRequestFrame = components['schemas']['DaemonSkillsConfigWriteRequestFrame']
export type DaemonSkillsConfigWriteResultFrame = components['schemas']['DaemonSkillsConfigWriteResultFrame']
export type DaemonSkillsValidateRequestFrame = components['schemas']['DaemonSkillsValidateRequestFrame']
export type DaemonSkillsValidateResultFrame = components['schemas']['DaemonSkillsValidateResultFrame']
export type DaemonSkillsInstallFromGitRequestFrame = components['schemas']['DaemonSkillsInstallFromGitRequestFrame']
export type DaemonSkillsInstallFromGitResultFrame = components['schemas']['DaemonSkillsInstallFromGitResultFrame']
export type DaemonSkillsUninstallRequestFrame = components['schemas']['DaemonSkillsUninstallRequestFrame']
export type DaemonSkillsUninstallResultFrame = components['schemas']['DaemonSkillsUninstallResultFrame']
export type DaemonGetCommitMessagePromptRequestFrame = components['schemas']['DaemonGetCommitMessagePromptRequestFrame']
export type DaemonGetCommitMessagePromptResultFrame = components['schemas']['DaemonGetCommitMessagePromptResultFrame']
export type DaemonGenerateCommitMessageRequestFrame = components['schemas']['DaemonGenerateCommitMessageRequestFrame']
export type DaemonGenerateCommitMessageResultFrame = components['schemas']['DaemonGenerateCommitMessageResultFrame']
export type DaemonErrorFrame = components['schemas']['DaemonErrorFrame']
export type DaemonAppServerEventFrame = components['schemas']['DaemonAppServerEventFrame']
export type DaemonTerminalOutputFrame = components['schemas']['DaemonTerminalOutputFrame']
export type TurnStartedFrame = components['schemas']['TurnStartedFrame']
export type MessageDeltaFrame = components['schemas']['MessageDeltaFrame']
export type TurnCompletedFrame = components['schemas']['TurnCompletedFrame']
export type ItemStartedFrame = components['schemas']['ItemStartedFrame']
export type ItemCompletedFrame = components['schemas']['ItemCompletedFrame']
export type ApprovalRequiredFrame = components['schemas']['ApprovalRequiredFrame']
export type ApprovalClearedFrame = components['schemas']['ApprovalClearedFrame']
export type BridgePingFrame = components['schemas']['BridgePingFrame']
export type BridgeModelListFrame = components['schemas']['BridgeModelListFrame']
export type BridgeSessionListFrame = components['schemas']['BridgeSessionListFrame']
export type BridgeSessionStartFrame = components['schemas']['BridgeSessionStartFrame']
export type BridgeSessionResumeFrame = components['schemas']['BridgeSessionResumeFrame']
export type BridgeSessionUpdateFrame = components['schemas']['BridgeSessionUpdateFrame']
export type BridgeSessionContentFrame = components['schemas']['BridgeSessionContentFrame']
export type BridgeSessionSyncFrame = components['schemas']['BridgeSessionSyncFrame']
export type BridgeTurnSendFrame = components['schemas']['BridgeTurnSendFrame']
export type BridgeTurnSteerFrame = components['schemas']['BridgeTurnSteerFrame']
export type BridgeTurnInterruptFrame = components['schemas']['BridgeTurnInterruptFrame']
export type BridgeApprovalResponseFrame = components['schemas']['BridgeApprovalResponseFrame']
export type BridgeFileReadFrame = components['schemas']['BridgeFileReadFrame']
export type BridgeHelloFrame = components['schemas']['BridgeHelloFrame']
export type BridgeResponseFrame = components['schemas']['BridgeResponseFrame']
export type BridgeErrorFrame = components['schemas']['BridgeErrorFrame']
export type BridgeEventFrame = components['schemas']['BridgeEventFrame']
export type StreamErrorFrame = components['schemas']['StreamErrorFrame']
export type DaemonFrame = components['schemas']['DaemonFrame']
export type CompanionStreamFrame = components['schemas']['CompanionStreamFrame']
export type BridgeFrame = components['schemas']['BridgeFrame']
