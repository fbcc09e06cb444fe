// Generated from spec/order-stages.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OrderStageTable } from '../src/generated-runtime';

/**
 * An order placed through the WebSocket API is `submitted` when the request is sent, `pending` once Binance acknowledges it, `open` while it works, `partiallyFilled` after each fill that does not complete it, and ends `filled`, `canceled`, `rejected` or `expired`.
 *
 * - `submitted`: The request has been sent; no answer yet.
 * - `pending`: Binance acknowledged the order (the order.place answer, or an executionReport, arrived) or holds it until a working order of its list fills (PENDING_NEW).
 * - `open`: The order is working: on the book, or waiting for its stop price.
 * - `partiallyFilled`: Part of the quantity traded; emitted again after each further fill.
 * - `filled`: The whole quantity traded.
 * - `canceled`: Canceled by the user (or by a cancel-replace).
 * - `rejected`: Refused: the request failed (Binance error) or the engine rejected it.
 * - `expired`: Ended by the order type's rules (IOC/FOK leftovers, market orders without liquidity) or by the exchange (EXPIRED, EXPIRED_IN_MATCH for self-trade prevention).
 */
export type OrderStageName = "submitted" | "pending" | "open" | "partiallyFilled" | "filled" | "canceled" | "rejected" | "expired";

/**
 * What moves an order between stages.
 *
 * - `accepted`: The order.place request was answered without error.
 * - `requestFailed`: The order.place request was answered with an error (or could not be sent).
 * - `held`: Order status PENDING_NEW.
 * - `working`: Order status NEW.
 * - `partialFill`: Order status PARTIALLY_FILLED.
 * - `fill`: Order status FILLED.
 * - `cancel`: Order status CANCELED.
 * - `reject`: Order status REJECTED.
 * - `expire`: Order status EXPIRED or EXPIRED_IN_MATCH.
 */
export type OrderStageEvent = "accepted" | "requestFailed" | "held" | "working" | "partialFill" | "fill" | "cancel" | "reject" | "expire";

/** The stage table: stage -> event -> next stage, and the statuses that raise events. */
export const orderStageTable: OrderStageTable<OrderStageName, OrderStageEvent> = {"initial":"submitted","stages":{"submitted":{"terminal":false,"repeatable":false},"pending":{"terminal":false,"repeatable":false},"open":{"terminal":false,"repeatable":false},"partiallyFilled":{"terminal":false,"repeatable":true},"filled":{"terminal":true,"repeatable":false},"canceled":{"terminal":true,"repeatable":false},"rejected":{"terminal":true,"repeatable":false},"expired":{"terminal":true,"repeatable":false}},"statusEvents":{"PENDING_NEW":"held","NEW":"working","PARTIALLY_FILLED":"partialFill","FILLED":"fill","CANCELED":"cancel","REJECTED":"reject","EXPIRED":"expire","EXPIRED_IN_MATCH":"expire"},"transitions":{"submitted":{"accepted":"pending","requestFailed":"rejected"},"pending":{"held":"pending","working":"open","partialFill":"partiallyFilled","fill":"filled","cancel":"canceled","expire":"expired","reject":"rejected"},"open":{"partialFill":"partiallyFilled","fill":"filled","cancel":"canceled","expire":"expired","reject":"rejected"},"partiallyFilled":{"partialFill":"partiallyFilled","fill":"filled","cancel":"canceled","expire":"expired"},"filled":{},"canceled":{},"rejected":{},"expired":{}},"through":{"submitted":{"held":"pending","working":"pending","partialFill":"pending","fill":"pending","cancel":"pending","expire":"pending","reject":"pending"}}};
