/**
 * The isolated margin accounts of the caller (Binance's margin_trading docs, "Query Isolated
 * Margin Account Info"): each `<account>:isolated:<SYMBOL>` account (margin-account-id.ts) with
 * its base and quote asset, valued as margin-valuation.ts says; `symbols` (up to 5) names them,
 * and without it every isolated margin account the caller has used is listed, with the totals in
 * BTC. Liquidation price and rate are not simulated (0).
 */
import { formatE8 } from '../../engine/amounts';
import type { MarginLoans } from '../../engine/margin-loans';
import { symbolRules } from '../../engine/symbol-rules';
import type { ApiDeps } from '../deps';
import { errors } from '../errors';
import type { ApiMethod } from '../method';
import { isolatedAccountId, marginMethod } from './margin-account-id';
import { formatLevel, marginLevelE8, marginLevelStatus, valuation } from './margin-valuation';
import { marketOf } from './market-of';

const ZERO = formatE8(0);

export function isolatedMarginAccountMethods(deps: ApiDeps, loans: MarginLoans): ApiMethod[] {
  const { indexE8, inBtc } = valuation(deps);
  const { accounts } = deps.engine;

  /** One asset of an isolated account, and its value and liability in BTC. */
  const side = (accountId: string, asset: string) => {
    const b = accounts.balance(accountId, asset);
    const borrowed = loans.liability(accountId, asset);
    const interest = loans.interest.owedOf(accountId, asset);
    const total = b.free + b.locked;
    const net = total - borrowed - interest;
    const answer = {
      asset,
      borrowEnabled: true,
      borrowed: formatE8(borrowed),
      free: formatE8(b.free),
      interest: formatE8(interest),
      locked: formatE8(b.locked),
      netAsset: formatE8(net),
      netAssetOfBtc: formatE8(inBtc(asset, net)),
      repayEnabled: true,
      totalAsset: formatE8(total),
    };
    return {
      answer,
      totalBtc: inBtc(asset, total),
      liabilityBtc: inBtc(asset, borrowed + interest),
    };
  };

  const entry = (owner: string, symbol: string) => {
    const m = marketOf(deps, symbol);
    const accountId = isolatedAccountId(owner, m.symbol);
    const { baseAsset, quoteAsset } = symbolRules(m.spec);
    const base = side(accountId, baseAsset);
    const quote = side(accountId, quoteAsset);
    const totalBtc = base.totalBtc + quote.totalBtc;
    const liabilityBtc = base.liabilityBtc + quote.liabilityBtc;
    const level = marginLevelE8(totalBtc, liabilityBtc);
    const answer = {
      baseAsset: base.answer,
      quoteAsset: quote.answer,
      symbol: m.symbol,
      isolatedCreated: true,
      enabled: true,
      marginLevel: formatLevel(level),
      marginLevelStatus: marginLevelStatus(level),
      marginRatio: formatE8(totalBtc === 0 ? 0 : Math.floor((liabilityBtc * 1e8) / totalBtc)),
      indexPrice: formatE8(indexE8(m.symbol) ?? 0),
      liquidatePrice: ZERO,
      liquidateRate: ZERO,
      tradeEnabled: true,
    };
    return { answer, totalBtc, liabilityBtc };
  };

  return [
    marginMethod('GET /sapi/v1/margin/isolated/account', 'USER_DATA', 10, 'IP', (params, ctx) => {
      const owner = ctx.caller!.accountId;
      const named = params.string('symbols')?.split(',');
      if (named !== undefined && named.length > 5) throw errors.invalidParam('symbols');
      const prefix = isolatedAccountId(owner, '');
      const symbols =
        named ??
        accounts
          .ids()
          .filter((id) => id.startsWith(prefix))
          .map((id) => id.slice(prefix.length));
      const entries = symbols.map((symbol) => entry(owner, symbol));
      const assets = entries.map((e) => e.answer);
      if (named !== undefined) return { assets };
      const total = entries.reduce((sum, e) => sum + e.totalBtc, 0);
      const liability = entries.reduce((sum, e) => sum + e.liabilityBtc, 0);
      return {
        assets,
        totalAssetOfBtc: formatE8(total),
        totalLiabilityOfBtc: formatE8(liability),
        totalNetAssetOfBtc: formatE8(total - liability),
      };
    }),
  ];
}
