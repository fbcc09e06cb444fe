/**
 * `npm run demo:futures`: a USDⓈ-M futures position opened and closed on the local exchange,
 * stage by stage. Leverage 10, a market BUY opens a long, the position is shown at the mark
 * price, a reduce-only market SELL closes it, and the realized PnL is read back. The HMAC secret
 * stays here, in the signer.
 */
import { createHmac } from 'node:crypto';
import {
  concat,
  defer,
  firstValueFrom,
  lastValueFrom,
  map,
  mergeMap,
  tap,
  type Observable,
} from 'rxjs';
import { createHttpClient } from '../src';
import { startLocalExchange } from '../sim';
import {
  changeLeverageHttp,
  getMyTradesHttp,
  getPositionRiskHttp,
  usdmOrderFactory,
  usdmUserData,
  type UsdmOrderStage,
} from '../src/usdm';

const symbol = 'BTCUSDT';

const line = (label: string) => (update: UsdmOrderStage) => {
  const report = update.executionReport?.o as { X?: string; z?: string } | undefined;
  const detail =
    update.error !== undefined
      ? ` (${update.error.message})`
      : report !== undefined
        ? ` (ORDER_TRADE_UPDATE ${String(report.X)}, filled ${String(report.z)})`
        : update.source === 'response'
          ? ' (REST answer)'
          : '';
  return `${label}: ${update.stage}${detail}`;
};

const exchange = await startLocalExchange({ symbols: [symbol] });
const { apiKey, secret } = exchange.keys.hmac;
const client = createHttpClient({
  baseUrl: exchange.urls.rest,
  credentials: {
    apiKey,
    sign: (payload) => createHmac('sha256', secret).update(payload).digest('hex'),
  },
});
const userData = usdmUserData({ client, host: exchange.urls.usdmStreamHost });
const held = userData.events$.subscribe();
await firstValueFrom(userData.status$);
const addOrder = usdmOrderFactory(client, userData);

const position: Observable<string> = defer(() => getPositionRiskHttp({ symbol }, client)).pipe(
  map(([p]) =>
    p === undefined
      ? `position ${symbol}: flat`
      : `position ${symbol}: ${p.positionAmt} @ ${p.entryPrice}, mark ${p.markPrice}, unrealized ${p.unRealizedProfit}`,
  ),
);
const script = concat(
  changeLeverageHttp({ symbol, leverage: 10 }, client).pipe(
    map((l) => `leverage ${l.symbol}: ${l.leverage}x`),
  ),
  addOrder({ symbol, side: 'BUY', type: 'MARKET', quantity: '0.01' }).pipe(
    map(line('open long 0.01')),
  ),
  position,
  addOrder({ symbol, side: 'SELL', type: 'MARKET', quantity: '0.01', reduceOnly: 'true' }).pipe(
    map(line('close long 0.01 (reduce-only)')),
  ),
  position,
  defer(() => getMyTradesHttp({ symbol }, client)).pipe(
    mergeMap((trades) => [
      `realized PnL ${trades.reduce((sum, t) => sum + Number(t.realizedPnl), 0).toFixed(8)} USDT, commission ${trades
        .reduce((sum, t) => sum + Number(t.commission), 0)
        .toFixed(8)} USDT`,
    ]),
  ),
);
try {
  await lastValueFrom(script.pipe(tap((text) => console.log(text))));
} finally {
  held.unsubscribe();
  await exchange.close();
}
