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
    "successStatus": 200,
    "pathParams": [],
    "queryParams": []
  },
  {
    "operationId": "chatCreate",
    "method": "POST",
    "path": "/v1/chats",
    "koaPath": "/v1/chats",
    "secured": true,
    "hasBody": true,
    "successStatus": 201,
    "pathParams": [],
    "queryParams": []
  },
  {
    "operationId": "chatMessageSend",
    "method": "POST",
    "path": "/v1/chats/{chatId}/messages",
    "koaPath": "/v1/chats/:chatId/messages",
    "secured": true,
    "hasBody": true,
    "successStatus": 202,
    "pathParams": [
      "chatId"
    ],
    "queryParams": []
  }
]
