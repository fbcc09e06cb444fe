// Generated from spec/operations/get24hr-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get24hr-ticker.json',
  $comment:
    'Generated from spec/operations/get24hr-ticker.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: '24hr ticker price change statistics (GET /api/v3/ticker/24hr, ticker.24hr)',
  description:
    'Price change statistics over the last 24 hours, for one symbol (an object), several or all (an array); MINI leaves out the price-change fields.',
  anyOf: [
    {
      description: 'With symbol: one entry.',
      type: 'object',
      required: [
        'symbol',
        'lastPrice',
        'openPrice',
        'highPrice',
        'lowPrice',
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
        prevClosePrice: {
          description: 'Last price before the window (FULL only).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        lastPrice: {
          description: 'Last trade price.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        lastQty: {
          description: 'Quantity of the last trade (FULL only).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        bidPrice: {
          description: 'Best bid price (FULL only).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        bidQty: {
          description: 'Quantity at the best bid (FULL only).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        askPrice: {
          description: 'Best ask price (FULL only).',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        askQty: {
          description: 'Quantity at the best ask (FULL only).',
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
          'lastPrice',
          'openPrice',
          'highPrice',
          'lowPrice',
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
          prevClosePrice: {
            description: 'Last price before the window (FULL only).',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          lastPrice: {
            description: 'Last trade price.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          lastQty: {
            description: 'Quantity of the last trade (FULL only).',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          bidPrice: {
            description: 'Best bid price (FULL only).',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          bidQty: {
            description: 'Quantity at the best bid (FULL only).',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          askPrice: {
            description: 'Best ask price (FULL only).',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          askQty: {
            description: 'Quantity at the best ask (FULL only).',
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
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get24hr-ticker.json" */ let vErrors =
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
    if (data.lastPrice === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'lastPrice' },
        message: "must have required property '" + 'lastPrice' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.openPrice === undefined) {
      const err2 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'openPrice' },
        message: "must have required property '" + 'openPrice' + "'",
      };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.highPrice === undefined) {
      const err3 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'highPrice' },
        message: "must have required property '" + 'highPrice' + "'",
      };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.lowPrice === undefined) {
      const err4 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'lowPrice' },
        message: "must have required property '" + 'lowPrice' + "'",
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
    if (data.prevClosePrice !== undefined) {
      let data4 = data.prevClosePrice;
      if (typeof data4 === 'string') {
        if (!pattern0.test(data4)) {
          const err19 = {
            instancePath: instancePath + '/prevClosePrice',
            schemaPath: '#/anyOf/0/properties/prevClosePrice/pattern',
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
          instancePath: instancePath + '/prevClosePrice',
          schemaPath: '#/anyOf/0/properties/prevClosePrice/type',
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
    if (data.lastPrice !== undefined) {
      let data5 = data.lastPrice;
      if (typeof data5 === 'string') {
        if (!pattern0.test(data5)) {
          const err21 = {
            instancePath: instancePath + '/lastPrice',
            schemaPath: '#/anyOf/0/properties/lastPrice/pattern',
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
          instancePath: instancePath + '/lastPrice',
          schemaPath: '#/anyOf/0/properties/lastPrice/type',
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
    if (data.lastQty !== undefined) {
      let data6 = data.lastQty;
      if (typeof data6 === 'string') {
        if (!pattern0.test(data6)) {
          const err23 = {
            instancePath: instancePath + '/lastQty',
            schemaPath: '#/anyOf/0/properties/lastQty/pattern',
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
          instancePath: instancePath + '/lastQty',
          schemaPath: '#/anyOf/0/properties/lastQty/type',
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
    if (data.bidPrice !== undefined) {
      let data7 = data.bidPrice;
      if (typeof data7 === 'string') {
        if (!pattern0.test(data7)) {
          const err25 = {
            instancePath: instancePath + '/bidPrice',
            schemaPath: '#/anyOf/0/properties/bidPrice/pattern',
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
          instancePath: instancePath + '/bidPrice',
          schemaPath: '#/anyOf/0/properties/bidPrice/type',
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
    if (data.bidQty !== undefined) {
      let data8 = data.bidQty;
      if (typeof data8 === 'string') {
        if (!pattern0.test(data8)) {
          const err27 = {
            instancePath: instancePath + '/bidQty',
            schemaPath: '#/anyOf/0/properties/bidQty/pattern',
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
          instancePath: instancePath + '/bidQty',
          schemaPath: '#/anyOf/0/properties/bidQty/type',
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
    if (data.askPrice !== undefined) {
      let data9 = data.askPrice;
      if (typeof data9 === 'string') {
        if (!pattern0.test(data9)) {
          const err29 = {
            instancePath: instancePath + '/askPrice',
            schemaPath: '#/anyOf/0/properties/askPrice/pattern',
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
          instancePath: instancePath + '/askPrice',
          schemaPath: '#/anyOf/0/properties/askPrice/type',
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
    if (data.askQty !== undefined) {
      let data10 = data.askQty;
      if (typeof data10 === 'string') {
        if (!pattern0.test(data10)) {
          const err31 = {
            instancePath: instancePath + '/askQty',
            schemaPath: '#/anyOf/0/properties/askQty/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err31];
          } else {
            vErrors.push(err31);
          }
          errors++;
        }
      } else {
        const err32 = {
          instancePath: instancePath + '/askQty',
          schemaPath: '#/anyOf/0/properties/askQty/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.openPrice !== undefined) {
      let data11 = data.openPrice;
      if (typeof data11 === 'string') {
        if (!pattern0.test(data11)) {
          const err33 = {
            instancePath: instancePath + '/openPrice',
            schemaPath: '#/anyOf/0/properties/openPrice/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = {
          instancePath: instancePath + '/openPrice',
          schemaPath: '#/anyOf/0/properties/openPrice/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.highPrice !== undefined) {
      let data12 = data.highPrice;
      if (typeof data12 === 'string') {
        if (!pattern0.test(data12)) {
          const err35 = {
            instancePath: instancePath + '/highPrice',
            schemaPath: '#/anyOf/0/properties/highPrice/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = {
          instancePath: instancePath + '/highPrice',
          schemaPath: '#/anyOf/0/properties/highPrice/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.lowPrice !== undefined) {
      let data13 = data.lowPrice;
      if (typeof data13 === 'string') {
        if (!pattern0.test(data13)) {
          const err37 = {
            instancePath: instancePath + '/lowPrice',
            schemaPath: '#/anyOf/0/properties/lowPrice/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = {
          instancePath: instancePath + '/lowPrice',
          schemaPath: '#/anyOf/0/properties/lowPrice/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.volume !== undefined) {
      let data14 = data.volume;
      if (typeof data14 === 'string') {
        if (!pattern0.test(data14)) {
          const err39 = {
            instancePath: instancePath + '/volume',
            schemaPath: '#/anyOf/0/properties/volume/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = {
          instancePath: instancePath + '/volume',
          schemaPath: '#/anyOf/0/properties/volume/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.quoteVolume !== undefined) {
      let data15 = data.quoteVolume;
      if (typeof data15 === 'string') {
        if (!pattern0.test(data15)) {
          const err41 = {
            instancePath: instancePath + '/quoteVolume',
            schemaPath: '#/anyOf/0/properties/quoteVolume/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      } else {
        const err42 = {
          instancePath: instancePath + '/quoteVolume',
          schemaPath: '#/anyOf/0/properties/quoteVolume/type',
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
    if (data.openTime !== undefined) {
      let data16 = data.openTime;
      if (!(typeof data16 == 'number' && !(data16 % 1) && !isNaN(data16) && isFinite(data16))) {
        const err43 = {
          instancePath: instancePath + '/openTime',
          schemaPath: '#/anyOf/0/properties/openTime/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.closeTime !== undefined) {
      let data17 = data.closeTime;
      if (!(typeof data17 == 'number' && !(data17 % 1) && !isNaN(data17) && isFinite(data17))) {
        const err44 = {
          instancePath: instancePath + '/closeTime',
          schemaPath: '#/anyOf/0/properties/closeTime/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.firstId !== undefined) {
      let data18 = data.firstId;
      if (!(typeof data18 == 'number' && !(data18 % 1) && !isNaN(data18) && isFinite(data18))) {
        const err45 = {
          instancePath: instancePath + '/firstId',
          schemaPath: '#/anyOf/0/properties/firstId/type',
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
    if (data.lastId !== undefined) {
      let data19 = data.lastId;
      if (!(typeof data19 == 'number' && !(data19 % 1) && !isNaN(data19) && isFinite(data19))) {
        const err46 = {
          instancePath: instancePath + '/lastId',
          schemaPath: '#/anyOf/0/properties/lastId/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.count !== undefined) {
      let data20 = data.count;
      if (!(typeof data20 == 'number' && !(data20 % 1) && !isNaN(data20) && isFinite(data20))) {
        const err47 = {
          instancePath: instancePath + '/count',
          schemaPath: '#/anyOf/0/properties/count/type',
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
  } else {
    const err48 = {
      instancePath,
      schemaPath: '#/anyOf/0/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs46 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data21 = data[i0];
        if (data21 && typeof data21 == 'object' && !Array.isArray(data21)) {
          if (data21.symbol === undefined) {
            const err49 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'symbol' },
              message: "must have required property '" + 'symbol' + "'",
            };
            if (vErrors === null) {
              vErrors = [err49];
            } else {
              vErrors.push(err49);
            }
            errors++;
          }
          if (data21.lastPrice === undefined) {
            const err50 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'lastPrice' },
              message: "must have required property '" + 'lastPrice' + "'",
            };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
          if (data21.openPrice === undefined) {
            const err51 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'openPrice' },
              message: "must have required property '" + 'openPrice' + "'",
            };
            if (vErrors === null) {
              vErrors = [err51];
            } else {
              vErrors.push(err51);
            }
            errors++;
          }
          if (data21.highPrice === undefined) {
            const err52 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'highPrice' },
              message: "must have required property '" + 'highPrice' + "'",
            };
            if (vErrors === null) {
              vErrors = [err52];
            } else {
              vErrors.push(err52);
            }
            errors++;
          }
          if (data21.lowPrice === undefined) {
            const err53 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'lowPrice' },
              message: "must have required property '" + 'lowPrice' + "'",
            };
            if (vErrors === null) {
              vErrors = [err53];
            } else {
              vErrors.push(err53);
            }
            errors++;
          }
          if (data21.volume === undefined) {
            const err54 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'volume' },
              message: "must have required property '" + 'volume' + "'",
            };
            if (vErrors === null) {
              vErrors = [err54];
            } else {
              vErrors.push(err54);
            }
            errors++;
          }
          if (data21.quoteVolume === undefined) {
            const err55 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'quoteVolume' },
              message: "must have required property '" + 'quoteVolume' + "'",
            };
            if (vErrors === null) {
              vErrors = [err55];
            } else {
              vErrors.push(err55);
            }
            errors++;
          }
          if (data21.openTime === undefined) {
            const err56 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'openTime' },
              message: "must have required property '" + 'openTime' + "'",
            };
            if (vErrors === null) {
              vErrors = [err56];
            } else {
              vErrors.push(err56);
            }
            errors++;
          }
          if (data21.closeTime === undefined) {
            const err57 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'closeTime' },
              message: "must have required property '" + 'closeTime' + "'",
            };
            if (vErrors === null) {
              vErrors = [err57];
            } else {
              vErrors.push(err57);
            }
            errors++;
          }
          if (data21.firstId === undefined) {
            const err58 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'firstId' },
              message: "must have required property '" + 'firstId' + "'",
            };
            if (vErrors === null) {
              vErrors = [err58];
            } else {
              vErrors.push(err58);
            }
            errors++;
          }
          if (data21.lastId === undefined) {
            const err59 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'lastId' },
              message: "must have required property '" + 'lastId' + "'",
            };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
          if (data21.count === undefined) {
            const err60 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'count' },
              message: "must have required property '" + 'count' + "'",
            };
            if (vErrors === null) {
              vErrors = [err60];
            } else {
              vErrors.push(err60);
            }
            errors++;
          }
          if (data21.symbol !== undefined) {
            if (typeof data21.symbol !== 'string') {
              const err61 = {
                instancePath: instancePath + '/' + i0 + '/symbol',
                schemaPath: '#/anyOf/1/items/properties/symbol/type',
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
          if (data21.priceChange !== undefined) {
            let data23 = data21.priceChange;
            if (typeof data23 === 'string') {
              if (!pattern0.test(data23)) {
                const err62 = {
                  instancePath: instancePath + '/' + i0 + '/priceChange',
                  schemaPath: '#/anyOf/1/items/properties/priceChange/pattern',
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
                instancePath: instancePath + '/' + i0 + '/priceChange',
                schemaPath: '#/anyOf/1/items/properties/priceChange/type',
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
          if (data21.priceChangePercent !== undefined) {
            let data24 = data21.priceChangePercent;
            if (typeof data24 === 'string') {
              if (!pattern0.test(data24)) {
                const err64 = {
                  instancePath: instancePath + '/' + i0 + '/priceChangePercent',
                  schemaPath: '#/anyOf/1/items/properties/priceChangePercent/pattern',
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
                instancePath: instancePath + '/' + i0 + '/priceChangePercent',
                schemaPath: '#/anyOf/1/items/properties/priceChangePercent/type',
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
          if (data21.weightedAvgPrice !== undefined) {
            let data25 = data21.weightedAvgPrice;
            if (typeof data25 === 'string') {
              if (!pattern0.test(data25)) {
                const err66 = {
                  instancePath: instancePath + '/' + i0 + '/weightedAvgPrice',
                  schemaPath: '#/anyOf/1/items/properties/weightedAvgPrice/pattern',
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
                instancePath: instancePath + '/' + i0 + '/weightedAvgPrice',
                schemaPath: '#/anyOf/1/items/properties/weightedAvgPrice/type',
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
          if (data21.prevClosePrice !== undefined) {
            let data26 = data21.prevClosePrice;
            if (typeof data26 === 'string') {
              if (!pattern0.test(data26)) {
                const err68 = {
                  instancePath: instancePath + '/' + i0 + '/prevClosePrice',
                  schemaPath: '#/anyOf/1/items/properties/prevClosePrice/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err68];
                } else {
                  vErrors.push(err68);
                }
                errors++;
              }
            } else {
              const err69 = {
                instancePath: instancePath + '/' + i0 + '/prevClosePrice',
                schemaPath: '#/anyOf/1/items/properties/prevClosePrice/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err69];
              } else {
                vErrors.push(err69);
              }
              errors++;
            }
          }
          if (data21.lastPrice !== undefined) {
            let data27 = data21.lastPrice;
            if (typeof data27 === 'string') {
              if (!pattern0.test(data27)) {
                const err70 = {
                  instancePath: instancePath + '/' + i0 + '/lastPrice',
                  schemaPath: '#/anyOf/1/items/properties/lastPrice/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err70];
                } else {
                  vErrors.push(err70);
                }
                errors++;
              }
            } else {
              const err71 = {
                instancePath: instancePath + '/' + i0 + '/lastPrice',
                schemaPath: '#/anyOf/1/items/properties/lastPrice/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err71];
              } else {
                vErrors.push(err71);
              }
              errors++;
            }
          }
          if (data21.lastQty !== undefined) {
            let data28 = data21.lastQty;
            if (typeof data28 === 'string') {
              if (!pattern0.test(data28)) {
                const err72 = {
                  instancePath: instancePath + '/' + i0 + '/lastQty',
                  schemaPath: '#/anyOf/1/items/properties/lastQty/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err72];
                } else {
                  vErrors.push(err72);
                }
                errors++;
              }
            } else {
              const err73 = {
                instancePath: instancePath + '/' + i0 + '/lastQty',
                schemaPath: '#/anyOf/1/items/properties/lastQty/type',
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
          if (data21.bidPrice !== undefined) {
            let data29 = data21.bidPrice;
            if (typeof data29 === 'string') {
              if (!pattern0.test(data29)) {
                const err74 = {
                  instancePath: instancePath + '/' + i0 + '/bidPrice',
                  schemaPath: '#/anyOf/1/items/properties/bidPrice/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err74];
                } else {
                  vErrors.push(err74);
                }
                errors++;
              }
            } else {
              const err75 = {
                instancePath: instancePath + '/' + i0 + '/bidPrice',
                schemaPath: '#/anyOf/1/items/properties/bidPrice/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err75];
              } else {
                vErrors.push(err75);
              }
              errors++;
            }
          }
          if (data21.bidQty !== undefined) {
            let data30 = data21.bidQty;
            if (typeof data30 === 'string') {
              if (!pattern0.test(data30)) {
                const err76 = {
                  instancePath: instancePath + '/' + i0 + '/bidQty',
                  schemaPath: '#/anyOf/1/items/properties/bidQty/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err76];
                } else {
                  vErrors.push(err76);
                }
                errors++;
              }
            } else {
              const err77 = {
                instancePath: instancePath + '/' + i0 + '/bidQty',
                schemaPath: '#/anyOf/1/items/properties/bidQty/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err77];
              } else {
                vErrors.push(err77);
              }
              errors++;
            }
          }
          if (data21.askPrice !== undefined) {
            let data31 = data21.askPrice;
            if (typeof data31 === 'string') {
              if (!pattern0.test(data31)) {
                const err78 = {
                  instancePath: instancePath + '/' + i0 + '/askPrice',
                  schemaPath: '#/anyOf/1/items/properties/askPrice/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err78];
                } else {
                  vErrors.push(err78);
                }
                errors++;
              }
            } else {
              const err79 = {
                instancePath: instancePath + '/' + i0 + '/askPrice',
                schemaPath: '#/anyOf/1/items/properties/askPrice/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err79];
              } else {
                vErrors.push(err79);
              }
              errors++;
            }
          }
          if (data21.askQty !== undefined) {
            let data32 = data21.askQty;
            if (typeof data32 === 'string') {
              if (!pattern0.test(data32)) {
                const err80 = {
                  instancePath: instancePath + '/' + i0 + '/askQty',
                  schemaPath: '#/anyOf/1/items/properties/askQty/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err80];
                } else {
                  vErrors.push(err80);
                }
                errors++;
              }
            } else {
              const err81 = {
                instancePath: instancePath + '/' + i0 + '/askQty',
                schemaPath: '#/anyOf/1/items/properties/askQty/type',
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
          if (data21.openPrice !== undefined) {
            let data33 = data21.openPrice;
            if (typeof data33 === 'string') {
              if (!pattern0.test(data33)) {
                const err82 = {
                  instancePath: instancePath + '/' + i0 + '/openPrice',
                  schemaPath: '#/anyOf/1/items/properties/openPrice/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err82];
                } else {
                  vErrors.push(err82);
                }
                errors++;
              }
            } else {
              const err83 = {
                instancePath: instancePath + '/' + i0 + '/openPrice',
                schemaPath: '#/anyOf/1/items/properties/openPrice/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err83];
              } else {
                vErrors.push(err83);
              }
              errors++;
            }
          }
          if (data21.highPrice !== undefined) {
            let data34 = data21.highPrice;
            if (typeof data34 === 'string') {
              if (!pattern0.test(data34)) {
                const err84 = {
                  instancePath: instancePath + '/' + i0 + '/highPrice',
                  schemaPath: '#/anyOf/1/items/properties/highPrice/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err84];
                } else {
                  vErrors.push(err84);
                }
                errors++;
              }
            } else {
              const err85 = {
                instancePath: instancePath + '/' + i0 + '/highPrice',
                schemaPath: '#/anyOf/1/items/properties/highPrice/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err85];
              } else {
                vErrors.push(err85);
              }
              errors++;
            }
          }
          if (data21.lowPrice !== undefined) {
            let data35 = data21.lowPrice;
            if (typeof data35 === 'string') {
              if (!pattern0.test(data35)) {
                const err86 = {
                  instancePath: instancePath + '/' + i0 + '/lowPrice',
                  schemaPath: '#/anyOf/1/items/properties/lowPrice/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err86];
                } else {
                  vErrors.push(err86);
                }
                errors++;
              }
            } else {
              const err87 = {
                instancePath: instancePath + '/' + i0 + '/lowPrice',
                schemaPath: '#/anyOf/1/items/properties/lowPrice/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err87];
              } else {
                vErrors.push(err87);
              }
              errors++;
            }
          }
          if (data21.volume !== undefined) {
            let data36 = data21.volume;
            if (typeof data36 === 'string') {
              if (!pattern0.test(data36)) {
                const err88 = {
                  instancePath: instancePath + '/' + i0 + '/volume',
                  schemaPath: '#/anyOf/1/items/properties/volume/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err88];
                } else {
                  vErrors.push(err88);
                }
                errors++;
              }
            } else {
              const err89 = {
                instancePath: instancePath + '/' + i0 + '/volume',
                schemaPath: '#/anyOf/1/items/properties/volume/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err89];
              } else {
                vErrors.push(err89);
              }
              errors++;
            }
          }
          if (data21.quoteVolume !== undefined) {
            let data37 = data21.quoteVolume;
            if (typeof data37 === 'string') {
              if (!pattern0.test(data37)) {
                const err90 = {
                  instancePath: instancePath + '/' + i0 + '/quoteVolume',
                  schemaPath: '#/anyOf/1/items/properties/quoteVolume/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err90];
                } else {
                  vErrors.push(err90);
                }
                errors++;
              }
            } else {
              const err91 = {
                instancePath: instancePath + '/' + i0 + '/quoteVolume',
                schemaPath: '#/anyOf/1/items/properties/quoteVolume/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err91];
              } else {
                vErrors.push(err91);
              }
              errors++;
            }
          }
          if (data21.openTime !== undefined) {
            let data38 = data21.openTime;
            if (!(
              typeof data38 == 'number' &&
              !(data38 % 1) &&
              !isNaN(data38) &&
              isFinite(data38)
            )) {
              const err92 = {
                instancePath: instancePath + '/' + i0 + '/openTime',
                schemaPath: '#/anyOf/1/items/properties/openTime/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err92];
              } else {
                vErrors.push(err92);
              }
              errors++;
            }
          }
          if (data21.closeTime !== undefined) {
            let data39 = data21.closeTime;
            if (!(
              typeof data39 == 'number' &&
              !(data39 % 1) &&
              !isNaN(data39) &&
              isFinite(data39)
            )) {
              const err93 = {
                instancePath: instancePath + '/' + i0 + '/closeTime',
                schemaPath: '#/anyOf/1/items/properties/closeTime/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err93];
              } else {
                vErrors.push(err93);
              }
              errors++;
            }
          }
          if (data21.firstId !== undefined) {
            let data40 = data21.firstId;
            if (!(
              typeof data40 == 'number' &&
              !(data40 % 1) &&
              !isNaN(data40) &&
              isFinite(data40)
            )) {
              const err94 = {
                instancePath: instancePath + '/' + i0 + '/firstId',
                schemaPath: '#/anyOf/1/items/properties/firstId/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err94];
              } else {
                vErrors.push(err94);
              }
              errors++;
            }
          }
          if (data21.lastId !== undefined) {
            let data41 = data21.lastId;
            if (!(
              typeof data41 == 'number' &&
              !(data41 % 1) &&
              !isNaN(data41) &&
              isFinite(data41)
            )) {
              const err95 = {
                instancePath: instancePath + '/' + i0 + '/lastId',
                schemaPath: '#/anyOf/1/items/properties/lastId/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err95];
              } else {
                vErrors.push(err95);
              }
              errors++;
            }
          }
          if (data21.count !== undefined) {
            let data42 = data21.count;
            if (!(
              typeof data42 == 'number' &&
              !(data42 % 1) &&
              !isNaN(data42) &&
              isFinite(data42)
            )) {
              const err96 = {
                instancePath: instancePath + '/' + i0 + '/count',
                schemaPath: '#/anyOf/1/items/properties/count/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              };
              if (vErrors === null) {
                vErrors = [err96];
              } else {
                vErrors.push(err96);
              }
              errors++;
            }
          }
        } else {
          const err97 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/anyOf/1/items/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err97];
          } else {
            vErrors.push(err97);
          }
          errors++;
        }
      }
    } else {
      const err98 = {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'array' },
        message: 'must be array',
      };
      if (vErrors === null) {
        vErrors = [err98];
      } else {
        vErrors.push(err98);
      }
      errors++;
    }
    var _valid0 = _errs46 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err99 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
    };
    if (vErrors === null) {
      vErrors = [err99];
    } else {
      vErrors.push(err99);
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
