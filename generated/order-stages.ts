// Generated from spec/order-stages.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OrderStageTable } from '../src/generated-runtime';

/**
 * An order placed through the WebSocket API is `submitted` when the request is sent, `pending` once Binance acknowledges it, `open` while it works, `partiallyFilled` after each fill that does not complete it, `amended` after each amendment (Spot: order.amend.keepPriority lowered its quantity; USDⓈ-M: a modify order changed its price or quantity), and ends `filled`, `canceled`, `rejected` or `expired`. When order.place ends without a conclusive answer (-1006/-1007, a timeout, a dropped, silent or shut-down socket) the order is `unknown` until Binance says where it is; it is never guessed.
 *
 * - `submitted`: The request has been sent; no answer yet.
 * - `unknown`: order.place ended without a conclusive answer (-1006/-1007, a timeout, a dropped, silent or shut-down socket, or -2013 from order.status after one of those): Binance may or may not have the order. It is looked up (executionReport, order.status with backoff) until Binance says where it is, or the deadline ends it with OrderOutcomeUnknownError.
 * - `pending`: Binance acknowledged the order (the order.place answer, an executionReport or an order.status answer arrived) or holds it until a working order of its list fills (PENDING_NEW).
 * - `open`: The order is working: on the book, or waiting for its stop price.
 * - `partiallyFilled`: Part of the quantity traded; emitted again after each further fill.
 * - `amended`: The order was amended and works on. Spot: its quantity was lowered in place (order.amend.keepPriority, executionReport with execution type REPLACED); it keeps its priority, and its client order id may have changed (the report's `c`): the order is followed by its order id from then on. USDⓈ-M: a modify order (PUT /fapi/v1/order, order.modify; LIMIT orders) changed its price and/or quantity (ORDER_TRADE_UPDATE with execution type AMENDMENT); it is re-queued, losing its priority, and keeps its client order id. Emitted again after each further amendment: one whose price or quantity differs from the last amendment's (the same report twice is entered once; the report of an older amendment, by the reports' transaction time `T`, delivered after a newer one is not entered).
 * - `filled`: The whole quantity traded.
 * - `canceled`: Canceled by the user (or by a cancel-replace).
 * - `rejected`: Refused by Binance: order.place answered with a definite error, or the engine rejected the order (REJECTED).
 * - `expired`: Ended by the order type's rules (IOC/FOK leftovers, market orders without liquidity) or by the exchange (EXPIRED, EXPIRED_IN_MATCH for self-trade prevention).
 */
export type OrderStageName = "submitted" | "unknown" | "pending" | "open" | "partiallyFilled" | "amended" | "filled" | "canceled" | "rejected" | "expired";

/**
 * What moves an order between stages.
 *
 * - `accepted`: The order.place request was answered without error.
 * - `requestFailed`: The order.place request was answered with a definite Binance error (not -1006/-1007, not a 5xx).
 * - `outcomeUnknown`: The order.place request ended without a conclusive answer: -1006/-1007, a 5xx status, a timeout after it was sent, a dropped, silent or shut-down socket.
 * - `held`: Order status PENDING_NEW.
 * - `working`: Order status NEW.
 * - `partialFill`: Order status PARTIALLY_FILLED.
 * - `fill`: Order status FILLED.
 * - `cancel`: Order status CANCELED.
 * - `reject`: Order status REJECTED.
 * - `expire`: Order status EXPIRED or EXPIRED_IN_MATCH.
 * - `amend`: The order was amended: Spot executionReport with execution type REPLACED (order.amend.keepPriority), USDⓈ-M ORDER_TRADE_UPDATE with execution type AMENDMENT (a modify order).
 */
export type OrderStageEvent = "accepted" | "requestFailed" | "outcomeUnknown" | "held" | "working" | "partialFill" | "fill" | "cancel" | "reject" | "expire" | "amend";

/** The stage table: the initial stage, each stage with its rank, stage -> event -> next stage, and the order statuses and execution types that raise events. */
export const orderStageTable: OrderStageTable<OrderStageName, OrderStageEvent> = {"initial":"submitted","stages":{"submitted":{"rank":0,"terminal":false,"repeatable":false},"unknown":{"rank":1,"terminal":false,"repeatable":false},"pending":{"rank":2,"terminal":false,"repeatable":false},"open":{"rank":3,"terminal":false,"repeatable":false},"partiallyFilled":{"rank":4,"terminal":false,"repeatable":true},"amended":{"rank":4,"terminal":false,"repeatable":true},"filled":{"rank":5,"terminal":true,"repeatable":false},"canceled":{"rank":5,"terminal":true,"repeatable":false},"rejected":{"rank":5,"terminal":true,"repeatable":false},"expired":{"rank":5,"terminal":true,"repeatable":false}},"statusEvents":{"PENDING_NEW":"held","NEW":"working","PARTIALLY_FILLED":"partialFill","FILLED":"fill","CANCELED":"cancel","REJECTED":"reject","EXPIRED":"expire","EXPIRED_IN_MATCH":"expire"},"executionTypeEvents":{"REPLACED":"amend","AMENDMENT":"amend"},"transitions":{"submitted":{"accepted":"pending","requestFailed":"rejected","outcomeUnknown":"unknown"},"unknown":{},"pending":{"held":"pending","working":"open","partialFill":"partiallyFilled","fill":"filled","cancel":"canceled","expire":"expired","amend":"pending","reject":"rejected"},"open":{"partialFill":"partiallyFilled","fill":"filled","cancel":"canceled","expire":"expired","amend":"amended","reject":"rejected"},"partiallyFilled":{"partialFill":"partiallyFilled","fill":"filled","cancel":"canceled","expire":"expired","amend":"amended"},"amended":{"partialFill":"partiallyFilled","fill":"filled","cancel":"canceled","expire":"expired","amend":"amended"},"filled":{},"canceled":{},"rejected":{},"expired":{}},"through":{"submitted":{"held":"pending","working":"pending","partialFill":"pending","fill":"pending","cancel":"pending","expire":"pending","reject":"pending","amend":"pending"},"unknown":{"held":"pending","working":"pending","partialFill":"pending","fill":"pending","cancel":"pending","expire":"pending","reject":"pending","amend":"pending"}}};
