/**
 * `pageAll(call, params, cursor)`: walks a paged list endpoint (`myTrades`, `allOrders`,
 * `aggTrades`, …) page after page by id, one request at a time — so each page goes through the
 * client's rate limiting like any other call — and emits every non-empty page. It stops after a
 * page shorter than `limit` (or an empty one), after `maxPages`, or with a typed error if the
 * cursor does not move forward (which would loop forever).
 *
 * Binance refuses an id cursor combined with `startTime` / `endTime`: those apply to the first page
 * only; later pages are asked by id alone (bound them by time with `takeWhile` on the items).
 */
import { EMPTY, expand, filter, from, map, type Observable, type ObservableInput } from 'rxjs';
import { InvalidParameterError } from '../errors';

/** How to ask for the page after a given one. */
export interface PageCursor<T> {
  /** The parameter carrying the cursor, e.g. `fromId`. */
  readonly param: string;
  /** The cursor value of the page after the one whose last item is `last`. */
  readonly next: (last: T) => number;
}

export interface PageAllOptions {
  /** At most this many requests (default: no limit). */
  readonly maxPages?: number;
}

/** `myTrades`: by trade id (`fromId` = last `id` + 1). */
export const byTradeId: PageCursor<{ readonly id: number }> = {
  param: 'fromId',
  next: (last) => last.id + 1,
};
/** `allOrders`: by order id (`orderId` = last `orderId` + 1). */
export const byOrderId: PageCursor<{ readonly orderId: number }> = {
  param: 'orderId',
  next: (last) => last.orderId + 1,
};
/** `aggTrades`: by aggregate trade id (`fromId` = last `a` + 1). */
export const byAggTradeId: PageCursor<{ readonly a: number }> = {
  param: 'fromId',
  next: (last) => last.a + 1,
};

interface Page<T> {
  readonly items: readonly T[];
  readonly cursor: number | undefined;
  readonly count: number;
}

export function pageAll<P extends { readonly limit?: number }, T>(
  call: (params: P) => ObservableInput<readonly T[]>,
  params: P,
  cursor: PageCursor<T>,
  options: PageAllOptions = {},
): Observable<readonly T[]> {
  const { maxPages = Infinity } = options;
  const fetch = (page: P, previous: number | undefined, count: number): Observable<Page<T>> =>
    from(call(page)).pipe(map((items) => ({ items, cursor: previous, count })));
  const after = (page: Page<T>): Observable<Page<T>> => {
    const last = page.items[page.items.length - 1];
    const full =
      params.limit === undefined ? page.items.length > 0 : page.items.length >= params.limit;
    if (last === undefined || !full || page.count >= maxPages) return EMPTY;
    const next = cursor.next(last);
    if (!Number.isFinite(next) || (page.cursor !== undefined && next <= page.cursor)) {
      throw new InvalidParameterError(
        'pageAll',
        cursor.param,
        next,
        'does not move past the previous page',
      );
    }
    const {
      startTime: _s,
      endTime: _e,
      ...rest
    } = params as P & { startTime?: number; endTime?: number };
    return fetch({ ...rest, [cursor.param]: next } as unknown as P, next, page.count + 1);
  };
  return fetch(params, undefined, 1).pipe(
    expand(after, 1),
    filter((page) => page.items.length > 0),
    map((page) => page.items),
  );
}
