import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../codegen/load-spec';
import { SpecError } from '../../codegen/spec-errors';
import { fixtureFiles } from './fixture';

type Edit = (files: Map<string, string>) => void;

const replace =
  (file: string, from: string, to: string): Edit =>
  (files) => {
    const text = files.get(file)!;
    if (!text.includes(from)) throw new Error(`test setup: '${from}' not in ${file}`);
    files.set(file, text.replace(from, to));
  };

const DEAL = 'spec/channels/deal.yaml';
const CANDLE = 'spec/channels/candle.yaml';
const PARAMS = 'spec/params.yaml';
const DEALS_OP = 'spec/operations/get-deals.yaml';
const FILL = 'spec/user-data/fill-notice.yaml';
const CCXT_TRADE = 'spec/ccxt/trade.yaml';
const CCXT_BALANCE = 'spec/ccxt/balance.yaml';
const LIMITS = 'spec/limits.yaml';

/** A copy of the deal channel under another name (its file named after it). */
const channelNamed =
  (name: string, file: string): Edit =>
  (files) => {
    const deal = files.get(DEAL)!;
    files.set(
      `spec/channels/${file}.yaml`,
      deal.replace('channel: deal', `channel: ${name}`).replaceAll('@deal', `@${name}`),
    );
  };

const RULE =
  'every exported name is unique across channels, operations, user data, CCXT mappings and the runtime';

