// generated from openapi.yaml by openapi-generator 7.25.0 (typescript-fetch) — do not edit, run npm run codegen
/* tslint:disable */
/* eslint-disable */
export * from './ApprovalsApi.js';
export * from './BridgeApi.js';
export * from './ChatsApi.js';
export * from './DevicesApi.js';
export * from './DictationApi.js';
export * from './GitApi.js';
export * from './HealthApi.js';
export * from './ProjectsApi.js';
export * from './RuntimeApi.js';
