// Generated from spec/operations/get-exchange-info.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-exchange-info.json',
  $comment:
    'Generated from spec/operations/get-exchange-info.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Exchange information (GET /api/v3/exchangeInfo, exchangeInfo)',
  description:
    'Trading rules and symbol information: rate limits, filters, order types and permissions, for every symbol or the ones asked for.',
  type: 'object',
  required: ['timezone', 'serverTime', 'rateLimits', 'exchangeFilters', 'symbols', 'sors'],
  properties: {
    timezone: { description: 'Time zone of the server (UTC).', type: 'string' },
    serverTime: { description: 'Server time.', type: 'integer' },
    rateLimits: {
      description: 'The rate limits that apply (weight and order counts).',
      type: 'array',
      items: {
        description: 'One limit.',
        type: 'object',
        required: ['rateLimitType', 'interval', 'intervalNum', 'limit'],
        properties: {
          rateLimitType: { description: 'REQUEST_WEIGHT, ORDERS or RAW_REQUESTS.', type: 'string' },
          interval: { description: 'SECOND, MINUTE or DAY.', type: 'string' },
          intervalNum: { description: 'Number of intervals the limit spans.', type: 'integer' },
          limit: { description: 'The limit.', type: 'integer' },
        },
      },
    },
    exchangeFilters: {
      description: 'Filters that apply to the whole exchange.',
      type: 'array',
      items: {
        description: 'One exchange filter (filters.md); its other fields depend on filterType.',
        type: 'object',
        required: ['filterType'],
        properties: {
          filterType: {
            description: 'EXCHANGE_MAX_NUM_ORDERS, EXCHANGE_MAX_NUM_ALGO_ORDERS, …',
            type: 'string',
          },
        },
      },
    },
    symbols: {
      description: 'Symbols and their trading rules.',
      type: 'array',
      items: {
        description: 'One symbol.',
        type: 'object',
        required: [
          'symbol',
          'status',
          'baseAsset',
          'baseAssetPrecision',
          'quoteAsset',
          'quotePrecision',
          'quoteAssetPrecision',
          'baseCommissionPrecision',
          'quoteCommissionPrecision',
          'orderTypes',
          'icebergAllowed',
          'ocoAllowed',
          'otoAllowed',
          'opoAllowed',
          'quoteOrderQtyMarketAllowed',
          'allowTrailingStop',
          'cancelReplaceAllowed',
          'amendAllowed',
          'pegInstructionsAllowed',
          'isSpotTradingAllowed',
          'isMarginTradingAllowed',
          'filters',
          'permissions',
          'permissionSets',
          'defaultSelfTradePreventionMode',
          'allowedSelfTradePreventionModes',
        ],
        properties: {
          symbol: { description: 'Symbol.', type: 'string' },
          status: { description: 'Trading status (TRADING, HALT or BREAK).', type: 'string' },
          baseAsset: { description: "Base asset shared by the group's symbols.", type: 'string' },
          baseAssetPrecision: { description: 'Decimals of the base asset.', type: 'integer' },
          quoteAsset: { description: 'Quote asset.', type: 'string' },
          quotePrecision: {
            description: 'Decimals of the quote asset (older name of quoteAssetPrecision).',
            type: 'integer',
          },
          quoteAssetPrecision: { description: 'Decimals of the quote asset.', type: 'integer' },
          baseCommissionPrecision: {
            description: 'Decimals of commissions paid in the base asset.',
            type: 'integer',
          },
          quoteCommissionPrecision: {
            description: 'Decimals of commissions paid in the quote asset.',
            type: 'integer',
          },
          orderTypes: {
            description: 'Order types the symbol accepts.',
            type: 'array',
            items: { description: 'An order type.', type: 'string' },
          },
          icebergAllowed: { description: 'Whether iceberg orders are allowed.', type: 'boolean' },
          ocoAllowed: { description: 'Whether OCO order lists are allowed.', type: 'boolean' },
          otoAllowed: { description: 'Whether OTO order lists are allowed.', type: 'boolean' },
          opoAllowed: { description: 'Whether OPO order lists are allowed.', type: 'boolean' },
          quoteOrderQtyMarketAllowed: {
            description: 'Whether MARKET orders may give quoteOrderQty.',
            type: 'boolean',
          },
          allowTrailingStop: {
            description: 'Whether trailing stop orders are allowed.',
            type: 'boolean',
          },
          cancelReplaceAllowed: {
            description: 'Whether cancel-replace is allowed.',
            type: 'boolean',
          },
          amendAllowed: {
            description: 'Whether Order Amend Keep Priority is allowed.',
            type: 'boolean',
          },
          pegInstructionsAllowed: {
            description: 'Whether pegged orders are allowed.',
            type: 'boolean',
          },
          isSpotTradingAllowed: {
            description: 'Whether spot trading is allowed.',
            type: 'boolean',
          },
          isMarginTradingAllowed: {
            description: 'Whether margin trading is allowed.',
            type: 'boolean',
          },
          filters: {
            description: 'Filters an order on this symbol must pass.',
            type: 'array',
            items: {
              description: 'One symbol filter (filters.md); its other fields depend on filterType.',
              type: 'object',
              required: ['filterType'],
              properties: {
                filterType: {
                  description: 'PRICE_FILTER, LOT_SIZE, NOTIONAL, MAX_NUM_ORDERS, …',
                  type: 'string',
                },
              },
            },
          },
          permissions: {
            description: 'Permissions (older form; empty, see permissionSets).',
            type: 'array',
            items: { description: 'A permission.', type: 'string' },
          },
          permissionSets: {
            description: 'Permission sets; trading the symbol needs one permission of every set.',
            type: 'array',
            items: {
              description: 'One set: the account needs at least one of these permissions.',
              type: 'array',
              items: { description: 'A permission (SPOT, MARGIN, TRD_GRP_…).', type: 'string' },
            },
          },
          defaultSelfTradePreventionMode: {
            description: 'Self-trade prevention mode of orders that send none.',
            type: 'string',
          },
          allowedSelfTradePreventionModes: {
            description: 'Self-trade prevention modes orders may use.',
            type: 'array',
            items: { description: 'A self-trade prevention mode.', type: 'string' },
          },
        },
      },
    },
    sors: {
      description: 'Groups of symbols SOR can route across, one per base asset.',
      type: 'array',
      items: {
        description: 'One SOR group.',
        type: 'object',
        required: ['baseAsset', 'symbols'],
        properties: {
          baseAsset: { description: "Base asset shared by the group's symbols.", type: 'string' },
          symbols: {
            description: 'Symbols and their trading rules.',
            type: 'array',
            items: { description: 'A symbol.', type: 'string' },
          },
        },
      },
    },
  },
};
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-exchange-info.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.timezone === undefined && (missing0 = 'timezone')) ||
        (data.serverTime === undefined && (missing0 = 'serverTime')) ||
        (data.rateLimits === undefined && (missing0 = 'rateLimits')) ||
        (data.exchangeFilters === undefined && (missing0 = 'exchangeFilters')) ||
        (data.symbols === undefined && (missing0 = 'symbols')) ||
        (data.sors === undefined && (missing0 = 'sors'))
      ) {
        validate10.errors = [
          {
            instancePath,
            schemaPath: '#/required',
            keyword: 'required',
            params: { missingProperty: missing0 },
            message: "must have required property '" + missing0 + "'",
          },
        ];
        return false;
      } else {
        if (data.timezone !== undefined) {
          const _errs2 = errors;
          if (typeof data.timezone !== 'string') {
            validate10.errors = [
              {
                instancePath: instancePath + '/timezone',
                schemaPath: '#/properties/timezone/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.serverTime !== undefined) {
            let data1 = data.serverTime;
            const _errs4 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/serverTime',
                  schemaPath: '#/properties/serverTime/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                },
              ];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.rateLimits !== undefined) {
              let data2 = data.rateLimits;
              const _errs6 = errors;
              if (errors === _errs6) {
                if (Array.isArray(data2)) {
                  var valid1 = true;
                  const len0 = data2.length;
                  for (let i0 = 0; i0 < len0; i0++) {
                    let data3 = data2[i0];
                    const _errs8 = errors;
                    if (errors === _errs8) {
                      if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
                        let missing1;
                        if (
                          (data3.rateLimitType === undefined && (missing1 = 'rateLimitType')) ||
                          (data3.interval === undefined && (missing1 = 'interval')) ||
                          (data3.intervalNum === undefined && (missing1 = 'intervalNum')) ||
                          (data3.limit === undefined && (missing1 = 'limit'))
                        ) {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/rateLimits/' + i0,
                              schemaPath: '#/properties/rateLimits/items/required',
                              keyword: 'required',
                              params: { missingProperty: missing1 },
                              message: "must have required property '" + missing1 + "'",
                            },
                          ];
                          return false;
                        } else {
                          if (data3.rateLimitType !== undefined) {
                            const _errs10 = errors;
                            if (typeof data3.rateLimitType !== 'string') {
                              validate10.errors = [
                                {
                                  instancePath:
                                    instancePath + '/rateLimits/' + i0 + '/rateLimitType',
                                  schemaPath:
                                    '#/properties/rateLimits/items/properties/rateLimitType/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                },
                              ];
                              return false;
                            }
                            var valid2 = _errs10 === errors;
                          } else {
                            var valid2 = true;
                          }
                          if (valid2) {
                            if (data3.interval !== undefined) {
                              const _errs12 = errors;
                              if (typeof data3.interval !== 'string') {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/rateLimits/' + i0 + '/interval',
                                    schemaPath:
                                      '#/properties/rateLimits/items/properties/interval/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                              var valid2 = _errs12 === errors;
                            } else {
                              var valid2 = true;
                            }
                            if (valid2) {
                              if (data3.intervalNum !== undefined) {
                                let data6 = data3.intervalNum;
                                const _errs14 = errors;
                                if (!(
                                  typeof data6 == 'number' &&
                                  !(data6 % 1) &&
                                  !isNaN(data6) &&
                                  isFinite(data6)
                                )) {
                                  validate10.errors = [
                                    {
                                      instancePath:
                                        instancePath + '/rateLimits/' + i0 + '/intervalNum',
                                      schemaPath:
                                        '#/properties/rateLimits/items/properties/intervalNum/type',
                                      keyword: 'type',
                                      params: { type: 'integer' },
                                      message: 'must be integer',
                                    },
                                  ];
                                  return false;
                                }
                                var valid2 = _errs14 === errors;
                              } else {
                                var valid2 = true;
                              }
                              if (valid2) {
                                if (data3.limit !== undefined) {
                                  let data7 = data3.limit;
                                  const _errs16 = errors;
                                  if (!(
                                    typeof data7 == 'number' &&
                                    !(data7 % 1) &&
                                    !isNaN(data7) &&
                                    isFinite(data7)
                                  )) {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/rateLimits/' + i0 + '/limit',
                                        schemaPath:
                                          '#/properties/rateLimits/items/properties/limit/type',
                                        keyword: 'type',
                                        params: { type: 'integer' },
                                        message: 'must be integer',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid2 = _errs16 === errors;
                                } else {
                                  var valid2 = true;
                                }
                              }
                            }
                          }
                        }
                      } else {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/rateLimits/' + i0,
                            schemaPath: '#/properties/rateLimits/items/type',
                            keyword: 'type',
                            params: { type: 'object' },
                            message: 'must be object',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid1 = _errs8 === errors;
                    if (!valid1) {
                      break;
                    }
                  }
                } else {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/rateLimits',
                      schemaPath: '#/properties/rateLimits/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    },
                  ];
                  return false;
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.exchangeFilters !== undefined) {
                let data8 = data.exchangeFilters;
                const _errs18 = errors;
                if (errors === _errs18) {
                  if (Array.isArray(data8)) {
                    var valid3 = true;
                    const len1 = data8.length;
                    for (let i1 = 0; i1 < len1; i1++) {
                      let data9 = data8[i1];
                      const _errs20 = errors;
                      if (errors === _errs20) {
                        if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
                          let missing2;
                          if (data9.filterType === undefined && (missing2 = 'filterType')) {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/exchangeFilters/' + i1,
                                schemaPath: '#/properties/exchangeFilters/items/required',
                                keyword: 'required',
                                params: { missingProperty: missing2 },
                                message: "must have required property '" + missing2 + "'",
                              },
                            ];
                            return false;
                          } else {
                            if (data9.filterType !== undefined) {
                              if (typeof data9.filterType !== 'string') {
                                validate10.errors = [
                                  {
                                    instancePath:
                                      instancePath + '/exchangeFilters/' + i1 + '/filterType',
                                    schemaPath:
                                      '#/properties/exchangeFilters/items/properties/filterType/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  },
                                ];
                                return false;
                              }
                            }
                          }
                        } else {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/exchangeFilters/' + i1,
                              schemaPath: '#/properties/exchangeFilters/items/type',
                              keyword: 'type',
                              params: { type: 'object' },
                              message: 'must be object',
                            },
                          ];
                          return false;
                        }
                      }
                      var valid3 = _errs20 === errors;
                      if (!valid3) {
                        break;
                      }
                    }
                  } else {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/exchangeFilters',
                        schemaPath: '#/properties/exchangeFilters/type',
                        keyword: 'type',
                        params: { type: 'array' },
                        message: 'must be array',
                      },
                    ];
                    return false;
                  }
                }
                var valid0 = _errs18 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.symbols !== undefined) {
                  let data11 = data.symbols;
                  const _errs24 = errors;
                  if (errors === _errs24) {
                    if (Array.isArray(data11)) {
                      var valid5 = true;
                      const len2 = data11.length;
                      for (let i2 = 0; i2 < len2; i2++) {
                        let data12 = data11[i2];
                        const _errs26 = errors;
                        if (errors === _errs26) {
                          if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
                            let missing3;
                            if (
                              (data12.symbol === undefined && (missing3 = 'symbol')) ||
                              (data12.status === undefined && (missing3 = 'status')) ||
                              (data12.baseAsset === undefined && (missing3 = 'baseAsset')) ||
                              (data12.baseAssetPrecision === undefined &&
                                (missing3 = 'baseAssetPrecision')) ||
                              (data12.quoteAsset === undefined && (missing3 = 'quoteAsset')) ||
                              (data12.quotePrecision === undefined &&
                                (missing3 = 'quotePrecision')) ||
                              (data12.quoteAssetPrecision === undefined &&
                                (missing3 = 'quoteAssetPrecision')) ||
                              (data12.baseCommissionPrecision === undefined &&
                                (missing3 = 'baseCommissionPrecision')) ||
                              (data12.quoteCommissionPrecision === undefined &&
                                (missing3 = 'quoteCommissionPrecision')) ||
                              (data12.orderTypes === undefined && (missing3 = 'orderTypes')) ||
                              (data12.icebergAllowed === undefined &&
                                (missing3 = 'icebergAllowed')) ||
                              (data12.ocoAllowed === undefined && (missing3 = 'ocoAllowed')) ||
                              (data12.otoAllowed === undefined && (missing3 = 'otoAllowed')) ||
                              (data12.opoAllowed === undefined && (missing3 = 'opoAllowed')) ||
                              (data12.quoteOrderQtyMarketAllowed === undefined &&
                                (missing3 = 'quoteOrderQtyMarketAllowed')) ||
                              (data12.allowTrailingStop === undefined &&
                                (missing3 = 'allowTrailingStop')) ||
                              (data12.cancelReplaceAllowed === undefined &&
                                (missing3 = 'cancelReplaceAllowed')) ||
                              (data12.amendAllowed === undefined && (missing3 = 'amendAllowed')) ||
                              (data12.pegInstructionsAllowed === undefined &&
                                (missing3 = 'pegInstructionsAllowed')) ||
                              (data12.isSpotTradingAllowed === undefined &&
                                (missing3 = 'isSpotTradingAllowed')) ||
                              (data12.isMarginTradingAllowed === undefined &&
                                (missing3 = 'isMarginTradingAllowed')) ||
                              (data12.filters === undefined && (missing3 = 'filters')) ||
                              (data12.permissions === undefined && (missing3 = 'permissions')) ||
                              (data12.permissionSets === undefined &&
                                (missing3 = 'permissionSets')) ||
                              (data12.defaultSelfTradePreventionMode === undefined &&
                                (missing3 = 'defaultSelfTradePreventionMode')) ||
                              (data12.allowedSelfTradePreventionModes === undefined &&
                                (missing3 = 'allowedSelfTradePreventionModes'))
                            ) {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/symbols/' + i2,
                                  schemaPath: '#/properties/symbols/items/required',
                                  keyword: 'required',
                                  params: { missingProperty: missing3 },
                                  message: "must have required property '" + missing3 + "'",
                                },
                              ];
                              return false;
                            } else {
                              if (data12.symbol !== undefined) {
                                const _errs28 = errors;
                                if (typeof data12.symbol !== 'string') {
                                  validate10.errors = [
                                    {
                                      instancePath: instancePath + '/symbols/' + i2 + '/symbol',
                                      schemaPath:
                                        '#/properties/symbols/items/properties/symbol/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    },
                                  ];
                                  return false;
                                }
                                var valid6 = _errs28 === errors;
                              } else {
                                var valid6 = true;
                              }
                              if (valid6) {
                                if (data12.status !== undefined) {
                                  const _errs30 = errors;
                                  if (typeof data12.status !== 'string') {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/symbols/' + i2 + '/status',
                                        schemaPath:
                                          '#/properties/symbols/items/properties/status/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid6 = _errs30 === errors;
                                } else {
                                  var valid6 = true;
                                }
                                if (valid6) {
                                  if (data12.baseAsset !== undefined) {
                                    const _errs32 = errors;
                                    if (typeof data12.baseAsset !== 'string') {
                                      validate10.errors = [
                                        {
                                          instancePath:
                                            instancePath + '/symbols/' + i2 + '/baseAsset',
                                          schemaPath:
                                            '#/properties/symbols/items/properties/baseAsset/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        },
                                      ];
                                      return false;
                                    }
                                    var valid6 = _errs32 === errors;
                                  } else {
                                    var valid6 = true;
                                  }
                                  if (valid6) {
                                    if (data12.baseAssetPrecision !== undefined) {
                                      let data16 = data12.baseAssetPrecision;
                                      const _errs34 = errors;
                                      if (!(
                                        typeof data16 == 'number' &&
                                        !(data16 % 1) &&
                                        !isNaN(data16) &&
                                        isFinite(data16)
                                      )) {
                                        validate10.errors = [
                                          {
                                            instancePath:
                                              instancePath +
                                              '/symbols/' +
                                              i2 +
                                              '/baseAssetPrecision',
                                            schemaPath:
                                              '#/properties/symbols/items/properties/baseAssetPrecision/type',
                                            keyword: 'type',
                                            params: { type: 'integer' },
                                            message: 'must be integer',
                                          },
                                        ];
                                        return false;
                                      }
                                      var valid6 = _errs34 === errors;
                                    } else {
                                      var valid6 = true;
                                    }
                                    if (valid6) {
                                      if (data12.quoteAsset !== undefined) {
                                        const _errs36 = errors;
                                        if (typeof data12.quoteAsset !== 'string') {
                                          validate10.errors = [
                                            {
                                              instancePath:
                                                instancePath + '/symbols/' + i2 + '/quoteAsset',
                                              schemaPath:
                                                '#/properties/symbols/items/properties/quoteAsset/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid6 = _errs36 === errors;
                                      } else {
                                        var valid6 = true;
                                      }
                                      if (valid6) {
                                        if (data12.quotePrecision !== undefined) {
                                          let data18 = data12.quotePrecision;
                                          const _errs38 = errors;
                                          if (!(
                                            typeof data18 == 'number' &&
                                            !(data18 % 1) &&
                                            !isNaN(data18) &&
                                            isFinite(data18)
                                          )) {
                                            validate10.errors = [
                                              {
                                                instancePath:
                                                  instancePath +
                                                  '/symbols/' +
                                                  i2 +
                                                  '/quotePrecision',
                                                schemaPath:
                                                  '#/properties/symbols/items/properties/quotePrecision/type',
                                                keyword: 'type',
                                                params: { type: 'integer' },
                                                message: 'must be integer',
                                              },
                                            ];
                                            return false;
                                          }
                                          var valid6 = _errs38 === errors;
                                        } else {
                                          var valid6 = true;
                                        }
                                        if (valid6) {
                                          if (data12.quoteAssetPrecision !== undefined) {
                                            let data19 = data12.quoteAssetPrecision;
                                            const _errs40 = errors;
                                            if (!(
                                              typeof data19 == 'number' &&
                                              !(data19 % 1) &&
                                              !isNaN(data19) &&
                                              isFinite(data19)
                                            )) {
                                              validate10.errors = [
                                                {
                                                  instancePath:
                                                    instancePath +
                                                    '/symbols/' +
                                                    i2 +
                                                    '/quoteAssetPrecision',
                                                  schemaPath:
                                                    '#/properties/symbols/items/properties/quoteAssetPrecision/type',
                                                  keyword: 'type',
                                                  params: { type: 'integer' },
                                                  message: 'must be integer',
                                                },
                                              ];
                                              return false;
                                            }
                                            var valid6 = _errs40 === errors;
                                          } else {
                                            var valid6 = true;
                                          }
                                          if (valid6) {
                                            if (data12.baseCommissionPrecision !== undefined) {
                                              let data20 = data12.baseCommissionPrecision;
                                              const _errs42 = errors;
                                              if (!(
                                                typeof data20 == 'number' &&
                                                !(data20 % 1) &&
                                                !isNaN(data20) &&
                                                isFinite(data20)
                                              )) {
                                                validate10.errors = [
                                                  {
                                                    instancePath:
                                                      instancePath +
                                                      '/symbols/' +
                                                      i2 +
                                                      '/baseCommissionPrecision',
                                                    schemaPath:
                                                      '#/properties/symbols/items/properties/baseCommissionPrecision/type',
                                                    keyword: 'type',
                                                    params: { type: 'integer' },
                                                    message: 'must be integer',
                                                  },
                                                ];
                                                return false;
                                              }
                                              var valid6 = _errs42 === errors;
                                            } else {
                                              var valid6 = true;
                                            }
                                            if (valid6) {
                                              if (data12.quoteCommissionPrecision !== undefined) {
                                                let data21 = data12.quoteCommissionPrecision;
                                                const _errs44 = errors;
                                                if (!(
                                                  typeof data21 == 'number' &&
                                                  !(data21 % 1) &&
                                                  !isNaN(data21) &&
                                                  isFinite(data21)
                                                )) {
                                                  validate10.errors = [
                                                    {
                                                      instancePath:
                                                        instancePath +
                                                        '/symbols/' +
                                                        i2 +
                                                        '/quoteCommissionPrecision',
                                                      schemaPath:
                                                        '#/properties/symbols/items/properties/quoteCommissionPrecision/type',
                                                      keyword: 'type',
                                                      params: { type: 'integer' },
                                                      message: 'must be integer',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                                var valid6 = _errs44 === errors;
                                              } else {
                                                var valid6 = true;
                                              }
                                              if (valid6) {
                                                if (data12.orderTypes !== undefined) {
                                                  let data22 = data12.orderTypes;
                                                  const _errs46 = errors;
                                                  if (errors === _errs46) {
                                                    if (Array.isArray(data22)) {
                                                      var valid7 = true;
                                                      const len3 = data22.length;
                                                      for (let i3 = 0; i3 < len3; i3++) {
                                                        const _errs48 = errors;
                                                        if (typeof data22[i3] !== 'string') {
                                                          validate10.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/symbols/' +
                                                                i2 +
                                                                '/orderTypes/' +
                                                                i3,
                                                              schemaPath:
                                                                '#/properties/symbols/items/properties/orderTypes/items/type',
                                                              keyword: 'type',
                                                              params: { type: 'string' },
                                                              message: 'must be string',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        var valid7 = _errs48 === errors;
                                                        if (!valid7) {
                                                          break;
                                                        }
                                                      }
                                                    } else {
                                                      validate10.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            '/symbols/' +
                                                            i2 +
                                                            '/orderTypes',
                                                          schemaPath:
                                                            '#/properties/symbols/items/properties/orderTypes/type',
                                                          keyword: 'type',
                                                          params: { type: 'array' },
                                                          message: 'must be array',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                  }
                                                  var valid6 = _errs46 === errors;
                                                } else {
                                                  var valid6 = true;
                                                }
                                                if (valid6) {
                                                  if (data12.icebergAllowed !== undefined) {
                                                    const _errs50 = errors;
                                                    if (
                                                      typeof data12.icebergAllowed !== 'boolean'
                                                    ) {
                                                      validate10.errors = [
                                                        {
                                                          instancePath:
                                                            instancePath +
                                                            '/symbols/' +
                                                            i2 +
                                                            '/icebergAllowed',
                                                          schemaPath:
                                                            '#/properties/symbols/items/properties/icebergAllowed/type',
                                                          keyword: 'type',
                                                          params: { type: 'boolean' },
                                                          message: 'must be boolean',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                    var valid6 = _errs50 === errors;
                                                  } else {
                                                    var valid6 = true;
                                                  }
                                                  if (valid6) {
                                                    if (data12.ocoAllowed !== undefined) {
                                                      const _errs52 = errors;
                                                      if (typeof data12.ocoAllowed !== 'boolean') {
                                                        validate10.errors = [
                                                          {
                                                            instancePath:
                                                              instancePath +
                                                              '/symbols/' +
                                                              i2 +
                                                              '/ocoAllowed',
                                                            schemaPath:
                                                              '#/properties/symbols/items/properties/ocoAllowed/type',
                                                            keyword: 'type',
                                                            params: { type: 'boolean' },
                                                            message: 'must be boolean',
                                                          },
                                                        ];
                                                        return false;
                                                      }
                                                      var valid6 = _errs52 === errors;
                                                    } else {
                                                      var valid6 = true;
                                                    }
                                                    if (valid6) {
                                                      if (data12.otoAllowed !== undefined) {
                                                        const _errs54 = errors;
                                                        if (
                                                          typeof data12.otoAllowed !== 'boolean'
                                                        ) {
                                                          validate10.errors = [
                                                            {
                                                              instancePath:
                                                                instancePath +
                                                                '/symbols/' +
                                                                i2 +
                                                                '/otoAllowed',
                                                              schemaPath:
                                                                '#/properties/symbols/items/properties/otoAllowed/type',
                                                              keyword: 'type',
                                                              params: { type: 'boolean' },
                                                              message: 'must be boolean',
                                                            },
                                                          ];
                                                          return false;
                                                        }
                                                        var valid6 = _errs54 === errors;
                                                      } else {
                                                        var valid6 = true;
                                                      }
                                                      if (valid6) {
                                                        if (data12.opoAllowed !== undefined) {
                                                          const _errs56 = errors;
                                                          if (
                                                            typeof data12.opoAllowed !== 'boolean'
                                                          ) {
                                                            validate10.errors = [
                                                              {
                                                                instancePath:
                                                                  instancePath +
                                                                  '/symbols/' +
                                                                  i2 +
                                                                  '/opoAllowed',
                                                                schemaPath:
                                                                  '#/properties/symbols/items/properties/opoAllowed/type',
                                                                keyword: 'type',
                                                                params: { type: 'boolean' },
                                                                message: 'must be boolean',
                                                              },
                                                            ];
                                                            return false;
                                                          }
                                                          var valid6 = _errs56 === errors;
                                                        } else {
                                                          var valid6 = true;
                                                        }
                                                        if (valid6) {
                                                          if (
                                                            data12.quoteOrderQtyMarketAllowed !==
                                                            undefined
                                                          ) {
                                                            const _errs58 = errors;
                                                            if (
                                                              typeof data12.quoteOrderQtyMarketAllowed !==
                                                              'boolean'
                                                            ) {
                                                              validate10.errors = [
                                                                {
                                                                  instancePath:
                                                                    instancePath +
                                                                    '/symbols/' +
                                                                    i2 +
                                                                    '/quoteOrderQtyMarketAllowed',
                                                                  schemaPath:
                                                                    '#/properties/symbols/items/properties/quoteOrderQtyMarketAllowed/type',
                                                                  keyword: 'type',
                                                                  params: { type: 'boolean' },
                                                                  message: 'must be boolean',
                                                                },
                                                              ];
                                                              return false;
                                                            }
                                                            var valid6 = _errs58 === errors;
                                                          } else {
                                                            var valid6 = true;
                                                          }
                                                          if (valid6) {
                                                            if (
                                                              data12.allowTrailingStop !== undefined
                                                            ) {
                                                              const _errs60 = errors;
                                                              if (
                                                                typeof data12.allowTrailingStop !==
                                                                'boolean'
                                                              ) {
                                                                validate10.errors = [
                                                                  {
                                                                    instancePath:
                                                                      instancePath +
                                                                      '/symbols/' +
                                                                      i2 +
                                                                      '/allowTrailingStop',
                                                                    schemaPath:
                                                                      '#/properties/symbols/items/properties/allowTrailingStop/type',
                                                                    keyword: 'type',
                                                                    params: { type: 'boolean' },
                                                                    message: 'must be boolean',
                                                                  },
                                                                ];
                                                                return false;
                                                              }
                                                              var valid6 = _errs60 === errors;
                                                            } else {
                                                              var valid6 = true;
                                                            }
                                                            if (valid6) {
                                                              if (
                                                                data12.cancelReplaceAllowed !==
                                                                undefined
                                                              ) {
                                                                const _errs62 = errors;
                                                                if (
                                                                  typeof data12.cancelReplaceAllowed !==
                                                                  'boolean'
                                                                ) {
                                                                  validate10.errors = [
                                                                    {
                                                                      instancePath:
                                                                        instancePath +
                                                                        '/symbols/' +
                                                                        i2 +
                                                                        '/cancelReplaceAllowed',
                                                                      schemaPath:
                                                                        '#/properties/symbols/items/properties/cancelReplaceAllowed/type',
                                                                      keyword: 'type',
                                                                      params: { type: 'boolean' },
                                                                      message: 'must be boolean',
                                                                    },
                                                                  ];
                                                                  return false;
                                                                }
                                                                var valid6 = _errs62 === errors;
                                                              } else {
                                                                var valid6 = true;
                                                              }
                                                              if (valid6) {
                                                                if (
                                                                  data12.amendAllowed !== undefined
                                                                ) {
                                                                  const _errs64 = errors;
                                                                  if (
                                                                    typeof data12.amendAllowed !==
                                                                    'boolean'
                                                                  ) {
                                                                    validate10.errors = [
                                                                      {
                                                                        instancePath:
                                                                          instancePath +
                                                                          '/symbols/' +
                                                                          i2 +
                                                                          '/amendAllowed',
                                                                        schemaPath:
                                                                          '#/properties/symbols/items/properties/amendAllowed/type',
                                                                        keyword: 'type',
                                                                        params: { type: 'boolean' },
                                                                        message: 'must be boolean',
                                                                      },
                                                                    ];
                                                                    return false;
                                                                  }
                                                                  var valid6 = _errs64 === errors;
                                                                } else {
                                                                  var valid6 = true;
                                                                }
                                                                if (valid6) {
                                                                  if (
                                                                    data12.pegInstructionsAllowed !==
                                                                    undefined
                                                                  ) {
                                                                    const _errs66 = errors;
                                                                    if (
                                                                      typeof data12.pegInstructionsAllowed !==
                                                                      'boolean'
                                                                    ) {
                                                                      validate10.errors = [
                                                                        {
                                                                          instancePath:
                                                                            instancePath +
                                                                            '/symbols/' +
                                                                            i2 +
                                                                            '/pegInstructionsAllowed',
                                                                          schemaPath:
                                                                            '#/properties/symbols/items/properties/pegInstructionsAllowed/type',
                                                                          keyword: 'type',
                                                                          params: {
                                                                            type: 'boolean',
                                                                          },
                                                                          message:
                                                                            'must be boolean',
                                                                        },
                                                                      ];
                                                                      return false;
                                                                    }
                                                                    var valid6 = _errs66 === errors;
                                                                  } else {
                                                                    var valid6 = true;
                                                                  }
                                                                  if (valid6) {
                                                                    if (
                                                                      data12.isSpotTradingAllowed !==
                                                                      undefined
                                                                    ) {
                                                                      const _errs68 = errors;
                                                                      if (
                                                                        typeof data12.isSpotTradingAllowed !==
                                                                        'boolean'
                                                                      ) {
                                                                        validate10.errors = [
                                                                          {
                                                                            instancePath:
                                                                              instancePath +
                                                                              '/symbols/' +
                                                                              i2 +
                                                                              '/isSpotTradingAllowed',
                                                                            schemaPath:
                                                                              '#/properties/symbols/items/properties/isSpotTradingAllowed/type',
                                                                            keyword: 'type',
                                                                            params: {
                                                                              type: 'boolean',
                                                                            },
                                                                            message:
                                                                              'must be boolean',
                                                                          },
                                                                        ];
                                                                        return false;
                                                                      }
                                                                      var valid6 =
                                                                        _errs68 === errors;
                                                                    } else {
                                                                      var valid6 = true;
                                                                    }
                                                                    if (valid6) {
                                                                      if (
                                                                        data12.isMarginTradingAllowed !==
                                                                        undefined
                                                                      ) {
                                                                        const _errs70 = errors;
                                                                        if (
                                                                          typeof data12.isMarginTradingAllowed !==
                                                                          'boolean'
                                                                        ) {
                                                                          validate10.errors = [
                                                                            {
                                                                              instancePath:
                                                                                instancePath +
                                                                                '/symbols/' +
                                                                                i2 +
                                                                                '/isMarginTradingAllowed',
                                                                              schemaPath:
                                                                                '#/properties/symbols/items/properties/isMarginTradingAllowed/type',
                                                                              keyword: 'type',
                                                                              params: {
                                                                                type: 'boolean',
                                                                              },
                                                                              message:
                                                                                'must be boolean',
                                                                            },
                                                                          ];
                                                                          return false;
                                                                        }
                                                                        var valid6 =
                                                                          _errs70 === errors;
                                                                      } else {
                                                                        var valid6 = true;
                                                                      }
                                                                      if (valid6) {
                                                                        if (
                                                                          data12.filters !==
                                                                          undefined
                                                                        ) {
                                                                          let data35 =
                                                                            data12.filters;
                                                                          const _errs72 = errors;
                                                                          if (errors === _errs72) {
                                                                            if (
                                                                              Array.isArray(data35)
                                                                            ) {
                                                                              var valid8 = true;
                                                                              const len4 =
                                                                                data35.length;
                                                                              for (
                                                                                let i4 = 0;
                                                                                i4 < len4;
                                                                                i4++
                                                                              ) {
                                                                                let data36 =
                                                                                  data35[i4];
                                                                                const _errs74 =
                                                                                  errors;
                                                                                if (
                                                                                  errors === _errs74
                                                                                ) {
                                                                                  if (
                                                                                    data36 &&
                                                                                    typeof data36 ==
                                                                                      'object' &&
                                                                                    !Array.isArray(
                                                                                      data36,
                                                                                    )
                                                                                  ) {
                                                                                    let missing4;
                                                                                    if (
                                                                                      data36.filterType ===
                                                                                        undefined &&
                                                                                      (missing4 =
                                                                                        'filterType')
                                                                                    ) {
                                                                                      validate10.errors =
                                                                                        [
                                                                                          {
                                                                                            instancePath:
                                                                                              instancePath +
                                                                                              '/symbols/' +
                                                                                              i2 +
                                                                                              '/filters/' +
                                                                                              i4,
                                                                                            schemaPath:
                                                                                              '#/properties/symbols/items/properties/filters/items/required',
                                                                                            keyword:
                                                                                              'required',
                                                                                            params:
                                                                                              {
                                                                                                missingProperty:
                                                                                                  missing4,
                                                                                              },
                                                                                            message:
                                                                                              "must have required property '" +
                                                                                              missing4 +
                                                                                              "'",
                                                                                          },
                                                                                        ];
                                                                                      return false;
                                                                                    } else {
                                                                                      if (
                                                                                        data36.filterType !==
                                                                                        undefined
                                                                                      ) {
                                                                                        if (
                                                                                          typeof data36.filterType !==
                                                                                          'string'
                                                                                        ) {
                                                                                          validate10.errors =
                                                                                            [
                                                                                              {
                                                                                                instancePath:
                                                                                                  instancePath +
                                                                                                  '/symbols/' +
                                                                                                  i2 +
                                                                                                  '/filters/' +
                                                                                                  i4 +
                                                                                                  '/filterType',
                                                                                                schemaPath:
                                                                                                  '#/properties/symbols/items/properties/filters/items/properties/filterType/type',
                                                                                                keyword:
                                                                                                  'type',
                                                                                                params:
                                                                                                  {
                                                                                                    type: 'string',
                                                                                                  },
                                                                                                message:
                                                                                                  'must be string',
                                                                                              },
                                                                                            ];
                                                                                          return false;
                                                                                        }
                                                                                      }
                                                                                    }
                                                                                  } else {
                                                                                    validate10.errors =
                                                                                      [
                                                                                        {
                                                                                          instancePath:
                                                                                            instancePath +
                                                                                            '/symbols/' +
                                                                                            i2 +
                                                                                            '/filters/' +
                                                                                            i4,
                                                                                          schemaPath:
                                                                                            '#/properties/symbols/items/properties/filters/items/type',
                                                                                          keyword:
                                                                                            'type',
                                                                                          params: {
                                                                                            type: 'object',
                                                                                          },
                                                                                          message:
                                                                                            'must be object',
                                                                                        },
                                                                                      ];
                                                                                    return false;
                                                                                  }
                                                                                }
                                                                                var valid8 =
                                                                                  _errs74 ===
                                                                                  errors;
                                                                                if (!valid8) {
                                                                                  break;
                                                                                }
                                                                              }
                                                                            } else {
                                                                              validate10.errors = [
                                                                                {
                                                                                  instancePath:
                                                                                    instancePath +
                                                                                    '/symbols/' +
                                                                                    i2 +
                                                                                    '/filters',
                                                                                  schemaPath:
                                                                                    '#/properties/symbols/items/properties/filters/type',
                                                                                  keyword: 'type',
                                                                                  params: {
                                                                                    type: 'array',
                                                                                  },
                                                                                  message:
                                                                                    'must be array',
                                                                                },
                                                                              ];
                                                                              return false;
                                                                            }
                                                                          }
                                                                          var valid6 =
                                                                            _errs72 === errors;
                                                                        } else {
                                                                          var valid6 = true;
                                                                        }
                                                                        if (valid6) {
                                                                          if (
                                                                            data12.permissions !==
                                                                            undefined
                                                                          ) {
                                                                            let data38 =
                                                                              data12.permissions;
                                                                            const _errs78 = errors;
                                                                            if (
                                                                              errors === _errs78
                                                                            ) {
                                                                              if (
                                                                                Array.isArray(
                                                                                  data38,
                                                                                )
                                                                              ) {
                                                                                var valid10 = true;
                                                                                const len5 =
                                                                                  data38.length;
                                                                                for (
                                                                                  let i5 = 0;
                                                                                  i5 < len5;
                                                                                  i5++
                                                                                ) {
                                                                                  const _errs80 =
                                                                                    errors;
                                                                                  if (
                                                                                    typeof data38[
                                                                                      i5
                                                                                    ] !== 'string'
                                                                                  ) {
                                                                                    validate10.errors =
                                                                                      [
                                                                                        {
                                                                                          instancePath:
                                                                                            instancePath +
                                                                                            '/symbols/' +
                                                                                            i2 +
                                                                                            '/permissions/' +
                                                                                            i5,
                                                                                          schemaPath:
                                                                                            '#/properties/symbols/items/properties/permissions/items/type',
                                                                                          keyword:
                                                                                            'type',
                                                                                          params: {
                                                                                            type: 'string',
                                                                                          },
                                                                                          message:
                                                                                            'must be string',
                                                                                        },
                                                                                      ];
                                                                                    return false;
                                                                                  }
                                                                                  var valid10 =
                                                                                    _errs80 ===
                                                                                    errors;
                                                                                  if (!valid10) {
                                                                                    break;
                                                                                  }
                                                                                }
                                                                              } else {
                                                                                validate10.errors =
                                                                                  [
                                                                                    {
                                                                                      instancePath:
                                                                                        instancePath +
                                                                                        '/symbols/' +
                                                                                        i2 +
                                                                                        '/permissions',
                                                                                      schemaPath:
                                                                                        '#/properties/symbols/items/properties/permissions/type',
                                                                                      keyword:
                                                                                        'type',
                                                                                      params: {
                                                                                        type: 'array',
                                                                                      },
                                                                                      message:
                                                                                        'must be array',
                                                                                    },
                                                                                  ];
                                                                                return false;
                                                                              }
                                                                            }
                                                                            var valid6 =
                                                                              _errs78 === errors;
                                                                          } else {
                                                                            var valid6 = true;
                                                                          }
                                                                          if (valid6) {
                                                                            if (
                                                                              data12.permissionSets !==
                                                                              undefined
                                                                            ) {
                                                                              let data40 =
                                                                                data12.permissionSets;
                                                                              const _errs82 =
                                                                                errors;
                                                                              if (
                                                                                errors === _errs82
                                                                              ) {
                                                                                if (
                                                                                  Array.isArray(
                                                                                    data40,
                                                                                  )
                                                                                ) {
                                                                                  var valid11 = true;
                                                                                  const len6 =
                                                                                    data40.length;
                                                                                  for (
                                                                                    let i6 = 0;
                                                                                    i6 < len6;
                                                                                    i6++
                                                                                  ) {
                                                                                    let data41 =
                                                                                      data40[i6];
                                                                                    const _errs84 =
                                                                                      errors;
                                                                                    if (
                                                                                      errors ===
                                                                                      _errs84
                                                                                    ) {
                                                                                      if (
                                                                                        Array.isArray(
                                                                                          data41,
                                                                                        )
                                                                                      ) {
                                                                                        var valid12 = true;
                                                                                        const len7 =
                                                                                          data41.length;
                                                                                        for (
                                                                                          let i7 = 0;
                                                                                          i7 < len7;
                                                                                          i7++
                                                                                        ) {
                                                                                          const _errs86 =
                                                                                            errors;
                                                                                          if (
                                                                                            typeof data41[
                                                                                              i7
                                                                                            ] !==
                                                                                            'string'
                                                                                          ) {
                                                                                            validate10.errors =
                                                                                              [
                                                                                                {
                                                                                                  instancePath:
                                                                                                    instancePath +
                                                                                                    '/symbols/' +
                                                                                                    i2 +
                                                                                                    '/permissionSets/' +
                                                                                                    i6 +
                                                                                                    '/' +
                                                                                                    i7,
                                                                                                  schemaPath:
                                                                                                    '#/properties/symbols/items/properties/permissionSets/items/items/type',
                                                                                                  keyword:
                                                                                                    'type',
                                                                                                  params:
                                                                                                    {
                                                                                                      type: 'string',
                                                                                                    },
                                                                                                  message:
                                                                                                    'must be string',
                                                                                                },
                                                                                              ];
                                                                                            return false;
                                                                                          }
                                                                                          var valid12 =
                                                                                            _errs86 ===
                                                                                            errors;
                                                                                          if (
                                                                                            !valid12
                                                                                          ) {
                                                                                            break;
                                                                                          }
                                                                                        }
                                                                                      } else {
                                                                                        validate10.errors =
                                                                                          [
                                                                                            {
                                                                                              instancePath:
                                                                                                instancePath +
                                                                                                '/symbols/' +
                                                                                                i2 +
                                                                                                '/permissionSets/' +
                                                                                                i6,
                                                                                              schemaPath:
                                                                                                '#/properties/symbols/items/properties/permissionSets/items/type',
                                                                                              keyword:
                                                                                                'type',
                                                                                              params:
                                                                                                {
                                                                                                  type: 'array',
                                                                                                },
                                                                                              message:
                                                                                                'must be array',
                                                                                            },
                                                                                          ];
                                                                                        return false;
                                                                                      }
                                                                                    }
                                                                                    var valid11 =
                                                                                      _errs84 ===
                                                                                      errors;
                                                                                    if (!valid11) {
                                                                                      break;
                                                                                    }
                                                                                  }
                                                                                } else {
                                                                                  validate10.errors =
                                                                                    [
                                                                                      {
                                                                                        instancePath:
                                                                                          instancePath +
                                                                                          '/symbols/' +
                                                                                          i2 +
                                                                                          '/permissionSets',
                                                                                        schemaPath:
                                                                                          '#/properties/symbols/items/properties/permissionSets/type',
                                                                                        keyword:
                                                                                          'type',
                                                                                        params: {
                                                                                          type: 'array',
                                                                                        },
                                                                                        message:
                                                                                          'must be array',
                                                                                      },
                                                                                    ];
                                                                                  return false;
                                                                                }
                                                                              }
                                                                              var valid6 =
                                                                                _errs82 === errors;
                                                                            } else {
                                                                              var valid6 = true;
                                                                            }
                                                                            if (valid6) {
                                                                              if (
                                                                                data12.defaultSelfTradePreventionMode !==
                                                                                undefined
                                                                              ) {
                                                                                const _errs88 =
                                                                                  errors;
                                                                                if (
                                                                                  typeof data12.defaultSelfTradePreventionMode !==
                                                                                  'string'
                                                                                ) {
                                                                                  validate10.errors =
                                                                                    [
                                                                                      {
                                                                                        instancePath:
                                                                                          instancePath +
                                                                                          '/symbols/' +
                                                                                          i2 +
                                                                                          '/defaultSelfTradePreventionMode',
                                                                                        schemaPath:
                                                                                          '#/properties/symbols/items/properties/defaultSelfTradePreventionMode/type',
                                                                                        keyword:
                                                                                          'type',
                                                                                        params: {
                                                                                          type: 'string',
                                                                                        },
                                                                                        message:
                                                                                          'must be string',
                                                                                      },
                                                                                    ];
                                                                                  return false;
                                                                                }
                                                                                var valid6 =
                                                                                  _errs88 ===
                                                                                  errors;
                                                                              } else {
                                                                                var valid6 = true;
                                                                              }
                                                                              if (valid6) {
                                                                                if (
                                                                                  data12.allowedSelfTradePreventionModes !==
                                                                                  undefined
                                                                                ) {
                                                                                  let data44 =
                                                                                    data12.allowedSelfTradePreventionModes;
                                                                                  const _errs90 =
                                                                                    errors;
                                                                                  if (
                                                                                    errors ===
                                                                                    _errs90
                                                                                  ) {
                                                                                    if (
                                                                                      Array.isArray(
                                                                                        data44,
                                                                                      )
                                                                                    ) {
                                                                                      var valid13 = true;
                                                                                      const len8 =
                                                                                        data44.length;
                                                                                      for (
                                                                                        let i8 = 0;
                                                                                        i8 < len8;
                                                                                        i8++
                                                                                      ) {
                                                                                        const _errs92 =
                                                                                          errors;
                                                                                        if (
                                                                                          typeof data44[
                                                                                            i8
                                                                                          ] !==
                                                                                          'string'
                                                                                        ) {
                                                                                          validate10.errors =
                                                                                            [
                                                                                              {
                                                                                                instancePath:
                                                                                                  instancePath +
                                                                                                  '/symbols/' +
                                                                                                  i2 +
                                                                                                  '/allowedSelfTradePreventionModes/' +
                                                                                                  i8,
                                                                                                schemaPath:
                                                                                                  '#/properties/symbols/items/properties/allowedSelfTradePreventionModes/items/type',
                                                                                                keyword:
                                                                                                  'type',
                                                                                                params:
                                                                                                  {
                                                                                                    type: 'string',
                                                                                                  },
                                                                                                message:
                                                                                                  'must be string',
                                                                                              },
                                                                                            ];
                                                                                          return false;
                                                                                        }
                                                                                        var valid13 =
                                                                                          _errs92 ===
                                                                                          errors;
                                                                                        if (
                                                                                          !valid13
                                                                                        ) {
                                                                                          break;
                                                                                        }
                                                                                      }
                                                                                    } else {
                                                                                      validate10.errors =
                                                                                        [
                                                                                          {
                                                                                            instancePath:
                                                                                              instancePath +
                                                                                              '/symbols/' +
                                                                                              i2 +
                                                                                              '/allowedSelfTradePreventionModes',
                                                                                            schemaPath:
                                                                                              '#/properties/symbols/items/properties/allowedSelfTradePreventionModes/type',
                                                                                            keyword:
                                                                                              'type',
                                                                                            params:
                                                                                              {
                                                                                                type: 'array',
                                                                                              },
                                                                                            message:
                                                                                              'must be array',
                                                                                          },
                                                                                        ];
                                                                                      return false;
                                                                                    }
                                                                                  }
                                                                                  var valid6 =
                                                                                    _errs90 ===
                                                                                    errors;
                                                                                } else {
                                                                                  var valid6 = true;
                                                                                }
                                                                              }
                                                                            }
                                                                          }
                                                                        }
                                                                      }
                                                                    }
                                                                  }
                                                                }
                                                              }
                                                            }
                                                          }
                                                        }
                                                      }
                                                    }
                                                  }
                                                }
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  }
                                }
                              }
                            }
                          } else {
                            validate10.errors = [
                              {
                                instancePath: instancePath + '/symbols/' + i2,
                                schemaPath: '#/properties/symbols/items/type',
                                keyword: 'type',
                                params: { type: 'object' },
                                message: 'must be object',
                              },
                            ];
                            return false;
                          }
                        }
                        var valid5 = _errs26 === errors;
                        if (!valid5) {
                          break;
                        }
                      }
                    } else {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/symbols',
                          schemaPath: '#/properties/symbols/type',
                          keyword: 'type',
                          params: { type: 'array' },
                          message: 'must be array',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs24 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.sors !== undefined) {
                    let data46 = data.sors;
                    const _errs94 = errors;
                    if (errors === _errs94) {
                      if (Array.isArray(data46)) {
                        var valid14 = true;
                        const len9 = data46.length;
                        for (let i9 = 0; i9 < len9; i9++) {
                          let data47 = data46[i9];
                          const _errs96 = errors;
                          if (errors === _errs96) {
                            if (data47 && typeof data47 == 'object' && !Array.isArray(data47)) {
                              let missing5;
                              if (
                                (data47.baseAsset === undefined && (missing5 = 'baseAsset')) ||
                                (data47.symbols === undefined && (missing5 = 'symbols'))
                              ) {
                                validate10.errors = [
                                  {
                                    instancePath: instancePath + '/sors/' + i9,
                                    schemaPath: '#/properties/sors/items/required',
                                    keyword: 'required',
                                    params: { missingProperty: missing5 },
                                    message: "must have required property '" + missing5 + "'",
                                  },
                                ];
                                return false;
                              } else {
                                if (data47.baseAsset !== undefined) {
                                  const _errs98 = errors;
                                  if (typeof data47.baseAsset !== 'string') {
                                    validate10.errors = [
                                      {
                                        instancePath: instancePath + '/sors/' + i9 + '/baseAsset',
                                        schemaPath:
                                          '#/properties/sors/items/properties/baseAsset/type',
                                        keyword: 'type',
                                        params: { type: 'string' },
                                        message: 'must be string',
                                      },
                                    ];
                                    return false;
                                  }
                                  var valid15 = _errs98 === errors;
                                } else {
                                  var valid15 = true;
                                }
                                if (valid15) {
                                  if (data47.symbols !== undefined) {
                                    let data49 = data47.symbols;
                                    const _errs100 = errors;
                                    if (errors === _errs100) {
                                      if (Array.isArray(data49)) {
                                        var valid16 = true;
                                        const len10 = data49.length;
                                        for (let i10 = 0; i10 < len10; i10++) {
                                          const _errs102 = errors;
                                          if (typeof data49[i10] !== 'string') {
                                            validate10.errors = [
                                              {
                                                instancePath:
                                                  instancePath + '/sors/' + i9 + '/symbols/' + i10,
                                                schemaPath:
                                                  '#/properties/sors/items/properties/symbols/items/type',
                                                keyword: 'type',
                                                params: { type: 'string' },
                                                message: 'must be string',
                                              },
                                            ];
                                            return false;
                                          }
                                          var valid16 = _errs102 === errors;
                                          if (!valid16) {
                                            break;
                                          }
                                        }
                                      } else {
                                        validate10.errors = [
                                          {
                                            instancePath: instancePath + '/sors/' + i9 + '/symbols',
                                            schemaPath:
                                              '#/properties/sors/items/properties/symbols/type',
                                            keyword: 'type',
                                            params: { type: 'array' },
                                            message: 'must be array',
                                          },
                                        ];
                                        return false;
                                      }
                                    }
                                    var valid15 = _errs100 === errors;
                                  } else {
                                    var valid15 = true;
                                  }
                                }
                              }
                            } else {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/sors/' + i9,
                                  schemaPath: '#/properties/sors/items/type',
                                  keyword: 'type',
                                  params: { type: 'object' },
                                  message: 'must be object',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid14 = _errs96 === errors;
                          if (!valid14) {
                            break;
                          }
                        }
                      } else {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/sors',
                            schemaPath: '#/properties/sors/type',
                            keyword: 'type',
                            params: { type: 'array' },
                            message: 'must be array',
                          },
                        ];
                        return false;
                      }
                    }
                    var valid0 = _errs94 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate10.errors = [
        {
          instancePath,
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
