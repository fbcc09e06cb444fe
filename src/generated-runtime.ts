/**
 * The only module generated/ imports: the runtime surface generated code calls into.
 * Keeping it to one file makes the contract between codegen/ and src/ easy to see.
 */
export type { ChannelDescriptor, StreamParam, Validator } from './channels/descriptor';
export { subscribeChannel, type SubscribeOptions } from './channels/subscribe-channel';
export type { NewSocketEvent } from './connection/events';
export { decimalOf, type ParseOptions } from './parse/decimal';
export type { OperationDescriptor } from './operations/descriptor';
export type { OrderStageTable } from './orders/stage-table';
export { requestHttp } from './rest/request-http';
export type { HttpClient } from './rest/http-client';
export type { WsApiSession } from './ws-api/session';
export type { UserDataMessage } from './ws-api/session';
export { userDataOperator, type UserDataOptions } from './ws-api/user-data-operator';
