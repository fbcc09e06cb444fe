/** General methods: ping, server time, exchange information (`rest-api.md`, "General endpoints"). */
import { symbolInfo } from '../../engine/symbol-rules';
import type { ApiDeps } from '../deps';
import { errors } from '../errors';
import type { ApiMethod } from '../method';

export function generalMethods(deps: ApiDeps): ApiMethod[] {
  return [
    {
      wsApi: 'ping',
      rest: { method: 'GET', path: '/api/v3/ping' },
      security: 'NONE',
      weight: 1,
      handle: () => ({}),
    },
    {
      wsApi: 'time',
      rest: { method: 'GET', path: '/api/v3/time' },
      security: 'NONE',
      weight: 1,
      handle: (_params, ctx) => ({ serverTime: ctx.now }),
    },
    {
      wsApi: 'exchangeInfo',
      rest: { method: 'GET', path: '/api/v3/exchangeInfo' },
      security: 'NONE',
      weight: 20,
      handle: (params, ctx) => {
        const single = params.string('symbol');
        const listed = params.list('symbols');
        if (single !== undefined && listed !== undefined) {
          throw errors.invalidParam('symbols');
        }
        const wanted = single !== undefined ? [single] : listed;
        const rules =
          wanted === undefined
            ? deps.engine.allSymbols()
            : wanted.map((s) => deps.engine.symbol(s));
        return {
          timezone: 'UTC',
          serverTime: ctx.now,
          rateLimits: deps.limits.definitions(),
          exchangeFilters: [],
          symbols: rules.map(symbolInfo),
          sors: [],
        };
      },
    },
  ];
}
