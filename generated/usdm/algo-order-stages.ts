// Generated from spec/usdm/algo-order-stages.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OrderStageTable } from '../../src/generated-runtime';

/**
 * An algo order placed with New Algo Order is `submitted` when the request is sent, `pending` once Binance answers, `open` while the Algo Service holds it untriggered (NEW), `triggering` when its condition is met and it is sent to the matching engine (TRIGGERING), `triggered` once its order is in the matching engine (TRIGGERED), and ends `finished` (that order filled or was canceled: FINISHED), `canceled` (CANCELED), `rejected` (the request was refused, or the matching engine denied the order: REJECTED) or `expired` (canceled by the system: EXPIRED). When the request ends without a conclusive answer the algo order is `unknown` until Binance says where it is; it is never guessed.
 *
 * - `submitted`: The request has been sent; no answer yet.
 * - `unknown`: New Algo Order ended without a conclusive answer (-1006/-1007, a 5xx, a timeout): Binance may or may not have the algo order. It is looked up (ALGO_UPDATE, Query Algo Order) until Binance says where it is.
 * - `pending`: Binance acknowledged the algo order (its answer, an ALGO_UPDATE or a Query Algo Order answer arrived).
 * - `open`: Algo status NEW: held by the Algo Service, not triggered yet.
 * - `triggering`: Algo status TRIGGERING: the condition was met and the order sent to the matching engine.
 * - `triggered`: Algo status TRIGGERED: its order is in the matching engine (ALGO_UPDATE `ai` is its id; that order has its own ORDER_TRADE_UPDATE events).
 * - `finished`: Algo status FINISHED: the triggered order was filled or canceled in the matching engine.
 * - `canceled`: Algo status CANCELED: canceled before it triggered.
 * - `rejected`: Refused: New Algo Order answered with a definite error, or algo status REJECTED (the matching engine denied the triggered order, e.g. a margin check).
 * - `expired`: Algo status EXPIRED: canceled by the system (e.g. a close-all order whose positions were closed).
 */
export type AlgoOrderStageName = "submitted" | "unknown" | "pending" | "open" | "triggering" | "triggered" | "finished" | "canceled" | "rejected" | "expired";

/**
 * What moves an order between stages.
 *
 * - `accepted`: The New Algo Order request was answered without error.
 * - `requestFailed`: The New Algo Order request was answered with a definite Binance error (not -1006/-1007, not a 5xx).
 * - `outcomeUnknown`: The New Algo Order request ended without a conclusive answer: -1006/-1007, a 5xx status, a timeout after it was sent.
 * - `working`: Algo status NEW.
 * - `trigger`: Algo status TRIGGERING.
 * - `place`: Algo status TRIGGERED.
 * - `finish`: Algo status FINISHED.
 * - `cancel`: Algo status CANCELED.
 * - `reject`: Algo status REJECTED.
 * - `expire`: Algo status EXPIRED.
 */
export type AlgoOrderStageEvent = "accepted" | "requestFailed" | "outcomeUnknown" | "working" | "trigger" | "place" | "finish" | "cancel" | "reject" | "expire";

/** The stage table: the initial stage, each stage with its rank, stage -> event -> next stage, and the order statuses and execution types that raise events. */
export const algoOrderStageTable: OrderStageTable<AlgoOrderStageName, AlgoOrderStageEvent> = {"initial":"submitted","stages":{"submitted":{"rank":0,"terminal":false,"repeatable":false},"unknown":{"rank":1,"terminal":false,"repeatable":false},"pending":{"rank":2,"terminal":false,"repeatable":false},"open":{"rank":3,"terminal":false,"repeatable":false},"triggering":{"rank":4,"terminal":false,"repeatable":false},"triggered":{"rank":5,"terminal":false,"repeatable":false},"finished":{"rank":6,"terminal":true,"repeatable":false},"canceled":{"rank":6,"terminal":true,"repeatable":false},"rejected":{"rank":6,"terminal":true,"repeatable":false},"expired":{"rank":6,"terminal":true,"repeatable":false}},"statusEvents":{"NEW":"working","TRIGGERING":"trigger","TRIGGERED":"place","FINISHED":"finish","CANCELED":"cancel","REJECTED":"reject","EXPIRED":"expire"},"executionTypeEvents":{},"transitions":{"submitted":{"accepted":"pending","requestFailed":"rejected","outcomeUnknown":"unknown"},"unknown":{},"pending":{"working":"open","trigger":"triggering","place":"triggered","finish":"finished","cancel":"canceled","reject":"rejected","expire":"expired"},"open":{"trigger":"triggering","place":"triggered","finish":"finished","cancel":"canceled","reject":"rejected","expire":"expired"},"triggering":{"place":"triggered","finish":"finished","reject":"rejected","expire":"expired"},"triggered":{"finish":"finished","reject":"rejected","expire":"expired"},"finished":{},"canceled":{},"rejected":{},"expired":{}},"through":{"submitted":{"working":"pending","trigger":"pending","place":"pending","finish":"pending","cancel":"pending","reject":"pending","expire":"pending"},"unknown":{"working":"pending","trigger":"pending","place":"pending","finish":"pending","cancel":"pending","reject":"pending","expire":"pending"}}};
