// generated from openapi.yaml — do not edit, run npm run codegen

import type { operations } from './openapi.ts'

export type OperationId = keyof operations

export interface RouteSpec {
  operationId: OperationId
  method: string
  path: string
  koaPath: string
  secured: boolean
  hasBody: boolean
  bodyRequired: boolean
  bodyLimit: number | null
  successStatus: number
  pathParams: readonly string[]
  queryParams: readonly string[]
}

export const routes: readonly RouteSpec[] = [
  {
    "operationId": "healthGet",
    "method": "GET",
    "path": "/healthz",
    "koaPath": "/healthz",
    "secured": false,
    "hasBody": false,
    "bodyRequired": false,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [],
    "queryParams": []
  },
  {
    "operationId": "projectList",
    "method": "GET",
    "path": "/v1/projects",
    "koaPath": "/v1/projects",
    "secured": true,
    "hasBody": false,
    "bodyRequired": false,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [],
    "queryParams": []
  },
  {
    "operationId": "chatList",
    "method": "GET",
    "path": "/v1/chats",
    "koaPath": "/v1/chats",
    "secured": true,
    "hasBody": false,
    "bodyRequired": false,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [],
    "queryParams": [
      "projectId"
    ]
  },
  {
    "operationId": "chatCreate",
    "method": "POST",
    "path": "/v1/chats",
    "koaPath": "/v1/chats",
    "secured": true,
    "hasBody": true,
    "bodyRequired": true,
    "bodyLimit": null,
    "successStatus": 201,
    "pathParams": [],
    "queryParams": []
  },
  {
    "operationId": "chatMessagesGet",
    "method": "GET",
    "path": "/v1/chats/{chatId}/messages",
    "koaPath": "/v1/chats/:chatId/messages",
    "secured": true,
    "hasBody": false,
    "bodyRequired": false,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [
      "chatId"
    ],
    "queryParams": [
      "cursor",
      "limit"
    ]
  },
  {
    "operationId": "chatMessageSend",
    "method": "POST",
    "path": "/v1/chats/{chatId}/messages",
    "koaPath": "/v1/chats/:chatId/messages",
    "secured": true,
    "hasBody": true,
    "bodyRequired": true,
    "bodyLimit": null,
    "successStatus": 202,
    "pathParams": [
      "chatId"
    ],
    "queryParams": []
  },
  {
    "operationId": "chatTimelineGet",
    "method": "GET",
    "path": "/v1/chats/{chatId}/timeline",
    "koaPath": "/v1/chats/:chatId/timeline",
    "secured": true,
    "hasBody": false,
    "bodyRequired": false,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [
      "chatId"
    ],
    "queryParams": [
      "cursor",
      "limit"
    ]
  },
  {
    "operationId": "chatActivate",
    "method": "POST",
    "path": "/v1/chats/{chatId}/activate",
    "koaPath": "/v1/chats/:chatId/activate",
    "secured": true,
    "hasBody": false,
    "bodyRequired": false,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [
      "chatId"
    ],
    "queryParams": []
  },
  {
    "operationId": "chatRunStateGet",
    "method": "GET",
    "path": "/v1/chats/{chatId}/run-state",
    "koaPath": "/v1/chats/:chatId/run-state",
    "secured": true,
    "hasBody": false,
    "bodyRequired": false,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [
      "chatId"
    ],
    "queryParams": []
  },
  {
    "operationId": "chatPendingApprovalGet",
    "method": "GET",
    "path": "/v1/chats/{chatId}/pending-approval",
    "koaPath": "/v1/chats/:chatId/pending-approval",
    "secured": true,
    "hasBody": false,
    "bodyRequired": false,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [
      "chatId"
    ],
    "queryParams": []
  },
  {
    "operationId": "chatSteer",
    "method": "POST",
    "path": "/v1/chats/{chatId}/steer",
    "koaPath": "/v1/chats/:chatId/steer",
    "secured": true,
    "hasBody": true,
    "bodyRequired": true,
    "bodyLimit": null,
    "successStatus": 202,
    "pathParams": [
      "chatId"
    ],
    "queryParams": []
  },
  {
    "operationId": "chatStop",
    "method": "POST",
    "path": "/v1/chats/{chatId}/stop",
    "koaPath": "/v1/chats/:chatId/stop",
    "secured": true,
    "hasBody": false,
    "bodyRequired": false,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [
      "chatId"
    ],
    "queryParams": []
  },
  {
    "operationId": "approvalAnswer",
    "method": "POST",
    "path": "/v1/approvals/{approvalId}",
    "koaPath": "/v1/approvals/:approvalId",
    "secured": true,
    "hasBody": true,
    "bodyRequired": true,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [
      "approvalId"
    ],
    "queryParams": []
  },
  {
    "operationId": "dictationTranscribe",
    "method": "POST",
    "path": "/v1/dictation/transcribe",
    "koaPath": "/v1/dictation/transcribe",
    "secured": true,
    "hasBody": true,
    "bodyRequired": true,
    "bodyLimit": 37748736,
    "successStatus": 200,
    "pathParams": [],
    "queryParams": []
  },
  {
    "operationId": "debugIosLogStore",
    "method": "POST",
    "path": "/v1/debug/ios-log",
    "koaPath": "/v1/debug/ios-log",
    "secured": true,
    "hasBody": true,
    "bodyRequired": true,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [],
    "queryParams": []
  },
  {
    "operationId": "pairingRequest",
    "method": "POST",
    "path": "/v1/pairing/request",
    "koaPath": "/v1/pairing/request",
    "secured": false,
    "hasBody": false,
    "bodyRequired": false,
    "bodyLimit": null,
    "successStatus": 201,
    "pathParams": [],
    "queryParams": []
  },
  {
    "operationId": "pairingConfirm",
    "method": "POST",
    "path": "/v1/pairing/confirm",
    "koaPath": "/v1/pairing/confirm",
    "secured": false,
    "hasBody": true,
    "bodyRequired": true,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [],
    "queryParams": []
  },
  {
    "operationId": "pairingRevoke",
    "method": "POST",
    "path": "/v1/pairing/revoke",
    "koaPath": "/v1/pairing/revoke",
    "secured": true,
    "hasBody": true,
    "bodyRequired": false,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [],
    "queryParams": []
  },
  {
    "operationId": "runtimeConfigUpdate",
    "method": "PATCH",
    "path": "/v1/runtime/config",
    "koaPath": "/v1/runtime/config",
    "secured": true,
    "hasBody": true,
    "bodyRequired": true,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [],
    "queryParams": []
  },
  {
    "operationId": "projectContextGet",
    "method": "GET",
    "path": "/v1/projects/{projectId}/context",
    "koaPath": "/v1/projects/:projectId/context",
    "secured": true,
    "hasBody": false,
    "bodyRequired": false,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [
      "projectId"
    ],
    "queryParams": []
  },
  {
    "operationId": "gitBranchesGet",
    "method": "GET",
    "path": "/v1/projects/{projectId}/git/branches",
    "koaPath": "/v1/projects/:projectId/git/branches",
    "secured": true,
    "hasBody": false,
    "bodyRequired": false,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [
      "projectId"
    ],
    "queryParams": []
  },
  {
    "operationId": "gitDiffGet",
    "method": "GET",
    "path": "/v1/projects/{projectId}/git/diff",
    "koaPath": "/v1/projects/:projectId/git/diff",
    "secured": true,
    "hasBody": false,
    "bodyRequired": false,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [
      "projectId"
    ],
    "queryParams": [
      "path"
    ]
  },
  {
    "operationId": "gitCheckout",
    "method": "POST",
    "path": "/v1/projects/{projectId}/git/checkout",
    "koaPath": "/v1/projects/:projectId/git/checkout",
    "secured": true,
    "hasBody": true,
    "bodyRequired": true,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [
      "projectId"
    ],
    "queryParams": []
  },
  {
    "operationId": "gitCommit",
    "method": "POST",
    "path": "/v1/projects/{projectId}/git/commit",
    "koaPath": "/v1/projects/:projectId/git/commit",
    "secured": true,
    "hasBody": true,
    "bodyRequired": true,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [
      "projectId"
    ],
    "queryParams": []
  },
  {
    "operationId": "sessionList",
    "method": "GET",
    "path": "/v1/sessions",
    "koaPath": "/v1/sessions",
    "secured": true,
    "hasBody": false,
    "bodyRequired": false,
    "bodyLimit": null,
    "successStatus": 200,
    "pathParams": [],
    "queryParams": []
  }
]
