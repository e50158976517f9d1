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
        Chat: {
            chatId: components["schemas"]["ChatId"];
            cwd: string;
        };
        ChatCreateParams: {
            /** @description Absolute path of an existing directory on the gateway's computer. */
            cwd: string;
        };
        ChatCreateResponse: {
            data: components["schemas"]["Chat"];
        };
        ChatId: string;
        ChatMessageSendParams: {
            /** @description The user's message; must not be blank. */
            text: string;
        };
        ChatMessageSendResponse: {
            data: components["schemas"]["TurnRef"];
        };
        /**
         * @description State of the connection to `codex app-server`.
         * @enum {string}
         */
        CodexStatus: "starting" | "ready" | "restarting" | "stopped";
        CompanionStreamFrame: components["schemas"]["TurnStartedFrame"] | components["schemas"]["MessageDeltaFrame"] | components["schemas"]["TurnCompletedFrame"] | components["schemas"]["StreamErrorFrame"];
        /**
         * @description Every code of the gateway's error table (docs/errors.md).
         * @enum {string}
         */
        ErrorCode: "INVALID_REQUEST" | "MALFORMED_JSON" | "UNAUTHORIZED" | "FORBIDDEN" | "ROUTE_NOT_FOUND" | "CHAT_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "PAYLOAD_TOO_LARGE" | "CODEX_UNAVAILABLE" | "CODEX_ERROR" | "INTERNAL";
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
export type StreamErrorFrame = components['schemas']['StreamErrorFrame']
export type CompanionStreamFrame = components['schemas']['CompanionStreamFrame']
