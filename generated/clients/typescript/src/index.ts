// generated from openapi.yaml by openapi-generator 7.25.0 (typescript-fetch) — do not edit, run npm run codegen
/* tslint:disable */
/* eslint-disable */
export * from './runtime.js';
export * from './apis/index.js';
export * from './models/index.js';
