/**
 * Lists of integers and lists of objects, end to end: the fixture spec's `getDeals` takes `ids`
 * (`itemType: integer`, at most 3) and `ranges` (`objects`, at most 2, each with a side and a
 * minPrice or maxPrice). The generated type, the descriptor's rules as the runtime checks them,
 * and the text sent on REST.
 */
import { describe, expect, it } from 'vitest';
import { InvalidParameterError } from '../../src/errors';
import { checkParams } from '../../src/operations/check-params';
import type { OperationDescriptor } from '../../src/operations/descriptor';
import { queryString } from '../../src/signing/payload';
import {
  getDealsOperation,
  type GetDealsParams,
} from './fixtures/basic/generated/operations/get-deals';

const deals = getDealsOperation as OperationDescriptor<object, unknown>;
const failure = (params: object): InvalidParameterError => {
  try {
    checkParams(deals, { symbol: 'BTCUSDT', ...params });
  } catch (error) {
    if (error instanceof InvalidParameterError) return error;
    throw error;
  }
  throw new Error(`accepted ${JSON.stringify(params)}`);
};

describe('a list of objects parameter (objects)', () => {
  it('is typed per item field and sent as one URL-encoded JSON array, decimals as strings', () => {
    const params: GetDealsParams = {
      symbol: 'BTCUSDT',
      ranges: [
        { side: 'BUY', minPrice: 1e-7 },
        { maxPrice: '20.50', side: 'SELL', symbol: 'ETHUSDT' },
      ],
    };
    const checked = checkParams(deals, params);
    const json =
      '[{"side":"BUY","minPrice":"0.0000001"},{"maxPrice":"20.50","side":"SELL","symbol":"ETHUSDT"}]';
    expect(checked['ranges']).toEqual(JSON.parse(json));
    expect(queryString(checked)).toBe(`symbol=BTCUSDT&ranges=${encodeURIComponent(json)}`);
  });

  it.each([
    [
      'an item field broken',
      {
        ranges: [
          { side: 'BUY', minPrice: '1' },
          { side: 'BUY', minPrice: 'x' },
        ],
      },
      'ranges[1].minPrice',
      /^must be a decimal number/,
    ],
    [
      'an item field outside its enum',
      { ranges: [{ side: 'HOLD', minPrice: '1' }] },
      'ranges[0].side',
      /^must be one of BUY, SELL$/,
    ],
    [
      'a required item field left out',
      { ranges: [{ minPrice: '1' }] },
      'ranges[0].side',
      /^is required$/,
    ],
    [
      'an item with none of its anyOf group',
      { ranges: [{ side: 'BUY', maxPrice: '2' }, { side: 'SELL' }] },
      'ranges[1].minPrice or ranges[1].maxPrice',
      /^one of them is required$/,
    ],
    [
      'an unknown item field',
      { ranges: [{ side: 'BUY', minPrice: '1', price: '1' }] },
      'ranges[0].price',
      /^is not a field of the item \(known: side, minPrice, maxPrice, symbol\)$/,
    ],
    [
      'an item that is not an object',
      { ranges: [{ side: 'BUY', minPrice: '1' }, 'BUY'] },
      'ranges[1]',
      /^must be an object$/,
    ],
    [
      'a hole in a sparse list (read as undefined, never sent as null)',
      // eslint-disable-next-line no-sparse-arrays
      { ranges: [, { side: 'BUY', minPrice: '2' }] },
      'ranges[0]',
      /^must be an object$/,
    ],
    ['no items', { ranges: [] }, 'ranges', /^must not be empty$/],
    ['not an array', { ranges: { side: 'BUY' } }, 'ranges', /^must be an array$/],
    [
      'more items than maxItems',
      { ranges: [1, 2, 3].map(() => ({ side: 'BUY', minPrice: '1' })) },
      'ranges',
      /^has 3 items; at most 2 are allowed$/,
    ],
  ])('refuses %s, naming the item and the field', (_case, params, parameter, rule) => {
    const error = failure(params);
    expect(error).toMatchObject({ code: 'INVALID_PARAMETER', target: 'getDeals', parameter });
    expect(error.rule).toMatch(rule);
  });
});

describe('a list of integers (itemType: integer)', () => {
  it('is sent as a JSON array of numbers', () => {
    const checked = checkParams(deals, { symbol: 'BTCUSDT', ids: [1, 22] });
    expect(queryString(checked)).toBe(`symbol=BTCUSDT&ids=${encodeURIComponent('[1,22]')}`);
  });

  it.each([
    [['1'], /^must be an array of integers$/],
    [[1.5], /^must be an array of integers$/],
    [[1, 2, 3, 4], /^has 4 items; at most 3 are allowed$/],
    // eslint-disable-next-line no-sparse-arrays
    [[1, , 3], /^must be an array of integers$/],
  ])('refuses %j', (ids, rule) => {
    const error = failure({ ids });
    expect(error.parameter).toBe('ids');
    expect(error.rule).toMatch(rule);
  });

  it('a list of strings still refuses numbers', () => {
    expect(failure({ symbol: undefined, symbols: [1] }).rule).toBe('must be an array of strings');
  });
});

// Type-level: the generated item type refuses what the runtime would (checked by `npm run typecheck`).
export const typeChecks: GetDealsParams[] = [
  // @ts-expect-error: side is required in each item
  { symbol: 'BTCUSDT', ranges: [{ minPrice: '1' }] },
  // @ts-expect-error: ids are numbers
  { symbol: 'BTCUSDT', ids: ['1'] },
];
