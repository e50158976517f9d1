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
            /** @description The thread's name */
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
        ErrorCode: "INVALID_REQUEST" | "MALFORMED_JSON" | "UNAUTHORIZED" | "FORBIDDEN" | "ROUTE_NOT_FOUND" | "CHAT_NOT_FOUND" | "PROJECT_NOT_FOUND" | "APPROVAL_NOT_FOUND" | "APPROVAL_ALREADY_ANSWERED" | "NOT_A_REPOSITORY" | "BRANCH_NOT_FOUND" | "INVALID_BRANCH_NAME" | "INVALID_PATH" | "PATH_OUTSIDE_REPO" | "NOTHING_STAGED" | "GIT_FAILED" | "GIT_TIMEOUT" | "PAIRING_NOT_FOUND" | "PAIRING_NONCE_MISMATCH" | "PAIRING_DENIED" | "PAIRING_IN_PROGRESS" | "PAIRING_NOT_WAITING" | "PAIRING_EXPIRED" | "PAIRING_TIMEOUT" | "DEVICE_NOT_FOUND" | "RATE_LIMITED" | "TRANSCRIPTION_FAILED" | "DICTATION_UNAVAILABLE" | "METHOD_NOT_ALLOWED" | "PAYLOAD_TOO_LARGE" | "CODEX_UNAVAILABLE" | "CODEX_ERROR" | "INTERNAL";
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

export type TurnStartedFrame = components['schemas']['TurnStartedFrame']
export type MessageDeltaFrame = components['schemas']['MessageDeltaFrame']
export type TurnCompletedFrame = components['schemas']['TurnCompletedFrame']
export type ItemStartedFrame = components['schemas']['ItemStartedFrame']
export type ItemCompletedFrame = components['schemas']['ItemCompletedFrame']
export type ApprovalRequiredFrame = components['schemas']['ApprovalRequiredFrame']
export type ApprovalClearedFrame = components['schemas']['ApprovalClearedFrame']
export type StreamErrorFrame = components['schemas']['StreamErrorFrame']
export type CompanionStreamFrame = components['schemas']['CompanionStreamFrame']
