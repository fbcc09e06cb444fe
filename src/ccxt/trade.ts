/**
 * CCXT's trade from the fields a mapping read off a payload, completed like ccxt's `safeTrade`:
 * `cost` is price × amount when Binance sends none, the fee's cost becomes a number, `fees`
 * lists the fee (a fee without cost is dropped), and a trade without fee has
 * `fee: { cost: undefined, currency: undefined }`.
 */
import type { CcxtMarketRef } from './context';
import type { FeeFields } from './fee';
import { numericFee, reduceFees } from './fee';
import { mulToNumber } from './precise';
import type { CcxtTrade } from './types';
import { iso8601, present, text, toNumber } from './values';

type Decimal = string | undefined;

export interface TradeFields {
  readonly timestamp?: number | undefined;
  readonly id?: string | number | undefined;
  readonly order?: string | number | undefined;
  readonly type?: string | undefined;
  readonly side?: string | undefined;
  readonly takerOrMaker?: string | undefined;
  readonly price?: Decimal;
  readonly amount?: Decimal;
  readonly cost?: Decimal;
  readonly fee?: FeeFields | undefined;
}

export function ccxtTrade(info: unknown, ref: CcxtMarketRef, fields: TradeFields): CcxtTrade {
  const f = present(fields);
  // As ccxt's parsedFeeAndFees: the fee goes through reduceFees, which drops one without cost.
  const fees = f.fee === undefined ? [] : reduceFees([present(f.fee)]).map(numericFee);
  const fee = fees.length === 1 ? fees[0] : undefined;
  return {
    info,
    timestamp: f.timestamp,
    datetime: iso8601(f.timestamp),
    symbol: ref.symbol,
    id: text(f.id),
    order: text(f.order),
    type: f.type,
    side: f.side,
    takerOrMaker: f.takerOrMaker,
    price: toNumber(f.price),
    amount: toNumber(f.amount),
    cost: f.cost === undefined ? mulToNumber(f.price, f.amount) : toNumber(f.cost),
    fee: fee ?? { cost: undefined, currency: undefined },
    fees,
  };
}
