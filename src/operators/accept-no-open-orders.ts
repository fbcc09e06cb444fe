/**
 * `acceptNoOpenOrders()`: Binance answers "cancel all open orders on a symbol" with error -2011
 * (`Unknown order sent.`) when the symbol has no open order. For that call, nothing to cancel is an
 * empty list, not a failure: this operator turns exactly that error into `[]` and lets every other
 * error through. Use it on `cancelOpenOrdersHttp` / `cancelOpenOrdersFactory` only: on a single
 * order's cancel, -2011 means the order is unknown, which is worth an error.
 */
import { catchError, of, throwError, type OperatorFunction } from 'rxjs';
import { BinanceApiError } from '../errors';

/** Binance's "Unknown order sent." (`errors.md`), its answer to a cancel-all with nothing open. */
export const NO_OPEN_ORDERS_CODE = -2011;

export function acceptNoOpenOrders<T>(): OperatorFunction<T, T | readonly never[]> {
  return catchError((error: unknown) =>
    error instanceof BinanceApiError && error.binanceCode === NO_OPEN_ORDERS_CODE
      ? of([] as readonly never[])
      : throwError(() => error),
  );
}
