// generated from openapi.yaml — do not edit, run npm run codegen
export type paths = {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness of the gateway and its Codex connection; needs no token. */
        get: operations["healthGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/approvals/{approvalId}": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The approval's id, from `approval_required` or `pending-approval`. */
                approvalId: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer a pending approval.
         * @description The first answer from any client wins; every client of the chat then receives `approval_cleared`. `allow_for_session` accepts later matching approvals of the chat by itself (for MCP only the same server and tool); `allow_always` (MCP, or a command with a proposed exec-policy rule) also persists.
         */
        post: operations["approvalAnswer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The chats of a project, latest activity first.
         * @description Upstream `thread/list`.
         */
        get: operations["chatList"];
        put?: never;
        /**
         * Start a new chat (a Codex thread) in a working directory.
         * @description Upstream `thread/start`.
         */
        post: operations["chatCreate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatId}/activate": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id (the Codex thread id). */
                chatId: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Make a chat the active session before streaming or sending follow-ups.
         * @description Loaded already (`already_active`), loaded from its rollout with upstream `thread/resume` (`resumed`), or nothing persisted yet (`no_rollout`).
         */
        post: operations["chatActivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id (the Codex thread id). */
                chatId: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        /**
         * Persisted messages of the chat.
         * @description User and assistant messages read from the rollout file under CODEX_HOME/sessions (the threads `path`); final answers carry `workedDurationSeconds`. The file is indexed once and read by byte ranges, so a page costs what it returns.
         */
        get: operations["chatMessagesGet"];
        put?: never;
        /**
         * Send a user message, starting a turn.
         * @description Upstream `turn/start`.
         */
        post: operations["chatMessageSend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatId}/pending-approval": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id (the Codex thread id). */
                chatId: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        /**
         * The latest still-open approval of the chat, or null.
         * @description Lets a phone that connects late re-hydrate an approval that was asked before it connected.
         */
        get: operations["chatPendingApprovalGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatId}/run-state": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id (the Codex thread id). */
                chatId: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        /**
         * Whether a turn is running in the chat.
         * @description A turn that stays silent is checked with upstream `thread/read`, so a lost `turn/completed` cannot leave it running forever.
         */
        get: operations["chatRunStateGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatId}/steer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id (the Codex thread id). */
                chatId: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add text to the running turn.
         * @description Upstream `turn/steer`; when the run already ended, upstream `turn/start` instead so the text is not lost (`steered: false`).
         */
        post: operations["chatSteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatId}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id (the Codex thread id). */
                chatId: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Interrupt the running turn.
         * @description Upstream `turn/interrupt`. `interrupted` is false when nothing was running.
         */
        post: operations["chatStop"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chats/{chatId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id (the Codex thread id). */
                chatId: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        /**
         * The chat as a mobile timeline.
         * @description Messages, saved commentary and activity cards (Explored, Command finished, Edited file +X −Y, Context automatically compacted, Background terminal finished) from the rollout file, so they survive reloads.
         */
        get: operations["chatTimelineGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/debug/ios-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Store the latest client debug log.
         * @description Replaces `<data-dir>/logs/ios-device.ndjson` with the given NDJSON text (at most 1 MiB).
         */
        post: operations["debugIosLogStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dictation/transcribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Transcribe recorded dictation.
         * @description Uploads the audio to the OpenAI transcription endpoint (`OPENAI_BASE_URL`, default https://api.openai.com/v1) with `OPENAI_API_KEY` from the environment, or `.env` / `.env.local` in the data dir or working dir. `OPENAI_TRANSCRIPTION_MODEL` defaults to `gpt-4o-transcribe`. Audio is capped at 25 MB.
         */
        post: operations["dictationTranscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pairing/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange a scanned pairing for a device token, once approved on the computer.
         * @description Waits (at most 2 minutes) until the person at the computer approves: at the gateway's terminal prompt, or with `codex-gateway pairing approve <pairingId>`. A wrong nonce is 403 and counted per address; five failures in ten minutes lock the address out (429 with Retry-After).
         */
        post: operations["pairingConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pairing/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start pairing a phone; only from this computer.
         * @description Accepted only from a loopback address (403 elsewhere). Returns a single-use nonce valid for 5 minutes, the `codexremote://pair?…` URI and its QR code, which the gateway also prints in its terminal.
         */
        post: operations["pairingRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pairing/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the caller's device token, or another device's.
         * @description A revoked token stops working at once; its open WebSockets are closed with code 4001.
         */
        post: operations["pairingRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The projects (working directories of Codex threads), latest activity first.
         * @description Follows every cursor page of upstream `thread/list`; a chat created here is listed at once.
         */
        get: operations["projectList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/context": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id, from `GET /v1/projects`. */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * Runtime settings and git summary of a project.
         * @description Settings from upstream `config/read` for the projects directory; git from `git status` in it (zeros and `isRepository: false` outside a repository).
         */
        get: operations["projectContextGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/git/branches": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id, from `GET /v1/projects`. */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * Local branches, newest commit first.
         * @description Only local branches; a repository without commits has none.
         */
        get: operations["gitBranchesGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/git/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id, from `GET /v1/projects`. */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Switch to an existing local branch.
         * @description Never creates a branch; a name git would read as an option is refused.
         */
        post: operations["gitCheckout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/git/commit": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id, from `GET /v1/projects`. */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Commit the already staged changes.
         * @description Only what is staged; 400 `NOTHING_STAGED` when nothing is.
         */
        post: operations["gitCommit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/projects/{projectId}/git/diff": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id, from `GET /v1/projects`. */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        /**
         * Staged and unstaged patch text, untracked files listed apart.
         * @description Large output is cut on a line boundary and marked `truncated: true`. `path` limits the diff to one file; it must stay inside the repository.
         */
        get: operations["gitDiffGet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/runtime/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the top-level approval policy and sandbox mode in config.toml.
         * @description Written through upstream `config/batchWrite`; every other byte of config.toml (comments, tables, line endings) stays as it was. A value the installed Codex does not accept (for example `untrusted`, which Codex 0.169 refuses to start with) is a 400 and the file is untouched.
         */
        patch: operations["runtimeConfigUpdate"];
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every chat as a bridge session, latest activity first.
         * @description The Bridge protocol's HTTP listing; takes the device token as a bearer token or in `x-bridge-token`.
         */
        get: operations["sessionList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
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
        /** @enum {string} */
        ApprovalDecision: "approve" | "decline" | "allow_for_session" | "allow_always";
        /**
         * @description The reference's values; the installed Codex may accept fewer (0.169 refuses `untrusted`).
         * @enum {string}
         */
        ApprovalPolicy: "untrusted" | "on-failure" | "on-request" | "never";
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
        BridgePingResult: {
            pong: boolean;
            /** Format: date-time */
            server_time: string;
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
        BridgeSessionContentResult: {
            active_turns: string[];
            entries: components["schemas"]["BridgeEntry"][];
            last_seq: number;
            pending_approvals: components["schemas"]["BridgePendingApproval"][];
            session: Record<string, never>;
            session_id: string;
            thread_id: string;
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
        BridgeSessionResumeResult: {
            session_id: string;
            /** @enum {string} */
            status: "already_active" | "resumed" | "no_rollout";
            thread_id: string;
        };
        BridgeSessionStartParams: {
            /** @enum {string} */
            approval_policy?: "on-request" | "on-failure" | "never";
            cwd: string;
            model?: string;
            sandbox?: components["schemas"]["SandboxMode"];
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
        BridgeTurnInterruptResult: {
            interrupted: boolean;
            session_id: string;
            turn_id: string | null;
        };
        BridgeTurnSendResult: {
            item_id: string;
            session_id: string;
            turn_id: string;
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
        ItemEvent: {
            chatId: components["schemas"]["ChatId"];
            item: components["schemas"]["StreamItem"];
            turnId: components["schemas"]["TurnId"];
        };
        MessageDeltaEvent: {
            chatId: components["schemas"]["ChatId"];
            /** @description The next piece of the message text; deltas may be coalesced. */
            delta: string;
            /** @description The assistant message this text belongs to. */
            itemId: string;
            turnId: components["schemas"]["TurnId"];
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
        TurnId: string;
        TurnRef: {
            chatId: components["schemas"]["ChatId"];
            turnId: components["schemas"]["TurnId"];
        };
        TurnStartedEvent: {
            chatId: components["schemas"]["ChatId"];
            turnId: components["schemas"]["TurnId"];
        };
        /** @enum {string} */
        TurnStatus: "completed" | "interrupted" | "failed";
    };
    responses: {
        /** @description The Codex app-server refused the request (`CODEX_ERROR`); the message says why. */
        CodexError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description The Codex app-server is not running or went away (`CODEX_UNAVAILABLE`); retry later. */
        CodexUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description The request conflicts with the current state (`APPROVAL_ALREADY_ANSWERED`, `NOT_A_REPOSITORY`, `GIT_FAILED`). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description Not allowed (`FORBIDDEN`, `PATH_OUTSIDE_REPO`, `PAIRING_NONCE_MISMATCH`, `PAIRING_DENIED`). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description git ran past its time limit (`GIT_TIMEOUT`); retry. */
        GitTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description The request is malformed or fails validation (`INVALID_REQUEST`, `MALFORMED_JSON`). */
        InvalidRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description The addressed resource does not exist (`CHAT_NOT_FOUND`, `ROUTE_NOT_FOUND`). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description The pairing expired, was used or denied (`PAIRING_EXPIRED`); start a new one. */
        PairingExpired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description Nobody decided at the computer in time (`PAIRING_TIMEOUT`); the pairing can be confirmed again. */
        PairingTimeout: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description The request body is over the configured limit (`PAYLOAD_TOO_LARGE`). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description Too many attempts (`RATE_LIMITED`); retry later. */
        RateLimited: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description The feature is not configured or its service is unreachable (`DICTATION_UNAVAILABLE`). */
        ServiceUnavailable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description The gateway could not save to its data dir (`STORAGE_FAILED`) — the disk is full or read-only; the message names the file and the reason. Nothing was half-written. */
        StorageFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description No valid device token (`UNAUTHORIZED`). */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
        /** @description A service behind the gateway failed (`TRANSCRIPTION_FAILED`). */
        UpstreamFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ApiErrorResponse"];
            };
        };
    };
    parameters: {
        /** @description The approval's id, from `approval_required` or `pending-approval`. */
        ApprovalId: string;
        /** @description The chat's id (the Codex thread id). */
        ChatId: components["schemas"]["ChatId"];
        /** @description A repository-relative path (or an absolute one inside the repository). */
        GitPathQuery: string;
        /** @description `nextCursor` of the previous page; omitted for the newest page. */
        HistoryCursor: string;
        /** @description Entries per page (default 50, at most 200). */
        HistoryLimit: number;
        /** @description The project's id, from `GET /v1/projects`. */
        ProjectId: components["schemas"]["ProjectId"];
        /** @description The project's id, from `GET /v1/projects`. */
        ProjectIdQuery: components["schemas"]["ProjectId"];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    healthGet: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The gateway is up. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    approvalAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The approval's id, from `approval_required` or `pending-approval`. */
                approvalId: components["parameters"]["ApprovalId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApprovalAnswerParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalAnswerResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
        };
    };
    chatList: {
        parameters: {
            query: {
                /** @description The project's id, from `GET /v1/projects`. */
                projectId: components["parameters"]["ProjectIdQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatListResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
        };
    };
    chatCreate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatCreateParams"];
            };
        };
        responses: {
            /** @description The chat was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCreateResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
        };
    };
    chatActivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id (the Codex thread id). */
                chatId: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatActivateResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
        };
    };
    chatMessagesGet: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page; omitted for the newest page. */
                cursor?: components["parameters"]["HistoryCursor"];
                /** @description Entries per page (default 50, at most 200). */
                limit?: components["parameters"]["HistoryLimit"];
            };
            header?: never;
            path: {
                /** @description The chat's id (the Codex thread id). */
                chatId: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, newest first across pages and oldest first within one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessagesResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
        };
    };
    chatMessageSend: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id (the Codex thread id). */
                chatId: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatMessageSendParams"];
            };
        };
        responses: {
            /** @description The turn started; its events follow on the stream. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatMessageSendResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
        };
    };
    chatPendingApprovalGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id (the Codex thread id). */
                chatId: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PendingApprovalResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    chatRunStateGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id (the Codex thread id). */
                chatId: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunStateResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
        };
    };
    chatSteer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id (the Codex thread id). */
                chatId: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatMessageSendParams"];
            };
        };
        responses: {
            /** @description OK */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatSteerResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
        };
    };
    chatStop: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The chat's id (the Codex thread id). */
                chatId: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatStopResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
        };
    };
    chatTimelineGet: {
        parameters: {
            query?: {
                /** @description `nextCursor` of the previous page; omitted for the newest page. */
                cursor?: components["parameters"]["HistoryCursor"];
                /** @description Entries per page (default 50, at most 200). */
                limit?: components["parameters"]["HistoryLimit"];
            };
            header?: never;
            path: {
                /** @description The chat's id (the Codex thread id). */
                chatId: components["parameters"]["ChatId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page, newest first across pages and oldest first within one. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatTimelineResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
        };
    };
    debugIosLogStore: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IosLogParams"];
            };
        };
        responses: {
            /** @description Stored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IosLogResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            507: components["responses"]["StorageFailed"];
        };
    };
    dictationTranscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DictationTranscribeParams"];
            };
        };
        responses: {
            /** @description The transcript. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DictationTranscribeResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            502: components["responses"]["UpstreamFailed"];
            503: components["responses"]["ServiceUnavailable"];
        };
    };
    pairingConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PairingConfirmParams"];
            };
        };
        responses: {
            /** @description Approved; the token is shown once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingConfirmResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            408: components["responses"]["PairingTimeout"];
            409: components["responses"]["Conflict"];
            410: components["responses"]["PairingExpired"];
            413: components["responses"]["PayloadTooLarge"];
            429: components["responses"]["RateLimited"];
            507: components["responses"]["StorageFailed"];
        };
    };
    pairingRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A pairing waiting for a phone. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingRequestResponse"];
                };
            };
            403: components["responses"]["Forbidden"];
        };
    };
    pairingRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["PairingRevokeParams"];
            };
        };
        responses: {
            /** @description Revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PairingRevokeResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            413: components["responses"]["PayloadTooLarge"];
            507: components["responses"]["StorageFailed"];
        };
    };
    projectList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectListResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
        };
    };
    projectContextGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id, from `GET /v1/projects`. */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProjectContextResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
            504: components["responses"]["GitTimeout"];
        };
    };
    gitBranchesGet: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id, from `GET /v1/projects`. */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GitBranchesResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
            504: components["responses"]["GitTimeout"];
        };
    };
    gitCheckout: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id, from `GET /v1/projects`. */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GitCheckoutParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GitCheckoutResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
            504: components["responses"]["GitTimeout"];
        };
    };
    gitCommit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The project's id, from `GET /v1/projects`. */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GitCommitParams"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GitCommitResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
            504: components["responses"]["GitTimeout"];
        };
    };
    gitDiffGet: {
        parameters: {
            query?: {
                /** @description A repository-relative path (or an absolute one inside the repository). */
                path?: components["parameters"]["GitPathQuery"];
            };
            header?: never;
            path: {
                /** @description The project's id, from `GET /v1/projects`. */
                projectId: components["parameters"]["ProjectId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GitDiffResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
            504: components["responses"]["GitTimeout"];
        };
    };
    runtimeConfigUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RuntimeConfigPatch"];
            };
        };
        responses: {
            /** @description The settings as Codex now reads them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuntimeConfigResponse"];
                };
            };
            400: components["responses"]["InvalidRequest"];
            401: components["responses"]["Unauthorized"];
            413: components["responses"]["PayloadTooLarge"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
        };
    };
    sessionList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BridgeSessionListResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
            502: components["responses"]["CodexError"];
            503: components["responses"]["CodexUnavailable"];
        };
    };
}