/** given: an edit that breaks the fixture spec; want: every message the loader must print. */
const cases: { name: string; edit: Edit; want: string[] }[] = [
  {
    name: "channel whose generated names are a user data event's",
    edit: channelNamed('fillNotice', 'fill-notice'),
    want: [
      `spec/user-data/fill-notice.yaml: event: emits 'FillNoticeEvent', already emitted for spec/channels/fill-notice.yaml (channel): ${RULE}`,
      `spec/user-data/fill-notice.yaml: event: emits 'validateFillNoticeEvent', already emitted for spec/channels/fill-notice.yaml (channel): ${RULE}`,
    ],
  },
  {
    name: "channel whose generated names are the runtime's",
    edit: (files) => {
      files.set('src/index.ts', "export { type NewSocketEvent } from './connection/events';\n");
      channelNamed('newSocket', 'new-socket')(files);
    },
    want: [
      `spec/channels/new-socket.yaml: channel: emits 'NewSocketEvent', already emitted for the runtime: ${RULE}`,
    ],
  },
  {
    name: 'channel and operation whose names binance-rx/runtime exports (no src/ to read)',
    edit: (files) => {
      channelNamed('channel', 'channel')(files);
      files.set(
        'spec/operations/request.yaml',
        files
          .get(DEALS_OP)!
          .replace('operation: getDeals', 'operation: request')
          .replace('/api/v3/deals', '/api/v3/request')
          .replace('deals.recent', 'request'),
      );
    },
    want: [
      `spec/channels/channel.yaml: channel: emits 'subscribeChannel', already emitted for the runtime: ${RULE}`,
      `spec/operations/request.yaml: operation: emits 'requestHttp', already emitted for the runtime: ${RULE}`,
    ],
  },
  {
    name: 'parameters the runtime adds itself',
    edit: replace(
      DEALS_OP,
      '  symbols: { type: list',
      '  timestamp: { type: integer, description: Now. }\n  recvWindow: { type: integer, description: Window. }\n  symbols: { type: list',
    ),
    want: [
      "spec/operations/get-deals.yaml: params.timestamp: 'timestamp' is added by the runtime to every request that needs it (never a parameter: timestamp, recvWindow, signature, apiKey)",
      "spec/operations/get-deals.yaml: params.recvWindow: 'recvWindow' is added by the runtime to every request that needs it (never a parameter: timestamp, recvWindow, signature, apiKey)",
    ],
  },
  {
    name: 'operation example with a parameter the operation does not take',
    edit: replace(
      DEALS_OP,
      'examples:\n  - source:',
      'examples:\n  - params: { symbl: BTCUSDT }\n    source:',
    ),
    want: ["spec/operations/get-deals.yaml: examples.0.params.symbl: 'symbl' is not a parameter"],
  },
  {
    name: "stream template with a stray '>'",
    edit: replace(DEAL, "'<symbol>@deal'", "'<symbol>>@deal'"),
    want: [
      "spec/channels/deal.yaml: stream: stray '>' at position 9 (a placeholder is written <name>)",
    ],
  },
  {
    name: "stream template with an unclosed '<'",
    edit: replace(DEAL, "'<symbol>@deal'", "'<symbol@deal'"),
    want: [
      "spec/channels/deal.yaml: stream: the '<' at position 1 is not closed (a placeholder is written <name>)",
    ],
  },
  {
    name: 'two channels of one stream template',
    edit: (files) => {
      channelNamed('dealCopy', 'deal-copy')(files);
      replace('spec/channels/deal-copy.yaml', "'<symbol>@dealCopy'", "'<symbol>@deal'")(files);
      replace('spec/channels/deal-copy.yaml', 'btcusdt@dealCopy', 'btcusdt@deal')(files);
    },
    want: [
      "spec/channels/deal-copy.yaml: stream: '<symbol>@deal' is also the template of channel 'deal' (spec/channels/deal.yaml): one channel per stream template",
      "spec/channels/deal.yaml: stream: '<symbol>@deal' is also the template of channel 'dealCopy' (spec/channels/deal-copy.yaml): one channel per stream template",
    ],
  },
  {
    name: "channel example on a stream that is not the channel's",
    edit: replace(DEAL, 'stream: btcusdt@deal', 'stream: btcusdt@trade'),
    want: [
      "spec/channels/deal.yaml: examples.0.stream: 'btcusdt@trade' is not a stream of the template '<symbol>@deal'",
    ],
  },
  {
    name: 'empty file',
    edit: (files) => files.set(DEAL, '# nothing yet\n'),
    want: [
      'spec/channels/deal.yaml: empty file: expected a YAML map of the keys spec/README.md lists',
    ],
  },
  {
    name: 'connection limit that is not a whole number',
    edit: replace(LIMITS, '{ value: 8,', '{ value: 8.5,'),
    want: ['spec/limits.yaml: marketStreams.maxStreamsPerConnection.value: 8.5 must be an integer'],
  },
  {
    name: 'connection limit left out',
    edit: replace(LIMITS, '  pongTimeoutMs:', '  pongTimeout:'),
    want: ["spec/limits.yaml: marketStreams: missing required key 'pongTimeoutMs'"],
  },
  {
    name: 'user data event whose e is not its eventType',
    edit: replace(FILL, 'const: fillNotice', 'const: fill'),
    want: [
      "spec/user-data/fill-notice.yaml: fields.e: must be a field with const 'fillNotice' (the eventType)",
    ],
  },
  {
    name: 'user data event in a file of another name',
    edit: replace(FILL, 'event: fillNotice', 'event: fillReport'),
    want: [
      "spec/user-data/fill-notice.yaml: event: event 'fillReport' must live in spec/user-data/fill-report.yaml",
    ],
  },
  {
    name: 'user data example that breaks its schema',
    edit: replace(FILL, "'p': '1.5'", "'p': 1.5"),
    want: ['spec/user-data/fill-notice.yaml: examples.0.payload.p: must be string'],
  },
  {
    name: 'user data field without a readable name',
    edit: replace(FILL, '{ name: price, type: decimal', '{ type: decimal'),
    want: ["spec/user-data/fill-notice.yaml: fields.p: missing required key 'name'"],
  },
  {
    name: 'unknown field type',
    edit: replace(DEAL, 'type: decimal', 'type: decmal'),
    want: [
      "spec/channels/deal.yaml: fields.p.type: 'decmal' is not one of string, integer, number, decimal, timestamp, boolean, object, array, tuple, map, null, union",
    ],
  },
  {
    name: 'values on a field that is not a map',
    edit: replace(
      DEAL,
      ', description: Price. }',
      ', description: Price., values: { type: decimal, description: Amount. } }',
    ),
    want: ["spec/channels/deal.yaml: fields.p: key 'values' is only allowed with type map"],
  },
  {
    name: 'a map without values',
    edit: replace(DEAL, 'type: decimal', 'type: map'),
    want: ["spec/channels/deal.yaml: fields.p: missing required key 'values'"],
  },
  {
    name: 'missing description',
    edit: replace(DEAL, ', description: Price. }', ' }'),
    want: ["spec/channels/deal.yaml: fields.p: missing required key 'description'"],
  },
  {
    // The key path says where; the message names the kind, not the whole nested value.
    name: 'a field given as a list',
    edit: replace(
      DEAL,
      'm: { name: isBuyerMaker, type: boolean, description: Whether the buyer was the maker. }',
      'm: [boolean, { description: Whether the buyer was the maker. }]',
    ),
    want: ['spec/channels/deal.yaml: fields.m: a list must be a map'],
  },
  {
    name: 'unknown key on a field',
    edit: replace(DEAL, 'type: decimal,', 'type: decimal, precision: 8,'),
    want: ['spec/channels/deal.yaml: fields.p.precision: unknown key (not allowed here)'],
  },
  {
    name: 'placeholder not listed in params',
    edit: replace(DEAL, "stream: '<symbol>@deal'", "stream: '<symbol>@deal<speed>'"),
    want: ['spec/channels/deal.yaml: stream: placeholder <speed> is not listed in params'],
  },
  {
    name: 'param not defined in params.yaml (nor inline)',
    edit: replace(CANDLE, '  - interval\n', '  - interval\n  - hour\n'),
    want: ["spec/channels/candle.yaml: params.2: 'hour' is not defined in spec/params.yaml"],
  },
  {
    name: 'inline param without a description',
    edit: replace(CANDLE, '      description: Time zone of the candles; left out, UTC.\n', ''),
    want: ["spec/channels/candle.yaml: params.2.zone: missing required key 'description'"],
  },
  {
    name: 'inline param broken as a params.yaml entry would be (default, render, pattern)',
    edit: replace(
      CANDLE,
      "      render: { '+08:00': '@+08:00' }",
      "      default: '+09:00'\n      render: { '+08:00': '@+08:00', '+07:00': '@+07:00' }",
    ),
    want: [
      "spec/channels/candle.yaml: params.2.zone.default: '+09:00' is not one of +08:00",
      "spec/channels/candle.yaml: params.2.zone.render.+07:00: '+07:00' is not one of +08:00",
    ],
  },
  {
    name: 'inline param map of two keys',
    edit: replace(
      CANDLE,
      "      render: { '+08:00': '@+08:00' }\n",
      "      render: { '+08:00': '@+08:00' }\n    hour: { description: Hour., type: integer, enum: [1] }\n",
    ),
    want: [
      'spec/channels/candle.yaml: params.2: a map of 2 keys (zone, hour), where at most 1 is allowed',
    ],
  },
  {
    name: 'inline param of a name the list already has',
    edit: replace(
      CANDLE,
      '  - symbol\n',
      "  - symbol\n  - symbol: { description: Mine., type: string, pattern: '[A-Z]' }\n",
    ),
    want: ["spec/channels/candle.yaml: params.1: 'symbol' is already listed in params"],
  },
  {
    name: 'inline param with a name that is not camelCase',
    edit: replace(CANDLE, '  - zone:\n', '  - Zone:\n'),
    want: ["spec/channels/candle.yaml: params.2: key 'Zone' is not a valid name"],
  },
  {
    name: 'inline param the stream does not use',
    edit: replace(CANDLE, "'<symbol>@candle_<interval><zone>'", "'<symbol>@candle_<interval>'"),
    want: [
      "spec/channels/candle.yaml: params.2: 'zone' is not used in stream '<symbol>@candle_<interval>'",
    ],
  },
  {
    name: 'param listed but unused',
    edit: replace(DEAL, 'params: [symbol]', 'params: [symbol, interval]'),
    want: ["spec/channels/deal.yaml: params.1: 'interval' is not used in stream '<symbol>@deal'"],
  },
  {
    name: 'duplicate readable name',
    edit: replace(DEAL, 'name: price', 'name: eventTime'),
    want: ["spec/channels/deal.yaml: fields.p.name: 'eventTime' is already the name of field 'E'"],
  },
  {
    name: 'channel name does not match the file',
    edit: replace(DEAL, 'channel: deal', 'channel: trade'),
    want: [
      "spec/channels/all-deals.yaml: sameAs: 'deal' is not a channel with its own fields",
      "spec/channels/deal.yaml: channel: channel 'trade' must live in spec/channels/trade.yaml",
    ],
  },
  {
    name: 'eventType disagrees with the e field',
    edit: replace(DEAL, 'eventType: deal', 'eventType: trade'),
    want: ["spec/channels/deal.yaml: fields.e.const: must equal eventType 'trade'"],
  },
  {
    name: 'example that breaks the emitted schema',
    edit: replace(
      DEAL,
      "payload: { e: deal, E: 1, p: '1.5', m: true }",
      'payload: { e: deal, E: 1, p: 1.5, m: true }',
    ),
    want: ['spec/channels/deal.yaml: examples.0.payload.p: must be string'],
  },
  {
    name: 'object without fields',
    edit: replace(CANDLE, '    type: object\n', '    type: string\n'),
    want: ["spec/channels/candle.yaml: fields.k: key 'fields' is only allowed with type object"],
  },
  {
    name: 'bad parameter rule in params.yaml',
    edit: replace(PARAMS, '  default: 1000ms', '  default: 10ms'),
    want: ["spec/params.yaml: speed.default: '10ms' is not one of 1000ms, 100ms"],
  },
  {
    name: 'bad regular expression',
    edit: replace(PARAMS, "pattern: '^[A-Za-z0-9]{1,20}$'", "pattern: '^[A-Z'"),
    want: [
      expect.stringMatching(
        /^spec\/params\.yaml: symbol\.pattern: not a valid regular expression: /,
      ) as unknown as string,
    ],
  },
  {
    name: 'sameAs pointing nowhere',
    edit: replace('spec/channels/all-deals.yaml', 'sameAs: deal', 'sameAs: nothing'),
    want: ["spec/channels/all-deals.yaml: sameAs: 'nothing' is not a channel with its own fields"],
  },
  {
    name: 'several problems at once are all reported',
    edit: (files) => {
      replace(DEAL, 'type: decimal', 'type: decmal')(files);
      replace(CANDLE, 'name: symbol', 'name: Symbol')(files);
    },
    want: [
      "spec/channels/candle.yaml: fields.s.name: 'Symbol' does not match ^[a-z][A-Za-z0-9]*$",
      "spec/channels/deal.yaml: fields.p.type: 'decmal' is not one of string, integer, number, decimal, timestamp, boolean, object, array, tuple, map, null, union",
    ],
  },
  {
    name: 'channel field without a readable name',
    edit: replace(DEAL, '{ name: price, type: decimal,', '{ type: decimal,'),
    want: ["spec/channels/deal.yaml: fields.p: missing required key 'name'"],
  },
  {
    name: 'operation using an undefined shared parameter',
    edit: replace(DEALS_OP, '{ use: symbol }', '{ use: ticker }'),
    want: [
      "spec/operations/get-deals.yaml: params.symbol.use: 'ticker' is not defined in spec/request-params.yaml",
    ],
  },
  {
    name: 'operation parameter without type',
    edit: replace(DEALS_OP, '{ type: list, description', '{ description'),
    want: [
      "spec/operations/get-deals.yaml: params.symbols: missing required key 'type' (or 'use')",
    ],
  },
  {
    name: 'decimal parameter without a minimum',
    edit: replace(DEALS_OP, '{ type: list, description', '{ type: decimal, description'),
    want: [
      "spec/operations/get-deals.yaml: params.symbols: a decimal parameter needs 'minimum' (0 when never negative)",
    ],
  },
  {
    name: 'list of objects without fields',
    edit: replace(
      DEALS_OP,
      '  ids: {',
      '  extra: { type: objects, description: No fields. }\n  ids: {',
    ),
    want: [
      "spec/operations/get-deals.yaml: params.extra: a list of objects (type objects) needs 'fields'",
    ],
  },
  {
    name: 'item fields on a parameter that is not a list of objects',
    edit: replace(DEALS_OP, 'type: objects', 'type: list'),
    want: [
      "spec/operations/get-deals.yaml: params.ranges.fields: 'fields' belongs to type objects only (this is list)",
      "spec/operations/get-deals.yaml: params.ranges.anyOf: 'anyOf' belongs to type objects only (this is list)",
    ],
  },
  {
    name: 'item field that is itself a list of objects',
    edit: replace(
      DEALS_OP,
      '      symbol: { use: symbol }\n',
      '      symbol: { use: symbol }\n      more: { type: objects, description: Nested., fields: { a: { type: string, description: One. } } }\n',
    ),
    want: [
      'spec/operations/get-deals.yaml: params.ranges.fields.more.type: an item field cannot be objects',
    ],
  },
  {
    name: 'item field broken like a parameter (decimal without minimum, unknown use)',
    edit: (files) => {
      replace(DEALS_OP, 'Lowest price kept., minimum: 0', 'Lowest price kept.')(files);
      replace(
        DEALS_OP,
        '      symbol: { use: symbol }\n',
        '      symbol: { use: ticker }\n',
      )(files);
    },
    want: [
      "spec/operations/get-deals.yaml: params.ranges.fields.minPrice: a decimal parameter needs 'minimum' (0 when never negative)",
      "spec/operations/get-deals.yaml: params.ranges.fields.symbol.use: 'ticker' is not defined in spec/request-params.yaml",
    ],
  },
  {
    name: 'item anyOf naming an unknown item field',
    edit: replace(DEALS_OP, '[[minPrice, maxPrice]]', '[[minPrice, highPrice]]'),
    want: [
      "spec/operations/get-deals.yaml: params.ranges.anyOf.0.1: 'highPrice' is not an item field",
    ],
  },
  {
    name: 'maxItems of 0',
    edit: replace(DEALS_OP, 'maxItems: 2', 'maxItems: 0'),
    want: ['spec/operations/get-deals.yaml: params.ranges.maxItems: must be >= 1'],
  },
  {
    name: 'itemType and maxItems on a string parameter',
    edit: replace(
      DEALS_OP,
      'side: { type: string, description: Only deals of this side.',
      'side: { type: string, itemType: integer, maxItems: 2, description: Only deals of this side.',
    ),
    want: [
      "spec/operations/get-deals.yaml: params.side.itemType: 'itemType' belongs to type list only (this is string)",
      "spec/operations/get-deals.yaml: params.side.maxItems: 'maxItems' belongs to type list or objects only (this is string)",
    ],
  },
  {
    name: 'anyOf naming an unknown parameter',
    edit: replace(DEALS_OP, '[[symbol, symbols]]', '[[symbol, pairs]]'),
    want: ["spec/operations/get-deals.yaml: anyOf.0.1: 'pairs' is not a parameter"],
  },
  {
    name: 'response wire name that is not camelCase and has no name',
    edit: replace(DEALS_OP, 'p: { name: price, type: decimal', 'P_x: { type: decimal'),
    want: [
      "spec/operations/get-deals.yaml: response.variants.0.fields.deals.items.fields.P_x: wire name 'P_x' is not camelCase: give it a 'name'",
      // The YAML anchor repeats the object in the array variant: reported where it is used too.
      "spec/operations/get-deals.yaml: response.variants.1.items.fields.deals.items.fields.P_x: wire name 'P_x' is not camelCase: give it a 'name'",
    ],
  },
  {
    name: 'SAPI endpoint outside spec/operations/sapi/, without weightType, with a WebSocket API method',
    edit: replace(DEALS_OP, 'path: /api/v3/deals', 'path: /sapi/v1/deals'),
    want: [
      "spec/operations/get-deals.yaml: operation: operation 'getDeals' must live in spec/operations/sapi/get-deals.yaml",
      "spec/operations/get-deals.yaml: weightType: a /sapi/ endpoint needs 'weightType' (IP or UID)",
      'spec/operations/get-deals.yaml: wsApi: a /sapi/ endpoint is REST only (no WebSocket API method)',
    ],
  },
  {
    name: 'Spot endpoint with a SAPI weightType',
    edit: replace(DEALS_OP, 'weight: 2\n', 'weight: 2\nweightType: IP\n'),
    want: ['spec/operations/get-deals.yaml: weightType: only /sapi/ endpoints have a weightType'],
  },
  {
    name: 'Spot endpoint under spec/operations/sapi/',
    edit: (files) => {
      files.set('spec/operations/sapi/get-deals.yaml', files.get(DEALS_OP)!);
      files.delete(DEALS_OP);
    },
    want: [
      "spec/operations/sapi/get-deals.yaml: operation: operation 'getDeals' must live in spec/operations/get-deals.yaml",
    ],
  },
  {
    name: 'object variants that nothing tells apart',
    edit: replace(
      DEALS_OP,
      '    - type: array\n      description: Deals per symbol.\n      items: *deals',
      '    - *deals',
    ),
    want: [
      'spec/operations/get-deals.yaml: response.variants: object variants need each a required field that no other variant has (to tell them apart)',
    ],
  },
  {
    // Judged by the emitted validator: the first failure, for a union the first variant's.
    name: 'operation example that breaks the emitted response schema',
    edit: replace(DEALS_OP, '"p": "1.50000000"', '"p": 1.5'),
    want: ['spec/operations/get-deals.yaml: examples.0.response.deals.0.p: must be string'],
  },
  {
    name: 'operation in a file of another name',
    edit: (files) => {
      files.set('spec/operations/deals.yaml', files.get(DEALS_OP)!);
      files.delete(DEALS_OP);
    },
    want: [
      "spec/operations/deals.yaml: operation: operation 'getDeals' must live in spec/operations/get-deals.yaml",
    ],
  },
  {
    name: 'operation with neither rest nor wsApi',
    edit: (files) => {
      replace(DEALS_OP, 'rest: { method: GET, path: /api/v3/deals }\n', '')(files);
      replace(DEALS_OP, 'wsApi: { method: deals.recent }\n', '')(files);
    },
    want: [
      "spec/operations/get-deals.yaml: missing required key 'rest'",
      "spec/operations/get-deals.yaml: missing required key 'wsApi'",
    ],
  },
  {
    name: 'CCXT mapping reading a wire field the payload does not have',
    edit: replace(CCXT_TRADE, '      price: p\n      side:', '      price: pp\n      side:'),
    want: ["spec/ccxt/trade.yaml: sources.0.fields.price: 'pp': the payload has no field 'pp'"],
  },
  {
    name: 'CCXT mapping of a channel that does not exist',
    edit: replace(CCXT_TRADE, '  - channel: deal\n', '  - channel: deals\n'),
    want: [
      "spec/ccxt/trade.yaml: sources.0.channel: 'deals' is not a channel (no spec/channels/deals.yaml; did you mean 'deal'?)",
    ],
  },
  {
    name: 'CCXT field the structure does not take',
    edit: replace(CCXT_TRADE, '      price: p\n      side:', '      prize: p\n      side:'),
    want: [
      'spec/ccxt/trade.yaml: sources.0.fields.prize: not a field this structure takes (timestamp, id, order, type, side, takerOrMaker, price, amount, cost, fee)',
    ],
  },
  {
    name: 'CCXT rule using a value map that is not defined',
    edit: replace(CCXT_TRADE, 'map: buyerMakerSide', 'map: makerSide'),
    want: [
      "spec/ccxt/trade.yaml: sources.0.fields.side.map: 'makerSide' is not defined in valueMaps",
      'spec/ccxt/trade.yaml: valueMaps.buyerMakerSide: not used by any rule (`map:`)',
    ],
  },
  {
    name: 'CCXT mapping of a structure with a symbol but without symbol',
    edit: replace(
      CCXT_TRADE,
      '    symbol: $context\n    fields:\n      timestamp: E\n      price: p\n      side',
      '    fields:\n      timestamp: E\n      price: p\n      side',
    ),
    want: [
      "spec/ccxt/trade.yaml: sources.0: missing required key 'symbol' (the wire field of the market id, or $context)",
    ],
  },
  {
    name: 'CCXT marketType on a structure without a symbol',
    edit: replace(CCXT_BALANCE, 'structure: balance\n', 'structure: balance\nmarketType: swap\n'),
    want: ['spec/ccxt/balance.yaml: marketType: a balance has no symbol'],
  },
  {
    name: 'two CCXT sources that would emit the same parser',
    edit: replace(CCXT_BALANCE, '    name: FillNoticeBalance\n', ''),
    want: [
      "spec/ccxt/trade.yaml: sources.2: emits parseFillNoticeCcxt, as does spec/ccxt/balance.yaml sources.0; give one of them a different 'name'",
    ],
  },
  {
    name: 'CCXT rule with two kinds at once',
    edit: replace(CCXT_TRADE, '{ const: limit }', '{ const: limit, from: p }'),
    want: [
      'spec/ccxt/trade.yaml: sources.0.fields.type: needs exactly one of from, helper, const, each',
    ],
  },
  {
    name: 'CCXT helper the runtime does not have',
    edit: replace(CCXT_TRADE, 'helper: positiveFee', 'helper: anyFee'),
    want: [
      "spec/ccxt/trade.yaml: sources.2.fields.fee.helper: 'anyFee' is not one of currencyCode, fee, positiveFee, firstNonEmpty, nonZero, postOnly, lastTradeTime, tradeTime",
    ],
  },
  {
    name: 'CCXT sort of a payload that is one entry, by a key the structure does not have',
    edit: replace(
      CCXT_TRADE,
      '    symbol: $context\n    fields:\n      timestamp: E\n      price: p\n      side',
      '    symbol: $context\n    sortBy: [time]\n    fields:\n      timestamp: E\n      price: p\n      side',
    ),
    want: [
      'spec/ccxt/trade.yaml: sources.0.sortBy: the payload is one entry: nothing to sort',
      "spec/ccxt/trade.yaml: sources.0.sortBy.0: 'time' is not a key of CcxtTrade",
    ],
  },
  {
    name: 'CCXT mapping in a file of another name',
    edit: (files) => {
      files.set('spec/ccxt/trades.yaml', files.get(CCXT_TRADE)!);
      files.delete(CCXT_TRADE);
    },
    want: ["spec/ccxt/trades.yaml: structure: structure 'trade' must live in spec/ccxt/trade.yaml"],
  },
];

