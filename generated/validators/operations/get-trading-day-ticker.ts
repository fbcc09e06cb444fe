// Generated from spec/operations/get-trading-day-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-trading-day-ticker.json',
  $comment:
    'Generated from spec/operations/get-trading-day-ticker.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Trading Day Ticker (GET /api/v3/ticker/tradingDay, ticker.tradingDay)',
  description:
    'Price change statistics of the current trading day (in the given time zone), for one or several symbols; MINI leaves out the price-change fields.',
  anyOf: [
    {
      description: 'With symbol: one entry.',
      type: 'object',
      required: [
        'symbol',
        'openPrice',
        'highPrice',
        'lowPrice',
        'lastPrice',
        'volume',
        'quoteVolume',
        'openTime',
        'closeTime',
        'firstId',
        'lastId',
        'count',
      ],
      properties: {
        symbol: { description: 'Symbol.', type: 'string' },
        priceChange: {
          description: 'Last price minus open price (FULL only).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        priceChangePercent: {
          description: 'Price change in percent (FULL only).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        weightedAvgPrice: {
          description: 'Volume-weighted average price, quoteVolume / volume (FULL only).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        openPrice: {
          description: 'First price of the window.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        highPrice: {
          description: 'Highest price in the window.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        lowPrice: {
          description: 'Lowest price in the window.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        lastPrice: {
          description: 'Last trade price.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        volume: {
          description: 'Base asset volume traded in the window.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        quoteVolume: {
          description: 'Quote asset volume traded in the window.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        openTime: { description: 'Start of the window.', type: 'integer' },
        closeTime: { description: 'End of the window.', type: 'integer' },
        firstId: { description: 'Id of the first trade in the window.', type: 'integer' },
        lastId: { description: 'Id of the last trade in the window.', type: 'integer' },
        count: { description: 'Number of trades in the window.', type: 'integer' },
      },
    },
    {
      description: 'For symbols or none: one entry per symbol.',
      type: 'array',
      items: {
        description: 'One symbol.',
        type: 'object',
        required: [
          'symbol',
          'openPrice',
          'highPrice',
          'lowPrice',
          'lastPrice',
          'volume',
          'quoteVolume',
          'openTime',
          'closeTime',
          'firstId',
          'lastId',
          'count',
        ],
        properties: {
          symbol: { description: 'Symbol.', type: 'string' },
          priceChange: {
            description: 'Last price minus open price (FULL only).',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          priceChangePercent: {
            description: 'Price change in percent (FULL only).',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          weightedAvgPrice: {
            description: 'Volume-weighted average price, quoteVolume / volume (FULL only).',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          openPrice: {
            description: 'First price of the window.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          highPrice: {
            description: 'Highest price in the window.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          lowPrice: {
            description: 'Lowest price in the window.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          lastPrice: {
            description: 'Last trade price.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          volume: {
            description: 'Base asset volume traded in the window.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          quoteVolume: {
            description: 'Quote asset volume traded in the window.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          openTime: { description: 'Start of the window.', type: 'integer' },
          closeTime: { description: 'End of the window.', type: 'integer' },
          firstId: { description: 'Id of the first trade in the window.', type: 'integer' },
          lastId: { description: 'Id of the last trade in the window.', type: 'integer' },
          count: { description: 'Number of trades in the window.', type: 'integer' },
        },
      },
    },
  ],
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-trading-day-ticker.json" */ let vErrors =
    null;
  let errors = 0;
  const _errs1 = errors;
  let valid0 = false;
  const _errs2 = errors;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.symbol === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'symbol' },
        message: "must have required property '" + 'symbol' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.openPrice === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'openPrice' },
        message: "must have required property '" + 'openPrice' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.highPrice === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'highPrice' },
        message: "must have required property '" + 'highPrice' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.lowPrice === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'lowPrice' },
        message: "must have required property '" + 'lowPrice' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.lastPrice === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'lastPrice' },
        message: "must have required property '" + 'lastPrice' + "'",
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.volume === undefined) {
      const err5 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'volume' },
        message: "must have required property '" + 'volume' + "'",
      };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    if (data.quoteVolume === undefined) {
      const err6 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'quoteVolume' },
        message: "must have required property '" + 'quoteVolume' + "'",
      };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    if (data.openTime === undefined) {
      const err7 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'openTime' },
        message: "must have required property '" + 'openTime' + "'",
      };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.closeTime === undefined) {
      const err8 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'closeTime' },
        message: "must have required property '" + 'closeTime' + "'",
      };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    if (data.firstId === undefined) {
      const err9 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'firstId' },
        message: "must have required property '" + 'firstId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    if (data.lastId === undefined) {
      const err10 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'lastId' },
        message: "must have required property '" + 'lastId' + "'",
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.count === undefined) {
      const err11 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'count' },
        message: "must have required property '" + 'count' + "'",
      };
      if (vErrors === null) {
        vErrors = [err11];
      } else {
        vErrors.push(err11);
      }
      errors++;
    }
    if (data.symbol !== undefined) {
      if (typeof data.symbol !== 'string') {
        const err12 = {
          instancePath: instancePath + '/symbol',
          schemaPath: '#/anyOf/0/properties/symbol/type',
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
    if (data.priceChange !== undefined) {
      let data1 = data.priceChange;
      if (typeof data1 === 'string') {
        if (!pattern0.test(data1)) {
          const err13 = {
            instancePath: instancePath + '/priceChange',
            schemaPath: '#/anyOf/0/properties/priceChange/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = {
          instancePath: instancePath + '/priceChange',
          schemaPath: '#/anyOf/0/properties/priceChange/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.priceChangePercent !== undefined) {
      let data2 = data.priceChangePercent;
      if (typeof data2 === 'string') {
        if (!pattern0.test(data2)) {
          const err15 = {
            instancePath: instancePath + '/priceChangePercent',
            schemaPath: '#/anyOf/0/properties/priceChangePercent/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = {
          instancePath: instancePath + '/priceChangePercent',
          schemaPath: '#/anyOf/0/properties/priceChangePercent/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.weightedAvgPrice !== undefined) {
      let data3 = data.weightedAvgPrice;
      if (typeof data3 === 'string') {
        if (!pattern0.test(data3)) {
          const err17 = {
            instancePath: instancePath + '/weightedAvgPrice',
            schemaPath: '#/anyOf/0/properties/weightedAvgPrice/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = {
          instancePath: instancePath + '/weightedAvgPrice',
          schemaPath: '#/anyOf/0/properties/weightedAvgPrice/type',
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
    if (data.openPrice !== undefined) {
      let data4 = data.openPrice;
      if (typeof data4 === 'string') {
        if (!pattern0.test(data4)) {
          const err19 = {
            instancePath: instancePath + '/openPrice',
            schemaPath: '#/anyOf/0/properties/openPrice/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = {
          instancePath: instancePath + '/openPrice',
          schemaPath: '#/anyOf/0/properties/openPrice/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.highPrice !== undefined) {
      let data5 = data.highPrice;
      if (typeof data5 === 'string') {
        if (!pattern0.test(data5)) {
          const err21 = {
            instancePath: instancePath + '/highPrice',
            schemaPath: '#/anyOf/0/properties/highPrice/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      } else {
        const err22 = {
          instancePath: instancePath + '/highPrice',
          schemaPath: '#/anyOf/0/properties/highPrice/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.lowPrice !== undefined) {
      let data6 = data.lowPrice;
      if (typeof data6 === 'string') {
        if (!pattern0.test(data6)) {
          const err23 = {
            instancePath: instancePath + '/lowPrice',
            schemaPath: '#/anyOf/0/properties/lowPrice/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
      } else {
        const err24 = {
          instancePath: instancePath + '/lowPrice',
          schemaPath: '#/anyOf/0/properties/lowPrice/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
    }
    if (data.lastPrice !== undefined) {
      let data7 = data.lastPrice;
      if (typeof data7 === 'string') {
        if (!pattern0.test(data7)) {
          const err25 = {
            instancePath: instancePath + '/lastPrice',
            schemaPath: '#/anyOf/0/properties/lastPrice/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      } else {
        const err26 = {
          instancePath: instancePath + '/lastPrice',
          schemaPath: '#/anyOf/0/properties/lastPrice/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.volume !== undefined) {
      let data8 = data.volume;
      if (typeof data8 === 'string') {
        if (!pattern0.test(data8)) {
          const err27 = {
            instancePath: instancePath + '/volume',
            schemaPath: '#/anyOf/0/properties/volume/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      } else {
        const err28 = {
          instancePath: instancePath + '/volume',
          schemaPath: '#/anyOf/0/properties/volume/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err28];
        } else {
          vErrors.push(err28);
        }
        errors++;
      }
    }
    if (data.quoteVolume !== undefined) {
      let data9 = data.quoteVolume;
      if (typeof data9 === 'string') {
        if (!pattern0.test(data9)) {
          const err29 = {
            instancePath: instancePath + '/quoteVolume',
            schemaPath: '#/anyOf/0/properties/quoteVolume/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      } else {
        const err30 = {
          instancePath: instancePath + '/quoteVolume',
          schemaPath: '#/anyOf/0/properties/quoteVolume/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
    }
    if (data.openTime !== undefined) {
      let data10 = data.openTime;
      if (!(typeof data10 == 'number' && !(data10 % 1) && !isNaN(data10) && isFinite(data10))) {
        const err31 = {
          instancePath: instancePath + '/openTime',
          schemaPath: '#/anyOf/0/properties/openTime/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
    }
    if (data.closeTime !== undefined) {
      let data11 = data.closeTime;
      if (!(typeof data11 == 'number' && !(data11 % 1) && !isNaN(data11) && isFinite(data11))) {
        const err32 = {
          instancePath: instancePath + '/closeTime',
          schemaPath: '#/anyOf/0/properties/closeTime/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.firstId !== undefined) {
      let data12 = data.firstId;
      if (!(typeof data12 == 'number' && !(data12 % 1) && !isNaN(data12) && isFinite(data12))) {
        const err33 = {
          instancePath: instancePath + '/firstId',
          schemaPath: '#/anyOf/0/properties/firstId/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
    }
    if (data.lastId !== undefined) {
      let data13 = data.lastId;
      if (!(typeof data13 == 'number' && !(data13 % 1) && !isNaN(data13) && isFinite(data13))) {
        const err34 = {
          instancePath: instancePath + '/lastId',
          schemaPath: '#/anyOf/0/properties/lastId/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.count !== undefined) {
      let data14 = data.count;
      if (!(typeof data14 == 'number' && !(data14 % 1) && !isNaN(data14) && isFinite(data14))) {
        const err35 = {
          instancePath: instancePath + '/count',
          schemaPath: '#/anyOf/0/properties/count/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
    }
  } else {
    const err36 = {
      instancePath,
      schemaPath: '#/anyOf/0/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err36];
    } else {
      vErrors.push(err36);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs34 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data15 = data[i0];
        if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
          if (data15.symbol === undefined) {
            const err37 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'symbol' },
              message: "must have required property '" + 'symbol' + "'",
            };
            if (vErrors === null) {
              vErrors = [err37];
            } else {
              vErrors.push(err37);
            }
            errors++;
          }
          if (data15.openPrice === undefined) {
            const err38 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'openPrice' },
              message: "must have required property '" + 'openPrice' + "'",
            };
            if (vErrors === null) {
              vErrors = [err38];
            } else {
              vErrors.push(err38);
            }
            errors++;
          }
          if (data15.highPrice === undefined) {
            const err39 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'highPrice' },
              message: "must have required property '" + 'highPrice' + "'",
            };
            if (vErrors === null) {
              vErrors = [err39];
            } else {
              vErrors.push(err39);
            }
            errors++;
          }
          if (data15.lowPrice === undefined) {
            const err40 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'lowPrice' },
              message: "must have required property '" + 'lowPrice' + "'",
            };
            if (vErrors === null) {
              vErrors = [err40];
            } else {
              vErrors.push(err40);
            }
            errors++;
          }
          if (data15.lastPrice === undefined) {
            const err41 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'lastPrice' },
              message: "must have required property '" + 'lastPrice' + "'",
            };
            if (vErrors === null) {
              vErrors = [err41];
            } else {
              vErrors.push(err41);
            }
            errors++;
          }
          if (data15.volume === undefined) {
            const err42 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'volume' },
              message: "must have required property '" + 'volume' + "'",
            };
            if (vErrors === null) {
              vErrors = [err42];
            } else {
              vErrors.push(err42);
            }
            errors++;
          }
          if (data15.quoteVolume === undefined) {
            const err43 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'quoteVolume' },
              message: "must have required property '" + 'quoteVolume' + "'",
            };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
          if (data15.openTime === undefined) {
            const err44 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'openTime' },
              message: "must have required property '" + 'openTime' + "'",
            };
            if (vErrors === null) {
              vErrors = [err44];
            } else {
              vErrors.push(err44);
            }
            errors++;
          }
          if (data15.closeTime === undefined) {
            const err45 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'closeTime' },
              message: "must have required property '" + 'closeTime' + "'",
            };
            if (vErrors === null) {
              vErrors = [err45];
            } else {
              vErrors.push(err45);
            }
            errors++;
          }
          if (data15.firstId === undefined) {
            const err46 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'firstId' },
              message: "must have required property '" + 'firstId' + "'",
            };
            if (vErrors === null) {
              vErrors = [err46];
            } else {
              vErrors.push(err46);
            }
            errors++;
          }
          if (data15.lastId === undefined) {
            const err47 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'lastId' },
              message: "must have required property '" + 'lastId' + "'",
            };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
          if (data15.count === undefined) {
            const err48 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'count' },
              message: "must have required property '" + 'count' + "'",
            };
            if (vErrors === null) {
              vErrors = [err48];
            } else {
              vErrors.push(err48);
            }
            errors++;
          }
          if (data15.symbol !== undefined) {
            if (typeof data15.symbol !== 'string') {
              const err49 = {
                instancePath: instancePath + '/' + i0 + '/symbol',
                schemaPath: '#/anyOf/1/items/properties/symbol/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          }
          if (data15.priceChange !== undefined) {
            let data17 = data15.priceChange;
            if (typeof data17 === 'string') {
              if (!pattern0.test(data17)) {
                const err50 = {
                  instancePath: instancePath + '/' + i0 + '/priceChange',
                  schemaPath: '#/anyOf/1/items/properties/priceChange/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err50];
                } else {
                  vErrors.push(err50);
                }
                errors++;
              }
            } else {
              const err51 = {
                instancePath: instancePath + '/' + i0 + '/priceChange',
                schemaPath: '#/anyOf/1/items/properties/priceChange/type',
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
          if (data15.priceChangePercent !== undefined) {
            let data18 = data15.priceChangePercent;
            if (typeof data18 === 'string') {
              if (!pattern0.test(data18)) {
                const err52 = {
                  instancePath: instancePath + '/' + i0 + '/priceChangePercent',
                  schemaPath: '#/anyOf/1/items/properties/priceChangePercent/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err52];
                } else {
                  vErrors.push(err52);
                }
                errors++;
              }
            } else {
              const err53 = {
                instancePath: instancePath + '/' + i0 + '/priceChangePercent',
                schemaPath: '#/anyOf/1/items/properties/priceChangePercent/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err53];
              } else {
                vErrors.push(err53);
              }
              errors++;
            }
          }
          if (data15.weightedAvgPrice !== undefined) {
            let data19 = data15.weightedAvgPrice;
            if (typeof data19 === 'string') {
              if (!pattern0.test(data19)) {
                const err54 = {
                  instancePath: instancePath + '/' + i0 + '/weightedAvgPrice',
                  schemaPath: '#/anyOf/1/items/properties/weightedAvgPrice/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err54];
                } else {
                  vErrors.push(err54);
                }
                errors++;
              }
            } else {
              const err55 = {
                instancePath: instancePath + '/' + i0 + '/weightedAvgPrice',
                schemaPath: '#/anyOf/1/items/properties/weightedAvgPrice/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err55];
              } else {
                vErrors.push(err55);
              }
              errors++;
            }
          }
          if (data15.openPrice !== undefined) {
            let data20 = data15.openPrice;
            if (typeof data20 === 'string') {
              if (!pattern0.test(data20)) {
                const err56 = {
                  instancePath: instancePath + '/' + i0 + '/openPrice',
                  schemaPath: '#/anyOf/1/items/properties/openPrice/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err56];
                } else {
                  vErrors.push(err56);
                }
                errors++;
              }
            } else {
              const err57 = {
                instancePath: instancePath + '/' + i0 + '/openPrice',
                schemaPath: '#/anyOf/1/items/properties/openPrice/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err57];
              } else {
                vErrors.push(err57);
              }
              errors++;
            }
          }
          if (data15.highPrice !== undefined) {
            let data21 = data15.highPrice;
            if (typeof data21 === 'string') {
              if (!pattern0.test(data21)) {
                const err58 = {
                  instancePath: instancePath + '/' + i0 + '/highPrice',
                  schemaPath: '#/anyOf/1/items/properties/highPrice/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err58];
                } else {
                  vErrors.push(err58);
                }
                errors++;
              }
            } else {
              const err59 = {
                instancePath: instancePath + '/' + i0 + '/highPrice',
                schemaPath: '#/anyOf/1/items/properties/highPrice/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err59];
              } else {
                vErrors.push(err59);
              }
              errors++;
            }
          }
          if (data15.lowPrice !== undefined) {
            let data22 = data15.lowPrice;
            if (typeof data22 === 'string') {
              if (!pattern0.test(data22)) {
                const err60 = {
                  instancePath: instancePath + '/' + i0 + '/lowPrice',
                  schemaPath: '#/anyOf/1/items/properties/lowPrice/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err60];
                } else {
                  vErrors.push(err60);
                }
                errors++;
              }
            } else {
              const err61 = {
                instancePath: instancePath + '/' + i0 + '/lowPrice',
                schemaPath: '#/anyOf/1/items/properties/lowPrice/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          }
          if (data15.lastPrice !== undefined) {
            let data23 = data15.lastPrice;
            if (typeof data23 === 'string') {
              if (!pattern0.test(data23)) {
                const err62 = {
                  instancePath: instancePath + '/' + i0 + '/lastPrice',
                  schemaPath: '#/anyOf/1/items/properties/lastPrice/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err62];
                } else {
                  vErrors.push(err62);
                }
                errors++;
              }
            } else {
              const err63 = {
                instancePath: instancePath + '/' + i0 + '/lastPrice',
                schemaPath: '#/anyOf/1/items/properties/lastPrice/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err63];
              } else {
                vErrors.push(err63);
              }
              errors++;
            }
          }
          if (data15.volume !== undefined) {
            let data24 = data15.volume;
            if (typeof data24 === 'string') {
              if (!pattern0.test(data24)) {
                const err64 = {
                  instancePath: instancePath + '/' + i0 + '/volume',
                  schemaPath: '#/anyOf/1/items/properties/volume/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err64];
                } else {
                  vErrors.push(err64);
                }
                errors++;
              }
            } else {
              const err65 = {
                instancePath: instancePath + '/' + i0 + '/volume',
                schemaPath: '#/anyOf/1/items/properties/volume/type',
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
          if (data15.quoteVolume !== undefined) {
            let data25 = data15.quoteVolume;
            if (typeof data25 === 'string') {
              if (!pattern0.test(data25)) {
                const err66 = {
                  instancePath: instancePath + '/' + i0 + '/quoteVolume',
                  schemaPath: '#/anyOf/1/items/properties/quoteVolume/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err66];
                } else {
                  vErrors.push(err66);
                }
                errors++;
              }
            } else {
              const err67 = {
                instancePath: instancePath + '/' + i0 + '/quoteVolume',
                schemaPath: '#/anyOf/1/items/properties/quoteVolume/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err67];
              } else {
                vErrors.push(err67);
              }
              errors++;
            }
          }
          if (data15.openTime !== undefined) {
            let data26 = data15.openTime;
            if (!(
              typeof data26 == 'number' &&
              !(data26 % 1) &&
              !isNaN(data26) &&
              isFinite(data26)
            )) {
              const err68 = {
                instancePath: instancePath + '/' + i0 + '/openTime',
                schemaPath: '#/anyOf/1/items/properties/openTime/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err68];
              } else {
                vErrors.push(err68);
              }
              errors++;
            }
          }
          if (data15.closeTime !== undefined) {
            let data27 = data15.closeTime;
            if (!(
              typeof data27 == 'number' &&
              !(data27 % 1) &&
              !isNaN(data27) &&
              isFinite(data27)
            )) {
              const err69 = {
                instancePath: instancePath + '/' + i0 + '/closeTime',
                schemaPath: '#/anyOf/1/items/properties/closeTime/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          }
          if (data15.firstId !== undefined) {
            let data28 = data15.firstId;
            if (!(
              typeof data28 == 'number' &&
              !(data28 % 1) &&
              !isNaN(data28) &&
              isFinite(data28)
            )) {
              const err70 = {
                instancePath: instancePath + '/' + i0 + '/firstId',
                schemaPath: '#/anyOf/1/items/properties/firstId/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err70];
              } else {
                vErrors.push(err70);
              }
              errors++;
            }
          }
          if (data15.lastId !== undefined) {
            let data29 = data15.lastId;
            if (!(
              typeof data29 == 'number' &&
              !(data29 % 1) &&
              !isNaN(data29) &&
              isFinite(data29)
            )) {
              const err71 = {
                instancePath: instancePath + '/' + i0 + '/lastId',
                schemaPath: '#/anyOf/1/items/properties/lastId/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
          if (data15.count !== undefined) {
            let data30 = data15.count;
            if (!(
              typeof data30 == 'number' &&
              !(data30 % 1) &&
              !isNaN(data30) &&
              isFinite(data30)
            )) {
              const err72 = {
                instancePath: instancePath + '/' + i0 + '/count',
                schemaPath: '#/anyOf/1/items/properties/count/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err72];
              } else {
                vErrors.push(err72);
              }
              errors++;
            }
          }
        } else {
          const err73 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/anyOf/1/items/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err73];
          } else {
            vErrors.push(err73);
          }
          errors++;
        }
      }
    } else {
      const err74 = {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'array' },
        message: 'must be array',
      };
      if (vErrors === null) {
        vErrors = [err74];
      } else {
        vErrors.push(err74);
      }
      errors++;
    }
    var _valid0 = _errs34 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err75 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
    };
    if (vErrors === null) {
      vErrors = [err75];
    } else {
      vErrors.push(err75);
    }
    errors++;
  } else {
    errors = _errs1;
    if (vErrors !== null) {
      if (_errs1) {
        vErrors.length = _errs1;
      } else {
        vErrors = null;
      }
    }
  }
  validate10.errors = vErrors;
  return errors === 0;
}
