// generated from openapi.yaml by openapi-generator 7.25.0 (typescript-fetch) — do not edit, run npm run codegen
/* tslint:disable */
/* eslint-disable */
export * from './ApprovalsApi';
export * from './BridgeApi';
export * from './ChatsApi';
export * from './DevicesApi';
export * from './DictationApi';
export * from './GitApi';
export * from './HealthApi';
export * from './ProjectsApi';
export * from './RuntimeApi';
