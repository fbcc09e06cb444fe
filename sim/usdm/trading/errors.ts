/**
 * USDⓈ-M futures error replies the local exchange gives (Binance's derivatives "Error Codes"):
 * the futures codes where Spot has none or another.
 */
import { ApiError } from '../../api/errors';

export const futuresErrors = {
  marginInsufficient: () => new ApiError(-2019, 'Margin is insufficient.'),
  reduceOnlyRejected: () => new ApiError(-2022, 'ReduceOnly Order is rejected.'),
  postOnlyWouldTake: () =>
    new ApiError(
      -5022,
      'Due to the order could not be executed as maker, the Post Only order will be rejected.',
    ),
  badLeverage: (leverage: number) => new ApiError(-4028, `Leverage ${leverage} is not valid`),
  sameMarginType: () => new ApiError(-4046, 'No need to change margin type.'),
  marginTypeOpenOrders: () =>
    new ApiError(-4047, 'Margin type cannot be changed if there exists open orders.'),
  marginTypePosition: () =>
    new ApiError(-4048, 'Margin type cannot be changed if there exists position.'),
  samePositionMode: () => new ApiError(-4059, 'No need to change position side.'),
  positionSideMismatch: () =>
    new ApiError(-4061, "Order's position side does not match user's setting."),
  positionModeOpenOrders: () =>
    new ApiError(-4067, 'Position side cannot be changed if there exists open orders.'),
  positionModePosition: () =>
    new ApiError(-4068, 'Position side cannot be changed if there exists position.'),
  conditionalOnAlgo: () =>
    new ApiError(
      -4120,
      'Order type not supported for this endpoint. Please use the Algo Order API endpoints instead.',
    ),
  duplicateClientId: () => new ApiError(-4116, 'ClientOrderId is duplicated.'),
  wouldTriggerImmediately: () => new ApiError(-2021, 'Order would immediately trigger.'),
  invalidCallbackRate: () => new ApiError(-4071, 'Invalid callback rate.'),
  orderNotModifiable: () => new ApiError(-2013, 'Order does not exist.'),
  noModification: () => new ApiError(-5027, 'No need to modify the order.'),
  listenKeyMissing: () => new ApiError(-1125, 'This listenKey does not exist.'),
  batchSize: (count: number) =>
    new ApiError(-4082, `Invalid number of batch place orders: ${count}`),
} as const;
