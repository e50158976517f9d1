// generated from openapi.yaml by openapi-generator 7.25.0 (typescript-fetch) — do not edit, run npm run codegen
/* tslint:disable */
/* eslint-disable */
export * from './ApiError';
export * from './ApiErrorResponse';
export * from './Chat';
export * from './ChatCreateParams';
export * from './ChatCreateResponse';
export * from './ChatMessageSendParams';
export * from './ChatMessageSendResponse';
export * from './CodexStatus';
export * from './ErrorCode';
export * from './Health';
export * from './MessageDeltaEvent';
export * from './StreamErrorEvent';
export * from './TurnCompletedEvent';
export * from './TurnRef';
export * from './TurnStartedEvent';
export * from './TurnStatus';
