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
    "/v1/chats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
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
        get?: never;
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
        StreamErrorEvent: {
            chatId?: components["schemas"]["ChatId"];
            code: components["schemas"]["ErrorCode"];
            message: string;
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
        /** @description The request body is over the configured limit (`PAYLOAD_TOO_LARGE`). */
        PayloadTooLarge: {
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
    };
    parameters: {
        /** @description The chat's id (the Codex thread id). */
        ChatId: components["schemas"]["ChatId"];
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
}
