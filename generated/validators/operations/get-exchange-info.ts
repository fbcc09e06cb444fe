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
  required: ['timezone', 'serverTime', 'rateLimits', 'exchangeFilters', 'symbols'],
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
          'quoteOrderQtyMarketAllowed',
          'allowTrailingStop',
          'cancelReplaceAllowed',
          'isSpotTradingAllowed',
          'isMarginTradingAllowed',
          'filters',
          'permissions',
          'defaultSelfTradePreventionMode',
          'allowedSelfTradePreventionModes',
        ],
        properties: {
          symbol: { description: 'Symbol.', type: 'string' },
          status: {
            description:
              'Trading status (enums.md > Symbol status: TRADING, END_OF_DAY, HALT, BREAK, CANCEL_ONLY).',
            type: 'string',
          },
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
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.timezone === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'timezone' },
        message: "must have required property '" + 'timezone' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.serverTime === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'serverTime' },
        message: "must have required property '" + 'serverTime' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.rateLimits === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'rateLimits' },
        message: "must have required property '" + 'rateLimits' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.exchangeFilters === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'exchangeFilters' },
        message: "must have required property '" + 'exchangeFilters' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.symbols === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'symbols' },
        message: "must have required property '" + 'symbols' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.timezone !== undefined) {
      if (typeof data.timezone !== 'string') {
        const err5 = {
          instancePath: instancePath + '/timezone',
          schemaPath: '#/properties/timezone/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.serverTime !== undefined) {
      let data1 = data.serverTime;
      if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
        const err6 = {
          instancePath: instancePath + '/serverTime',
          schemaPath: '#/properties/serverTime/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.rateLimits !== undefined) {
      let data2 = data.rateLimits;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (data3 && typeof data3 == 'object' && !Array.isArray(data3)) {
            if (data3.rateLimitType === undefined) {
              const err7 = {
                instancePath: instancePath + '/rateLimits/' + i0,
                schemaPath: '#/properties/rateLimits/items/required',
                keyword: 'required',
                params: { missingProperty: 'rateLimitType' },
                message: "must have required property '" + 'rateLimitType' + "'",
              };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
            if (data3.interval === undefined) {
              const err8 = {
                instancePath: instancePath + '/rateLimits/' + i0,
                schemaPath: '#/properties/rateLimits/items/required',
                keyword: 'required',
                params: { missingProperty: 'interval' },
                message: "must have required property '" + 'interval' + "'",
              };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
            if (data3.intervalNum === undefined) {
              const err9 = {
                instancePath: instancePath + '/rateLimits/' + i0,
                schemaPath: '#/properties/rateLimits/items/required',
                keyword: 'required',
                params: { missingProperty: 'intervalNum' },
                message: "must have required property '" + 'intervalNum' + "'",
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            if (data3.limit === undefined) {
              const err10 = {
                instancePath: instancePath + '/rateLimits/' + i0,
                schemaPath: '#/properties/rateLimits/items/required',
                keyword: 'required',
                params: { missingProperty: 'limit' },
                message: "must have required property '" + 'limit' + "'",
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
            if (data3.rateLimitType !== undefined) {
              if (typeof data3.rateLimitType !== 'string') {
                const err11 = {
                  instancePath: instancePath + '/rateLimits/' + i0 + '/rateLimitType',
                  schemaPath: '#/properties/rateLimits/items/properties/rateLimitType/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              }
            }
            if (data3.interval !== undefined) {
              if (typeof data3.interval !== 'string') {
                const err12 = {
                  instancePath: instancePath + '/rateLimits/' + i0 + '/interval',
                  schemaPath: '#/properties/rateLimits/items/properties/interval/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err12];
                } else {
                  vErrors.push(err12);
                }
                errors++;
              }
            }
            if (data3.intervalNum !== undefined) {
              let data6 = data3.intervalNum;
              if (!(typeof data6 == 'number' && !(data6 % 1) && !isNaN(data6) && isFinite(data6))) {
                const err13 = {
                  instancePath: instancePath + '/rateLimits/' + i0 + '/intervalNum',
                  schemaPath: '#/properties/rateLimits/items/properties/intervalNum/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data3.limit !== undefined) {
              let data7 = data3.limit;
              if (!(typeof data7 == 'number' && !(data7 % 1) && !isNaN(data7) && isFinite(data7))) {
                const err14 = {
                  instancePath: instancePath + '/rateLimits/' + i0 + '/limit',
                  schemaPath: '#/properties/rateLimits/items/properties/limit/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err14];
                } else {
                  vErrors.push(err14);
                }
                errors++;
              }
            }
          } else {
            const err15 = {
              instancePath: instancePath + '/rateLimits/' + i0,
              schemaPath: '#/properties/rateLimits/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/rateLimits',
          schemaPath: '#/properties/rateLimits/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.exchangeFilters !== undefined) {
      let data8 = data.exchangeFilters;
      if (Array.isArray(data8)) {
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (data9 && typeof data9 == 'object' && !Array.isArray(data9)) {
            if (data9.filterType === undefined) {
              const err17 = {
                instancePath: instancePath + '/exchangeFilters/' + i1,
                schemaPath: '#/properties/exchangeFilters/items/required',
                keyword: 'required',
                params: { missingProperty: 'filterType' },
                message: "must have required property '" + 'filterType' + "'",
              };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
            if (data9.filterType !== undefined) {
              if (typeof data9.filterType !== 'string') {
                const err18 = {
                  instancePath: instancePath + '/exchangeFilters/' + i1 + '/filterType',
                  schemaPath: '#/properties/exchangeFilters/items/properties/filterType/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
          } else {
            const err19 = {
              instancePath: instancePath + '/exchangeFilters/' + i1,
              schemaPath: '#/properties/exchangeFilters/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/exchangeFilters',
          schemaPath: '#/properties/exchangeFilters/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.symbols !== undefined) {
      let data11 = data.symbols;
      if (Array.isArray(data11)) {
        const len2 = data11.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data12 = data11[i2];
          if (data12 && typeof data12 == 'object' && !Array.isArray(data12)) {
            if (data12.symbol === undefined) {
              const err21 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'symbol' },
                message: "must have required property '" + 'symbol' + "'",
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            if (data12.status === undefined) {
              const err22 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'status' },
                message: "must have required property '" + 'status' + "'",
              };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
            if (data12.baseAsset === undefined) {
              const err23 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'baseAsset' },
                message: "must have required property '" + 'baseAsset' + "'",
              };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
            if (data12.baseAssetPrecision === undefined) {
              const err24 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'baseAssetPrecision' },
                message: "must have required property '" + 'baseAssetPrecision' + "'",
              };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
            if (data12.quoteAsset === undefined) {
              const err25 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'quoteAsset' },
                message: "must have required property '" + 'quoteAsset' + "'",
              };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
            if (data12.quotePrecision === undefined) {
              const err26 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'quotePrecision' },
                message: "must have required property '" + 'quotePrecision' + "'",
              };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data12.quoteAssetPrecision === undefined) {
              const err27 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'quoteAssetPrecision' },
                message: "must have required property '" + 'quoteAssetPrecision' + "'",
              };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
            if (data12.baseCommissionPrecision === undefined) {
              const err28 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'baseCommissionPrecision' },
                message: "must have required property '" + 'baseCommissionPrecision' + "'",
              };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
            if (data12.quoteCommissionPrecision === undefined) {
              const err29 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'quoteCommissionPrecision' },
                message: "must have required property '" + 'quoteCommissionPrecision' + "'",
              };
              if (vErrors === null) {
                vErrors = [err29];
              } else {
                vErrors.push(err29);
              }
              errors++;
            }
            if (data12.orderTypes === undefined) {
              const err30 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'orderTypes' },
                message: "must have required property '" + 'orderTypes' + "'",
              };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
            if (data12.icebergAllowed === undefined) {
              const err31 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'icebergAllowed' },
                message: "must have required property '" + 'icebergAllowed' + "'",
              };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
            if (data12.ocoAllowed === undefined) {
              const err32 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'ocoAllowed' },
                message: "must have required property '" + 'ocoAllowed' + "'",
              };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
            if (data12.quoteOrderQtyMarketAllowed === undefined) {
              const err33 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'quoteOrderQtyMarketAllowed' },
                message: "must have required property '" + 'quoteOrderQtyMarketAllowed' + "'",
              };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
            if (data12.allowTrailingStop === undefined) {
              const err34 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'allowTrailingStop' },
                message: "must have required property '" + 'allowTrailingStop' + "'",
              };
              if (vErrors === null) {
                vErrors = [err34];
              } else {
                vErrors.push(err34);
              }
              errors++;
            }
            if (data12.cancelReplaceAllowed === undefined) {
              const err35 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'cancelReplaceAllowed' },
                message: "must have required property '" + 'cancelReplaceAllowed' + "'",
              };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
            if (data12.isSpotTradingAllowed === undefined) {
              const err36 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'isSpotTradingAllowed' },
                message: "must have required property '" + 'isSpotTradingAllowed' + "'",
              };
              if (vErrors === null) {
                vErrors = [err36];
              } else {
                vErrors.push(err36);
              }
              errors++;
            }
            if (data12.isMarginTradingAllowed === undefined) {
              const err37 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'isMarginTradingAllowed' },
                message: "must have required property '" + 'isMarginTradingAllowed' + "'",
              };
              if (vErrors === null) {
                vErrors = [err37];
              } else {
                vErrors.push(err37);
              }
              errors++;
            }
            if (data12.filters === undefined) {
              const err38 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'filters' },
                message: "must have required property '" + 'filters' + "'",
              };
              if (vErrors === null) {
                vErrors = [err38];
              } else {
                vErrors.push(err38);
              }
              errors++;
            }
            if (data12.permissions === undefined) {
              const err39 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'permissions' },
                message: "must have required property '" + 'permissions' + "'",
              };
              if (vErrors === null) {
                vErrors = [err39];
              } else {
                vErrors.push(err39);
              }
              errors++;
            }
            if (data12.defaultSelfTradePreventionMode === undefined) {
              const err40 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'defaultSelfTradePreventionMode' },
                message: "must have required property '" + 'defaultSelfTradePreventionMode' + "'",
              };
              if (vErrors === null) {
                vErrors = [err40];
              } else {
                vErrors.push(err40);
              }
              errors++;
            }
            if (data12.allowedSelfTradePreventionModes === undefined) {
              const err41 = {
                instancePath: instancePath + '/symbols/' + i2,
                schemaPath: '#/properties/symbols/items/required',
                keyword: 'required',
                params: { missingProperty: 'allowedSelfTradePreventionModes' },
                message: "must have required property '" + 'allowedSelfTradePreventionModes' + "'",
              };
              if (vErrors === null) {
                vErrors = [err41];
              } else {
                vErrors.push(err41);
              }
              errors++;
            }
            if (data12.symbol !== undefined) {
              if (typeof data12.symbol !== 'string') {
                const err42 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/symbol',
                  schemaPath: '#/properties/symbols/items/properties/symbol/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err42];
                } else {
                  vErrors.push(err42);
                }
                errors++;
              }
            }
            if (data12.status !== undefined) {
              if (typeof data12.status !== 'string') {
                const err43 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/status',
                  schemaPath: '#/properties/symbols/items/properties/status/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err43];
                } else {
                  vErrors.push(err43);
                }
                errors++;
              }
            }
            if (data12.baseAsset !== undefined) {
              if (typeof data12.baseAsset !== 'string') {
                const err44 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/baseAsset',
                  schemaPath: '#/properties/symbols/items/properties/baseAsset/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err44];
                } else {
                  vErrors.push(err44);
                }
                errors++;
              }
            }
            if (data12.baseAssetPrecision !== undefined) {
              let data16 = data12.baseAssetPrecision;
              if (!(
                typeof data16 == 'number' &&
                !(data16 % 1) &&
                !isNaN(data16) &&
                isFinite(data16)
              )) {
                const err45 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/baseAssetPrecision',
                  schemaPath: '#/properties/symbols/items/properties/baseAssetPrecision/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err45];
                } else {
                  vErrors.push(err45);
                }
                errors++;
              }
            }
            if (data12.quoteAsset !== undefined) {
              if (typeof data12.quoteAsset !== 'string') {
                const err46 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/quoteAsset',
                  schemaPath: '#/properties/symbols/items/properties/quoteAsset/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err46];
                } else {
                  vErrors.push(err46);
                }
                errors++;
              }
            }
            if (data12.quotePrecision !== undefined) {
              let data18 = data12.quotePrecision;
              if (!(
                typeof data18 == 'number' &&
                !(data18 % 1) &&
                !isNaN(data18) &&
                isFinite(data18)
              )) {
                const err47 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/quotePrecision',
                  schemaPath: '#/properties/symbols/items/properties/quotePrecision/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err47];
                } else {
                  vErrors.push(err47);
                }
                errors++;
              }
            }
            if (data12.quoteAssetPrecision !== undefined) {
              let data19 = data12.quoteAssetPrecision;
              if (!(
                typeof data19 == 'number' &&
                !(data19 % 1) &&
                !isNaN(data19) &&
                isFinite(data19)
              )) {
                const err48 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/quoteAssetPrecision',
                  schemaPath: '#/properties/symbols/items/properties/quoteAssetPrecision/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err48];
                } else {
                  vErrors.push(err48);
                }
                errors++;
              }
            }
            if (data12.baseCommissionPrecision !== undefined) {
              let data20 = data12.baseCommissionPrecision;
              if (!(
                typeof data20 == 'number' &&
                !(data20 % 1) &&
                !isNaN(data20) &&
                isFinite(data20)
              )) {
                const err49 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/baseCommissionPrecision',
                  schemaPath: '#/properties/symbols/items/properties/baseCommissionPrecision/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err49];
                } else {
                  vErrors.push(err49);
                }
                errors++;
              }
            }
            if (data12.quoteCommissionPrecision !== undefined) {
              let data21 = data12.quoteCommissionPrecision;
              if (!(
                typeof data21 == 'number' &&
                !(data21 % 1) &&
                !isNaN(data21) &&
                isFinite(data21)
              )) {
                const err50 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/quoteCommissionPrecision',
                  schemaPath: '#/properties/symbols/items/properties/quoteCommissionPrecision/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            }
            if (data12.orderTypes !== undefined) {
              let data22 = data12.orderTypes;
              if (Array.isArray(data22)) {
                const len3 = data22.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  if (typeof data22[i3] !== 'string') {
                    const err51 = {
                      instancePath: instancePath + '/symbols/' + i2 + '/orderTypes/' + i3,
                      schemaPath: '#/properties/symbols/items/properties/orderTypes/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err51];
                    } else {
                      vErrors.push(err51);
                    }
                    errors++;
                  }
                }
              } else {
                const err52 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/orderTypes',
                  schemaPath: '#/properties/symbols/items/properties/orderTypes/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            }
            if (data12.icebergAllowed !== undefined) {
              if (typeof data12.icebergAllowed !== 'boolean') {
                const err53 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/icebergAllowed',
                  schemaPath: '#/properties/symbols/items/properties/icebergAllowed/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err53];
                } else {
                  vErrors.push(err53);
                }
                errors++;
              }
            }
            if (data12.ocoAllowed !== undefined) {
              if (typeof data12.ocoAllowed !== 'boolean') {
                const err54 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/ocoAllowed',
                  schemaPath: '#/properties/symbols/items/properties/ocoAllowed/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            }
            if (data12.otoAllowed !== undefined) {
              if (typeof data12.otoAllowed !== 'boolean') {
                const err55 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/otoAllowed',
                  schemaPath: '#/properties/symbols/items/properties/otoAllowed/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err55];
                } else {
                  vErrors.push(err55);
                }
                errors++;
              }
            }
            if (data12.opoAllowed !== undefined) {
              if (typeof data12.opoAllowed !== 'boolean') {
                const err56 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/opoAllowed',
                  schemaPath: '#/properties/symbols/items/properties/opoAllowed/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            }
            if (data12.quoteOrderQtyMarketAllowed !== undefined) {
              if (typeof data12.quoteOrderQtyMarketAllowed !== 'boolean') {
                const err57 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/quoteOrderQtyMarketAllowed',
                  schemaPath:
                    '#/properties/symbols/items/properties/quoteOrderQtyMarketAllowed/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err57];
                } else {
                  vErrors.push(err57);
                }
                errors++;
              }
            }
            if (data12.allowTrailingStop !== undefined) {
              if (typeof data12.allowTrailingStop !== 'boolean') {
                const err58 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/allowTrailingStop',
                  schemaPath: '#/properties/symbols/items/properties/allowTrailingStop/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            }
            if (data12.cancelReplaceAllowed !== undefined) {
              if (typeof data12.cancelReplaceAllowed !== 'boolean') {
                const err59 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/cancelReplaceAllowed',
                  schemaPath: '#/properties/symbols/items/properties/cancelReplaceAllowed/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err59];
                } else {
                  vErrors.push(err59);
                }
                errors++;
              }
            }
            if (data12.amendAllowed !== undefined) {
              if (typeof data12.amendAllowed !== 'boolean') {
                const err60 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/amendAllowed',
                  schemaPath: '#/properties/symbols/items/properties/amendAllowed/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            }
            if (data12.pegInstructionsAllowed !== undefined) {
              if (typeof data12.pegInstructionsAllowed !== 'boolean') {
                const err61 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/pegInstructionsAllowed',
                  schemaPath: '#/properties/symbols/items/properties/pegInstructionsAllowed/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err61];
                } else {
                  vErrors.push(err61);
                }
                errors++;
              }
            }
            if (data12.isSpotTradingAllowed !== undefined) {
              if (typeof data12.isSpotTradingAllowed !== 'boolean') {
                const err62 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/isSpotTradingAllowed',
                  schemaPath: '#/properties/symbols/items/properties/isSpotTradingAllowed/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            }
            if (data12.isMarginTradingAllowed !== undefined) {
              if (typeof data12.isMarginTradingAllowed !== 'boolean') {
                const err63 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/isMarginTradingAllowed',
                  schemaPath: '#/properties/symbols/items/properties/isMarginTradingAllowed/type',
                  keyword: 'type',
                  params: { type: 'boolean' },
                  message: 'must be boolean',
                };
                if (vErrors === null) {
                  vErrors = [err63];
                } else {
                  vErrors.push(err63);
                }
                errors++;
              }
            }
            if (data12.filters !== undefined) {
              let data35 = data12.filters;
              if (Array.isArray(data35)) {
                const len4 = data35.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data36 = data35[i4];
                  if (data36 && typeof data36 == 'object' && !Array.isArray(data36)) {
                    if (data36.filterType === undefined) {
                      const err64 = {
                        instancePath: instancePath + '/symbols/' + i2 + '/filters/' + i4,
                        schemaPath: '#/properties/symbols/items/properties/filters/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'filterType' },
                        message: "must have required property '" + 'filterType' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err64];
                      } else {
                        vErrors.push(err64);
                      }
                      errors++;
                    }
                    if (data36.filterType !== undefined) {
                      if (typeof data36.filterType !== 'string') {
                        const err65 = {
                          instancePath:
                            instancePath + '/symbols/' + i2 + '/filters/' + i4 + '/filterType',
                          schemaPath:
                            '#/properties/symbols/items/properties/filters/items/properties/filterType/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err65];
                        } else {
                          vErrors.push(err65);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err66 = {
                      instancePath: instancePath + '/symbols/' + i2 + '/filters/' + i4,
                      schemaPath: '#/properties/symbols/items/properties/filters/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
                    };
                    if (vErrors === null) {
                      vErrors = [err66];
                    } else {
                      vErrors.push(err66);
                    }
                    errors++;
                  }
                }
              } else {
                const err67 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/filters',
                  schemaPath: '#/properties/symbols/items/properties/filters/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err67];
                } else {
                  vErrors.push(err67);
                }
                errors++;
              }
            }
            if (data12.permissions !== undefined) {
              let data38 = data12.permissions;
              if (Array.isArray(data38)) {
                const len5 = data38.length;
                for (let i5 = 0; i5 < len5; i5++) {
                  if (typeof data38[i5] !== 'string') {
                    const err68 = {
                      instancePath: instancePath + '/symbols/' + i2 + '/permissions/' + i5,
                      schemaPath: '#/properties/symbols/items/properties/permissions/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err68];
                    } else {
                      vErrors.push(err68);
                    }
                    errors++;
                  }
                }
              } else {
                const err69 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/permissions',
                  schemaPath: '#/properties/symbols/items/properties/permissions/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err69];
                } else {
                  vErrors.push(err69);
                }
                errors++;
              }
            }
            if (data12.permissionSets !== undefined) {
              let data40 = data12.permissionSets;
              if (Array.isArray(data40)) {
                const len6 = data40.length;
                for (let i6 = 0; i6 < len6; i6++) {
                  let data41 = data40[i6];
                  if (Array.isArray(data41)) {
                    const len7 = data41.length;
                    for (let i7 = 0; i7 < len7; i7++) {
                      if (typeof data41[i7] !== 'string') {
                        const err70 = {
                          instancePath:
                            instancePath + '/symbols/' + i2 + '/permissionSets/' + i6 + '/' + i7,
                          schemaPath:
                            '#/properties/symbols/items/properties/permissionSets/items/items/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err70];
                        } else {
                          vErrors.push(err70);
                        }
                        errors++;
                      }
                    }
                  } else {
                    const err71 = {
                      instancePath: instancePath + '/symbols/' + i2 + '/permissionSets/' + i6,
                      schemaPath: '#/properties/symbols/items/properties/permissionSets/items/type',
                      keyword: 'type',
                      params: { type: 'array' },
                      message: 'must be array',
                    };
                    if (vErrors === null) {
                      vErrors = [err71];
                    } else {
                      vErrors.push(err71);
                    }
                    errors++;
                  }
                }
              } else {
                const err72 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/permissionSets',
                  schemaPath: '#/properties/symbols/items/properties/permissionSets/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            }
            if (data12.defaultSelfTradePreventionMode !== undefined) {
              if (typeof data12.defaultSelfTradePreventionMode !== 'string') {
                const err73 = {
                  instancePath: instancePath + '/symbols/' + i2 + '/defaultSelfTradePreventionMode',
                  schemaPath:
                    '#/properties/symbols/items/properties/defaultSelfTradePreventionMode/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err73];
                } else {
                  vErrors.push(err73);
                }
                errors++;
              }
            }
            if (data12.allowedSelfTradePreventionModes !== undefined) {
              let data44 = data12.allowedSelfTradePreventionModes;
              if (Array.isArray(data44)) {
                const len8 = data44.length;
                for (let i8 = 0; i8 < len8; i8++) {
                  if (typeof data44[i8] !== 'string') {
                    const err74 = {
                      instancePath:
                        instancePath + '/symbols/' + i2 + '/allowedSelfTradePreventionModes/' + i8,
                      schemaPath:
                        '#/properties/symbols/items/properties/allowedSelfTradePreventionModes/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err74];
                    } else {
                      vErrors.push(err74);
                    }
                    errors++;
                  }
                }
              } else {
                const err75 = {
                  instancePath:
                    instancePath + '/symbols/' + i2 + '/allowedSelfTradePreventionModes',
                  schemaPath:
                    '#/properties/symbols/items/properties/allowedSelfTradePreventionModes/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err75];
                } else {
                  vErrors.push(err75);
                }
                errors++;
              }
            }
          } else {
            const err76 = {
              instancePath: instancePath + '/symbols/' + i2,
              schemaPath: '#/properties/symbols/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err76];
            } else {
              vErrors.push(err76);
            }
            errors++;
          }
        }
      } else {
        const err77 = {
          instancePath: instancePath + '/symbols',
          schemaPath: '#/properties/symbols/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err77];
        } else {
          vErrors.push(err77);
        }
        errors++;
      }
    }
    if (data.sors !== undefined) {
      let data46 = data.sors;
      if (Array.isArray(data46)) {
        const len9 = data46.length;
        for (let i9 = 0; i9 < len9; i9++) {
          let data47 = data46[i9];
          if (data47 && typeof data47 == 'object' && !Array.isArray(data47)) {
            if (data47.baseAsset === undefined) {
              const err78 = {
                instancePath: instancePath + '/sors/' + i9,
                schemaPath: '#/properties/sors/items/required',
                keyword: 'required',
                params: { missingProperty: 'baseAsset' },
                message: "must have required property '" + 'baseAsset' + "'",
              };
              if (vErrors === null) {
                vErrors = [err78];
              } else {
                vErrors.push(err78);
              }
              errors++;
            }
            if (data47.symbols === undefined) {
              const err79 = {
                instancePath: instancePath + '/sors/' + i9,
                schemaPath: '#/properties/sors/items/required',
                keyword: 'required',
                params: { missingProperty: 'symbols' },
                message: "must have required property '" + 'symbols' + "'",
              };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
            if (data47.baseAsset !== undefined) {
              if (typeof data47.baseAsset !== 'string') {
                const err80 = {
                  instancePath: instancePath + '/sors/' + i9 + '/baseAsset',
                  schemaPath: '#/properties/sors/items/properties/baseAsset/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            }
            if (data47.symbols !== undefined) {
              let data49 = data47.symbols;
              if (Array.isArray(data49)) {
                const len10 = data49.length;
                for (let i10 = 0; i10 < len10; i10++) {
                  if (typeof data49[i10] !== 'string') {
                    const err81 = {
                      instancePath: instancePath + '/sors/' + i9 + '/symbols/' + i10,
                      schemaPath: '#/properties/sors/items/properties/symbols/items/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err81];
                    } else {
                      vErrors.push(err81);
                    }
                    errors++;
                  }
                }
              } else {
                const err82 = {
                  instancePath: instancePath + '/sors/' + i9 + '/symbols',
                  schemaPath: '#/properties/sors/items/properties/symbols/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            }
          } else {
            const err83 = {
              instancePath: instancePath + '/sors/' + i9,
              schemaPath: '#/properties/sors/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err83];
            } else {
              vErrors.push(err83);
            }
            errors++;
          }
        }
      } else {
        const err84 = {
          instancePath: instancePath + '/sors',
          schemaPath: '#/properties/sors/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err84];
        } else {
          vErrors.push(err84);
        }
        errors++;
      }
    }
  } else {
    const err85 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err85];
    } else {
      vErrors.push(err85);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
