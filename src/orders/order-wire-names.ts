/**
 * Where a product's order operations keep what the order code reads and sends, as data: the
 * placement parameter carrying the client id, the lookup's parameters, and the answer fields
 * holding the status and ids. Spot's orders (and USDⓈ-M's ordinary orders) use
 * `newClientOrderId`, `origClientOrderId` / `orderId` and `status`; USDⓈ-M's algo orders
 * `clientAlgoId`, `algoId` and `algoStatus` (src/usdm/orders/usdm-algo-order-factory.ts).
 */
export interface OrderWireNames {
  /** The placement parameter that carries the client id (generated when the order has none). */
  readonly newClientId: string;
  /** The lookup's parameters before the order's id is known. */
  readonly byClientId: (symbol: string, clientId: string) => object;
  /** The lookup's parameters once it is (an amendment may change the client id). */
  readonly byId: (symbol: string, id: number) => object;
  /** The answer fields (placement and lookup answers) the order code reads. */
  readonly answer: {
    readonly status: string;
    readonly orderId: string;
    readonly executedQty?: string;
    readonly origQty?: string;
  };
}

/** Spot's order.place / order.status names (and USDⓈ-M's New Order / Query Order). */
export const ORDER_WIRE_NAMES: OrderWireNames = {
  newClientId: 'newClientOrderId',
  byClientId: (symbol, clientId) => ({ symbol, origClientOrderId: clientId }),
  byId: (symbol, orderId) => ({ symbol, orderId }),
  answer: {
    status: 'status',
    orderId: 'orderId',
    executedQty: 'executedQty',
    origQty: 'origQty',
  },
};

/**
 * `holder[key]` when `key` names an own property of it, else undefined: how the order code reads
 * answers and reports, which are untrusted input (no inherited or prototype keys).
 */
export const ownValue = (holder: object, key: string | undefined): unknown =>
  key !== undefined && Object.hasOwn(holder, key)
    ? (holder as Record<string, unknown>)[key]
    : undefined;

/** The fields of a placement or lookup answer the order code reads. */
export interface AnswerState {
  readonly status?: unknown;
  readonly orderId?: unknown;
  readonly executedQty?: unknown;
  readonly origQty?: unknown;
}

/** An answer's fields named by `names` (own properties only: an answer is untrusted input). */
export function readAnswer(names: OrderWireNames['answer'], answer: unknown): AnswerState {
  if (typeof answer !== 'object' || answer === null) return {};
  const own = (key: string | undefined) => ownValue(answer, key);
  return {
    status: own(names.status),
    orderId: own(names.orderId),
    executedQty: own(names.executedQty),
    origQty: own(names.origQty),
  };
}
