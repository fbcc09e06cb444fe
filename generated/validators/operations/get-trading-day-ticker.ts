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
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
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
  if (errors === _errs2) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.symbol === undefined && (missing0 = 'symbol')) ||
        (data.openPrice === undefined && (missing0 = 'openPrice')) ||
        (data.highPrice === undefined && (missing0 = 'highPrice')) ||
        (data.lowPrice === undefined && (missing0 = 'lowPrice')) ||
        (data.lastPrice === undefined && (missing0 = 'lastPrice')) ||
        (data.volume === undefined && (missing0 = 'volume')) ||
        (data.quoteVolume === undefined && (missing0 = 'quoteVolume')) ||
        (data.openTime === undefined && (missing0 = 'openTime')) ||
        (data.closeTime === undefined && (missing0 = 'closeTime')) ||
        (data.firstId === undefined && (missing0 = 'firstId')) ||
        (data.lastId === undefined && (missing0 = 'lastId')) ||
        (data.count === undefined && (missing0 = 'count'))
      ) {
        const err0 = {
          instancePath,
          schemaPath: '#/anyOf/0/required',
          keyword: 'required',
          params: { missingProperty: missing0 },
          message: "must have required property '" + missing0 + "'",
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      } else {
        if (data.symbol !== undefined) {
          const _errs4 = errors;
          if (typeof data.symbol !== 'string') {
            const err1 = {
              instancePath: instancePath + '/symbol',
              schemaPath: '#/anyOf/0/properties/symbol/type',
              keyword: 'type',
              params: { type: 'string' },
              message: 'must be string',
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          var valid1 = _errs4 === errors;
        } else {
          var valid1 = true;
        }
        if (valid1) {
          if (data.priceChange !== undefined) {
            let data1 = data.priceChange;
            const _errs6 = errors;
            if (errors === _errs6) {
              if (typeof data1 === 'string') {
                if (!pattern0.test(data1)) {
                  const err2 = {
                    instancePath: instancePath + '/priceChange',
                    schemaPath: '#/anyOf/0/properties/priceChange/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                    message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err2];
                  } else {
                    vErrors.push(err2);
                  }
                  errors++;
                }
              } else {
                const err3 = {
                  instancePath: instancePath + '/priceChange',
                  schemaPath: '#/anyOf/0/properties/priceChange/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            var valid1 = _errs6 === errors;
          } else {
            var valid1 = true;
          }
          if (valid1) {
            if (data.priceChangePercent !== undefined) {
              let data2 = data.priceChangePercent;
              const _errs8 = errors;
              if (errors === _errs8) {
                if (typeof data2 === 'string') {
                  if (!pattern0.test(data2)) {
                    const err4 = {
                      instancePath: instancePath + '/priceChangePercent',
                      schemaPath: '#/anyOf/0/properties/priceChangePercent/pattern',
                      keyword: 'pattern',
                      params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                      message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                    };
                    if (vErrors === null) {
                      vErrors = [err4];
                    } else {
                      vErrors.push(err4);
                    }
                    errors++;
                  }
                } else {
                  const err5 = {
                    instancePath: instancePath + '/priceChangePercent',
                    schemaPath: '#/anyOf/0/properties/priceChangePercent/type',
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
              var valid1 = _errs8 === errors;
            } else {
              var valid1 = true;
            }
            if (valid1) {
              if (data.weightedAvgPrice !== undefined) {
                let data3 = data.weightedAvgPrice;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (typeof data3 === 'string') {
                    if (!pattern0.test(data3)) {
                      const err6 = {
                        instancePath: instancePath + '/weightedAvgPrice',
                        schemaPath: '#/anyOf/0/properties/weightedAvgPrice/pattern',
                        keyword: 'pattern',
                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                        message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                      };
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                    }
                  } else {
                    const err7 = {
                      instancePath: instancePath + '/weightedAvgPrice',
                      schemaPath: '#/anyOf/0/properties/weightedAvgPrice/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                }
                var valid1 = _errs10 === errors;
              } else {
                var valid1 = true;
              }
              if (valid1) {
                if (data.openPrice !== undefined) {
                  let data4 = data.openPrice;
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (typeof data4 === 'string') {
                      if (!pattern0.test(data4)) {
                        const err8 = {
                          instancePath: instancePath + '/openPrice',
                          schemaPath: '#/anyOf/0/properties/openPrice/pattern',
                          keyword: 'pattern',
                          params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                          message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                        };
                        if (vErrors === null) {
                          vErrors = [err8];
                        } else {
                          vErrors.push(err8);
                        }
                        errors++;
                      }
                    } else {
                      const err9 = {
                        instancePath: instancePath + '/openPrice',
                        schemaPath: '#/anyOf/0/properties/openPrice/type',
                        keyword: 'type',
                        params: { type: 'string' },
                        message: 'must be string',
                      };
                      if (vErrors === null) {
                        vErrors = [err9];
                      } else {
                        vErrors.push(err9);
                      }
                      errors++;
                    }
                  }
                  var valid1 = _errs12 === errors;
                } else {
                  var valid1 = true;
                }
                if (valid1) {
                  if (data.highPrice !== undefined) {
                    let data5 = data.highPrice;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (typeof data5 === 'string') {
                        if (!pattern0.test(data5)) {
                          const err10 = {
                            instancePath: instancePath + '/highPrice',
                            schemaPath: '#/anyOf/0/properties/highPrice/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err10];
                          } else {
                            vErrors.push(err10);
                          }
                          errors++;
                        }
                      } else {
                        const err11 = {
                          instancePath: instancePath + '/highPrice',
                          schemaPath: '#/anyOf/0/properties/highPrice/type',
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
                    var valid1 = _errs14 === errors;
                  } else {
                    var valid1 = true;
                  }
                  if (valid1) {
                    if (data.lowPrice !== undefined) {
                      let data6 = data.lowPrice;
                      const _errs16 = errors;
                      if (errors === _errs16) {
                        if (typeof data6 === 'string') {
                          if (!pattern0.test(data6)) {
                            const err12 = {
                              instancePath: instancePath + '/lowPrice',
                              schemaPath: '#/anyOf/0/properties/lowPrice/pattern',
                              keyword: 'pattern',
                              params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                              message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                            };
                            if (vErrors === null) {
                              vErrors = [err12];
                            } else {
                              vErrors.push(err12);
                            }
                            errors++;
                          }
                        } else {
                          const err13 = {
                            instancePath: instancePath + '/lowPrice',
                            schemaPath: '#/anyOf/0/properties/lowPrice/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          };
                          if (vErrors === null) {
                            vErrors = [err13];
                          } else {
                            vErrors.push(err13);
                          }
                          errors++;
                        }
                      }
                      var valid1 = _errs16 === errors;
                    } else {
                      var valid1 = true;
                    }
                    if (valid1) {
                      if (data.lastPrice !== undefined) {
                        let data7 = data.lastPrice;
                        const _errs18 = errors;
                        if (errors === _errs18) {
                          if (typeof data7 === 'string') {
                            if (!pattern0.test(data7)) {
                              const err14 = {
                                instancePath: instancePath + '/lastPrice',
                                schemaPath: '#/anyOf/0/properties/lastPrice/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                              };
                              if (vErrors === null) {
                                vErrors = [err14];
                              } else {
                                vErrors.push(err14);
                              }
                              errors++;
                            }
                          } else {
                            const err15 = {
                              instancePath: instancePath + '/lastPrice',
                              schemaPath: '#/anyOf/0/properties/lastPrice/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            };
                            if (vErrors === null) {
                              vErrors = [err15];
                            } else {
                              vErrors.push(err15);
                            }
                            errors++;
                          }
                        }
                        var valid1 = _errs18 === errors;
                      } else {
                        var valid1 = true;
                      }
                      if (valid1) {
                        if (data.volume !== undefined) {
                          let data8 = data.volume;
                          const _errs20 = errors;
                          if (errors === _errs20) {
                            if (typeof data8 === 'string') {
                              if (!pattern0.test(data8)) {
                                const err16 = {
                                  instancePath: instancePath + '/volume',
                                  schemaPath: '#/anyOf/0/properties/volume/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                };
                                if (vErrors === null) {
                                  vErrors = [err16];
                                } else {
                                  vErrors.push(err16);
                                }
                                errors++;
                              }
                            } else {
                              const err17 = {
                                instancePath: instancePath + '/volume',
                                schemaPath: '#/anyOf/0/properties/volume/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err17];
                              } else {
                                vErrors.push(err17);
                              }
                              errors++;
                            }
                          }
                          var valid1 = _errs20 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data.quoteVolume !== undefined) {
                            let data9 = data.quoteVolume;
                            const _errs22 = errors;
                            if (errors === _errs22) {
                              if (typeof data9 === 'string') {
                                if (!pattern0.test(data9)) {
                                  const err18 = {
                                    instancePath: instancePath + '/quoteVolume',
                                    schemaPath: '#/anyOf/0/properties/quoteVolume/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                    message:
                                      'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err18];
                                  } else {
                                    vErrors.push(err18);
                                  }
                                  errors++;
                                }
                              } else {
                                const err19 = {
                                  instancePath: instancePath + '/quoteVolume',
                                  schemaPath: '#/anyOf/0/properties/quoteVolume/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                };
                                if (vErrors === null) {
                                  vErrors = [err19];
                                } else {
                                  vErrors.push(err19);
                                }
                                errors++;
                              }
                            }
                            var valid1 = _errs22 === errors;
                          } else {
                            var valid1 = true;
                          }
                          if (valid1) {
                            if (data.openTime !== undefined) {
                              let data10 = data.openTime;
                              const _errs24 = errors;
                              if (!(
                                typeof data10 == 'number' &&
                                !(data10 % 1) &&
                                !isNaN(data10) &&
                                isFinite(data10)
                              )) {
                                const err20 = {
                                  instancePath: instancePath + '/openTime',
                                  schemaPath: '#/anyOf/0/properties/openTime/type',
                                  keyword: 'type',
                                  params: { type: 'integer' },
                                  message: 'must be integer',
                                };
                                if (vErrors === null) {
                                  vErrors = [err20];
                                } else {
                                  vErrors.push(err20);
                                }
                                errors++;
                              }
                              var valid1 = _errs24 === errors;
                            } else {
                              var valid1 = true;
                            }
                            if (valid1) {
                              if (data.closeTime !== undefined) {
                                let data11 = data.closeTime;
                                const _errs26 = errors;
                                if (!(
                                  typeof data11 == 'number' &&
                                  !(data11 % 1) &&
                                  !isNaN(data11) &&
                                  isFinite(data11)
                                )) {
                                  const err21 = {
                                    instancePath: instancePath + '/closeTime',
                                    schemaPath: '#/anyOf/0/properties/closeTime/type',
                                    keyword: 'type',
                                    params: { type: 'integer' },
                                    message: 'must be integer',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err21];
                                  } else {
                                    vErrors.push(err21);
                                  }
                                  errors++;
                                }
                                var valid1 = _errs26 === errors;
                              } else {
                                var valid1 = true;
                              }
                              if (valid1) {
                                if (data.firstId !== undefined) {
                                  let data12 = data.firstId;
                                  const _errs28 = errors;
                                  if (!(
                                    typeof data12 == 'number' &&
                                    !(data12 % 1) &&
                                    !isNaN(data12) &&
                                    isFinite(data12)
                                  )) {
                                    const err22 = {
                                      instancePath: instancePath + '/firstId',
                                      schemaPath: '#/anyOf/0/properties/firstId/type',
                                      keyword: 'type',
                                      params: { type: 'integer' },
                                      message: 'must be integer',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err22];
                                    } else {
                                      vErrors.push(err22);
                                    }
                                    errors++;
                                  }
                                  var valid1 = _errs28 === errors;
                                } else {
                                  var valid1 = true;
                                }
                                if (valid1) {
                                  if (data.lastId !== undefined) {
                                    let data13 = data.lastId;
                                    const _errs30 = errors;
                                    if (!(
                                      typeof data13 == 'number' &&
                                      !(data13 % 1) &&
                                      !isNaN(data13) &&
                                      isFinite(data13)
                                    )) {
                                      const err23 = {
                                        instancePath: instancePath + '/lastId',
                                        schemaPath: '#/anyOf/0/properties/lastId/type',
                                        keyword: 'type',
                                        params: { type: 'integer' },
                                        message: 'must be integer',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err23];
                                      } else {
                                        vErrors.push(err23);
                                      }
                                      errors++;
                                    }
                                    var valid1 = _errs30 === errors;
                                  } else {
                                    var valid1 = true;
                                  }
                                  if (valid1) {
                                    if (data.count !== undefined) {
                                      let data14 = data.count;
                                      const _errs32 = errors;
                                      if (!(
                                        typeof data14 == 'number' &&
                                        !(data14 % 1) &&
                                        !isNaN(data14) &&
                                        isFinite(data14)
                                      )) {
                                        const err24 = {
                                          instancePath: instancePath + '/count',
                                          schemaPath: '#/anyOf/0/properties/count/type',
                                          keyword: 'type',
                                          params: { type: 'integer' },
                                          message: 'must be integer',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err24];
                                        } else {
                                          vErrors.push(err24);
                                        }
                                        errors++;
                                      }
                                      var valid1 = _errs32 === errors;
                                    } else {
                                      var valid1 = true;
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
      const err25 = {
        instancePath,
        schemaPath: '#/anyOf/0/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err25];
      } else {
        vErrors.push(err25);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs34 = errors;
    if (errors === _errs34) {
      if (Array.isArray(data)) {
        var valid2 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data15 = data[i0];
          const _errs36 = errors;
          if (errors === _errs36) {
            if (data15 && typeof data15 == 'object' && !Array.isArray(data15)) {
              let missing1;
              if (
                (data15.symbol === undefined && (missing1 = 'symbol')) ||
                (data15.openPrice === undefined && (missing1 = 'openPrice')) ||
                (data15.highPrice === undefined && (missing1 = 'highPrice')) ||
                (data15.lowPrice === undefined && (missing1 = 'lowPrice')) ||
                (data15.lastPrice === undefined && (missing1 = 'lastPrice')) ||
                (data15.volume === undefined && (missing1 = 'volume')) ||
                (data15.quoteVolume === undefined && (missing1 = 'quoteVolume')) ||
                (data15.openTime === undefined && (missing1 = 'openTime')) ||
                (data15.closeTime === undefined && (missing1 = 'closeTime')) ||
                (data15.firstId === undefined && (missing1 = 'firstId')) ||
                (data15.lastId === undefined && (missing1 = 'lastId')) ||
                (data15.count === undefined && (missing1 = 'count'))
              ) {
                const err26 = {
                  instancePath: instancePath + '/' + i0,
                  schemaPath: '#/anyOf/1/items/required',
                  keyword: 'required',
                  params: { missingProperty: missing1 },
                  message: "must have required property '" + missing1 + "'",
                };
                if (vErrors === null) {
                  vErrors = [err26];
                } else {
                  vErrors.push(err26);
                }
                errors++;
              } else {
                if (data15.symbol !== undefined) {
                  const _errs38 = errors;
                  if (typeof data15.symbol !== 'string') {
                    const err27 = {
                      instancePath: instancePath + '/' + i0 + '/symbol',
                      schemaPath: '#/anyOf/1/items/properties/symbol/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err27];
                    } else {
                      vErrors.push(err27);
                    }
                    errors++;
                  }
                  var valid3 = _errs38 === errors;
                } else {
                  var valid3 = true;
                }
                if (valid3) {
                  if (data15.priceChange !== undefined) {
                    let data17 = data15.priceChange;
                    const _errs40 = errors;
                    if (errors === _errs40) {
                      if (typeof data17 === 'string') {
                        if (!pattern0.test(data17)) {
                          const err28 = {
                            instancePath: instancePath + '/' + i0 + '/priceChange',
                            schemaPath: '#/anyOf/1/items/properties/priceChange/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err28];
                          } else {
                            vErrors.push(err28);
                          }
                          errors++;
                        }
                      } else {
                        const err29 = {
                          instancePath: instancePath + '/' + i0 + '/priceChange',
                          schemaPath: '#/anyOf/1/items/properties/priceChange/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err29];
                        } else {
                          vErrors.push(err29);
                        }
                        errors++;
                      }
                    }
                    var valid3 = _errs40 === errors;
                  } else {
                    var valid3 = true;
                  }
                  if (valid3) {
                    if (data15.priceChangePercent !== undefined) {
                      let data18 = data15.priceChangePercent;
                      const _errs42 = errors;
                      if (errors === _errs42) {
                        if (typeof data18 === 'string') {
                          if (!pattern0.test(data18)) {
                            const err30 = {
                              instancePath: instancePath + '/' + i0 + '/priceChangePercent',
                              schemaPath: '#/anyOf/1/items/properties/priceChangePercent/pattern',
                              keyword: 'pattern',
                              params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                              message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                            };
                            if (vErrors === null) {
                              vErrors = [err30];
                            } else {
                              vErrors.push(err30);
                            }
                            errors++;
                          }
                        } else {
                          const err31 = {
                            instancePath: instancePath + '/' + i0 + '/priceChangePercent',
                            schemaPath: '#/anyOf/1/items/properties/priceChangePercent/type',
                            keyword: 'type',
                            params: { type: 'string' },
                            message: 'must be string',
                          };
                          if (vErrors === null) {
                            vErrors = [err31];
                          } else {
                            vErrors.push(err31);
                          }
                          errors++;
                        }
                      }
                      var valid3 = _errs42 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data15.weightedAvgPrice !== undefined) {
                        let data19 = data15.weightedAvgPrice;
                        const _errs44 = errors;
                        if (errors === _errs44) {
                          if (typeof data19 === 'string') {
                            if (!pattern0.test(data19)) {
                              const err32 = {
                                instancePath: instancePath + '/' + i0 + '/weightedAvgPrice',
                                schemaPath: '#/anyOf/1/items/properties/weightedAvgPrice/pattern',
                                keyword: 'pattern',
                                params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                              };
                              if (vErrors === null) {
                                vErrors = [err32];
                              } else {
                                vErrors.push(err32);
                              }
                              errors++;
                            }
                          } else {
                            const err33 = {
                              instancePath: instancePath + '/' + i0 + '/weightedAvgPrice',
                              schemaPath: '#/anyOf/1/items/properties/weightedAvgPrice/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            };
                            if (vErrors === null) {
                              vErrors = [err33];
                            } else {
                              vErrors.push(err33);
                            }
                            errors++;
                          }
                        }
                        var valid3 = _errs44 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data15.openPrice !== undefined) {
                          let data20 = data15.openPrice;
                          const _errs46 = errors;
                          if (errors === _errs46) {
                            if (typeof data20 === 'string') {
                              if (!pattern0.test(data20)) {
                                const err34 = {
                                  instancePath: instancePath + '/' + i0 + '/openPrice',
                                  schemaPath: '#/anyOf/1/items/properties/openPrice/pattern',
                                  keyword: 'pattern',
                                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                };
                                if (vErrors === null) {
                                  vErrors = [err34];
                                } else {
                                  vErrors.push(err34);
                                }
                                errors++;
                              }
                            } else {
                              const err35 = {
                                instancePath: instancePath + '/' + i0 + '/openPrice',
                                schemaPath: '#/anyOf/1/items/properties/openPrice/type',
                                keyword: 'type',
                                params: { type: 'string' },
                                message: 'must be string',
                              };
                              if (vErrors === null) {
                                vErrors = [err35];
                              } else {
                                vErrors.push(err35);
                              }
                              errors++;
                            }
                          }
                          var valid3 = _errs46 === errors;
                        } else {
                          var valid3 = true;
                        }
                        if (valid3) {
                          if (data15.highPrice !== undefined) {
                            let data21 = data15.highPrice;
                            const _errs48 = errors;
                            if (errors === _errs48) {
                              if (typeof data21 === 'string') {
                                if (!pattern0.test(data21)) {
                                  const err36 = {
                                    instancePath: instancePath + '/' + i0 + '/highPrice',
                                    schemaPath: '#/anyOf/1/items/properties/highPrice/pattern',
                                    keyword: 'pattern',
                                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                    message:
                                      'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err36];
                                  } else {
                                    vErrors.push(err36);
                                  }
                                  errors++;
                                }
                              } else {
                                const err37 = {
                                  instancePath: instancePath + '/' + i0 + '/highPrice',
                                  schemaPath: '#/anyOf/1/items/properties/highPrice/type',
                                  keyword: 'type',
                                  params: { type: 'string' },
                                  message: 'must be string',
                                };
                                if (vErrors === null) {
                                  vErrors = [err37];
                                } else {
                                  vErrors.push(err37);
                                }
                                errors++;
                              }
                            }
                            var valid3 = _errs48 === errors;
                          } else {
                            var valid3 = true;
                          }
                          if (valid3) {
                            if (data15.lowPrice !== undefined) {
                              let data22 = data15.lowPrice;
                              const _errs50 = errors;
                              if (errors === _errs50) {
                                if (typeof data22 === 'string') {
                                  if (!pattern0.test(data22)) {
                                    const err38 = {
                                      instancePath: instancePath + '/' + i0 + '/lowPrice',
                                      schemaPath: '#/anyOf/1/items/properties/lowPrice/pattern',
                                      keyword: 'pattern',
                                      params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                      message:
                                        'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err38];
                                    } else {
                                      vErrors.push(err38);
                                    }
                                    errors++;
                                  }
                                } else {
                                  const err39 = {
                                    instancePath: instancePath + '/' + i0 + '/lowPrice',
                                    schemaPath: '#/anyOf/1/items/properties/lowPrice/type',
                                    keyword: 'type',
                                    params: { type: 'string' },
                                    message: 'must be string',
                                  };
                                  if (vErrors === null) {
                                    vErrors = [err39];
                                  } else {
                                    vErrors.push(err39);
                                  }
                                  errors++;
                                }
                              }
                              var valid3 = _errs50 === errors;
                            } else {
                              var valid3 = true;
                            }
                            if (valid3) {
                              if (data15.lastPrice !== undefined) {
                                let data23 = data15.lastPrice;
                                const _errs52 = errors;
                                if (errors === _errs52) {
                                  if (typeof data23 === 'string') {
                                    if (!pattern0.test(data23)) {
                                      const err40 = {
                                        instancePath: instancePath + '/' + i0 + '/lastPrice',
                                        schemaPath: '#/anyOf/1/items/properties/lastPrice/pattern',
                                        keyword: 'pattern',
                                        params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                        message:
                                          'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                      };
                                      if (vErrors === null) {
                                        vErrors = [err40];
                                      } else {
                                        vErrors.push(err40);
                                      }
                                      errors++;
                                    }
                                  } else {
                                    const err41 = {
                                      instancePath: instancePath + '/' + i0 + '/lastPrice',
                                      schemaPath: '#/anyOf/1/items/properties/lastPrice/type',
                                      keyword: 'type',
                                      params: { type: 'string' },
                                      message: 'must be string',
                                    };
                                    if (vErrors === null) {
                                      vErrors = [err41];
                                    } else {
                                      vErrors.push(err41);
                                    }
                                    errors++;
                                  }
                                }
                                var valid3 = _errs52 === errors;
                              } else {
                                var valid3 = true;
                              }
                              if (valid3) {
                                if (data15.volume !== undefined) {
                                  let data24 = data15.volume;
                                  const _errs54 = errors;
                                  if (errors === _errs54) {
                                    if (typeof data24 === 'string') {
                                      if (!pattern0.test(data24)) {
                                        const err42 = {
                                          instancePath: instancePath + '/' + i0 + '/volume',
                                          schemaPath: '#/anyOf/1/items/properties/volume/pattern',
                                          keyword: 'pattern',
                                          params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                          message:
                                            'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err42];
                                        } else {
                                          vErrors.push(err42);
                                        }
                                        errors++;
                                      }
                                    } else {
                                      const err43 = {
                                        instancePath: instancePath + '/' + i0 + '/volume',
                                        schemaPath: '#/anyOf/1/items/properties/volume/type',
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
                                  var valid3 = _errs54 === errors;
                                } else {
                                  var valid3 = true;
                                }
                                if (valid3) {
                                  if (data15.quoteVolume !== undefined) {
                                    let data25 = data15.quoteVolume;
                                    const _errs56 = errors;
                                    if (errors === _errs56) {
                                      if (typeof data25 === 'string') {
                                        if (!pattern0.test(data25)) {
                                          const err44 = {
                                            instancePath: instancePath + '/' + i0 + '/quoteVolume',
                                            schemaPath:
                                              '#/anyOf/1/items/properties/quoteVolume/pattern',
                                            keyword: 'pattern',
                                            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                                            message:
                                              'must match pattern "' +
                                              '^-?[0-9]+(\\.[0-9]+)?$' +
                                              '"',
                                          };
                                          if (vErrors === null) {
                                            vErrors = [err44];
                                          } else {
                                            vErrors.push(err44);
                                          }
                                          errors++;
                                        }
                                      } else {
                                        const err45 = {
                                          instancePath: instancePath + '/' + i0 + '/quoteVolume',
                                          schemaPath: '#/anyOf/1/items/properties/quoteVolume/type',
                                          keyword: 'type',
                                          params: { type: 'string' },
                                          message: 'must be string',
                                        };
                                        if (vErrors === null) {
                                          vErrors = [err45];
                                        } else {
                                          vErrors.push(err45);
                                        }
                                        errors++;
                                      }
                                    }
                                    var valid3 = _errs56 === errors;
                                  } else {
                                    var valid3 = true;
                                  }
                                  if (valid3) {
                                    if (data15.openTime !== undefined) {
                                      let data26 = data15.openTime;
                                      const _errs58 = errors;
                                      if (!(
                                        typeof data26 == 'number' &&
                                        !(data26 % 1) &&
                                        !isNaN(data26) &&
                                        isFinite(data26)
                                      )) {
                                        const err46 = {
                                          instancePath: instancePath + '/' + i0 + '/openTime',
                                          schemaPath: '#/anyOf/1/items/properties/openTime/type',
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
                                      var valid3 = _errs58 === errors;
                                    } else {
                                      var valid3 = true;
                                    }
                                    if (valid3) {
                                      if (data15.closeTime !== undefined) {
                                        let data27 = data15.closeTime;
                                        const _errs60 = errors;
                                        if (!(
                                          typeof data27 == 'number' &&
                                          !(data27 % 1) &&
                                          !isNaN(data27) &&
                                          isFinite(data27)
                                        )) {
                                          const err47 = {
                                            instancePath: instancePath + '/' + i0 + '/closeTime',
                                            schemaPath: '#/anyOf/1/items/properties/closeTime/type',
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
                                        var valid3 = _errs60 === errors;
                                      } else {
                                        var valid3 = true;
                                      }
                                      if (valid3) {
                                        if (data15.firstId !== undefined) {
                                          let data28 = data15.firstId;
                                          const _errs62 = errors;
                                          if (!(
                                            typeof data28 == 'number' &&
                                            !(data28 % 1) &&
                                            !isNaN(data28) &&
                                            isFinite(data28)
                                          )) {
                                            const err48 = {
                                              instancePath: instancePath + '/' + i0 + '/firstId',
                                              schemaPath: '#/anyOf/1/items/properties/firstId/type',
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
                                          var valid3 = _errs62 === errors;
                                        } else {
                                          var valid3 = true;
                                        }
                                        if (valid3) {
                                          if (data15.lastId !== undefined) {
                                            let data29 = data15.lastId;
                                            const _errs64 = errors;
                                            if (!(
                                              typeof data29 == 'number' &&
                                              !(data29 % 1) &&
                                              !isNaN(data29) &&
                                              isFinite(data29)
                                            )) {
                                              const err49 = {
                                                instancePath: instancePath + '/' + i0 + '/lastId',
                                                schemaPath:
                                                  '#/anyOf/1/items/properties/lastId/type',
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
                                            var valid3 = _errs64 === errors;
                                          } else {
                                            var valid3 = true;
                                          }
                                          if (valid3) {
                                            if (data15.count !== undefined) {
                                              let data30 = data15.count;
                                              const _errs66 = errors;
                                              if (!(
                                                typeof data30 == 'number' &&
                                                !(data30 % 1) &&
                                                !isNaN(data30) &&
                                                isFinite(data30)
                                              )) {
                                                const err50 = {
                                                  instancePath: instancePath + '/' + i0 + '/count',
                                                  schemaPath:
                                                    '#/anyOf/1/items/properties/count/type',
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
                                              var valid3 = _errs66 === errors;
                                            } else {
                                              var valid3 = true;
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
              const err51 = {
                instancePath: instancePath + '/' + i0,
                schemaPath: '#/anyOf/1/items/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
              };
              if (vErrors === null) {
                vErrors = [err51];
              } else {
                vErrors.push(err51);
              }
              errors++;
            }
          }
          var valid2 = _errs36 === errors;
          if (!valid2) {
            break;
          }
        }
      } else {
        const err52 = {
          instancePath,
          schemaPath: '#/anyOf/1/type',
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
    var _valid0 = _errs34 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err53 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
    };
    if (vErrors === null) {
      vErrors = [err53];
    } else {
      vErrors.push(err53);
    }
    errors++;
    validate10.errors = vErrors;
    return false;
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