describe('a broken spec is refused with every problem named by file, key path and rule', () => {
  it.each(cases)('$name', async ({ edit, want }) => {
    const files = await fixtureFiles();
    edit(files);
    let error: unknown;
    try {
      loadSpec(files);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SpecError);
    expect((error as SpecError).message.split('\n')).toEqual(want);
    expect((error as SpecError).code).toBe('SPEC_INVALID');
  });

  it('reports a YAML syntax error whole: position, sentence and the excerpt it points into', async () => {
    const files = await fixtureFiles();
    replace(DEAL, 'title: Deals', 'title: [Deals')(files);
    const lines = (() => {
      try {
        loadSpec(files);
      } catch (error) {
        return (error as SpecError).message.split('\n');
      }
      return [];
    })();
    expect(lines[0]).toMatch(
      /^spec\/channels\/deal\.yaml: line \d+, column \d+: YAML: [A-Z].*[a-z\]]$/,
    );
    expect(lines[0]).not.toMatch(/at line \d+/);
    expect(lines.slice(1).some((line) => line.includes('title: [Deals'))).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith('    | '))).toBe(true);
  });

  it('accepts the unbroken fixture', async () => {
    const spec = loadSpec(await fixtureFiles());
    expect(spec.channels.map((c) => c.spec.channel)).toEqual([
      'allDeals',
      'bookLevels',
      'candle',
      'deal',
    ]);
    expect(spec.operations.map((o) => o.spec.operation)).toEqual(['getDeals']);
  });
});
