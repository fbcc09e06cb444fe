// Generated from spec/operations/get-book-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-book-ticker.json',
  $comment:
    'Generated from spec/operations/get-book-ticker.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Symbol order book ticker (GET /api/v3/ticker/bookTicker, ticker.book)',
  description: 'The best bid and ask of one symbol (an object), several or all (an array).',
  anyOf: [
    {
      description: 'With symbol: one entry.',
      type: 'object',
      required: ['symbol', 'bidPrice', 'bidQty', 'askPrice', 'askQty'],
      properties: {
        symbol: { description: 'Symbol.', type: 'string' },
        bidPrice: {
          description: 'Best bid price.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        bidQty: {
          description: 'Quantity at the best bid.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        askPrice: {
          description: 'Best ask price.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
        askQty: {
          description: 'Quantity at the best ask.',
          type: 'string',
          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
        },
      },
    },
    {
      description: 'For symbols or none: one entry per symbol.',
      type: 'array',
      items: {
        description: 'One symbol.',
        type: 'object',
        required: ['symbol', 'bidPrice', 'bidQty', 'askPrice', 'askQty'],
        properties: {
          symbol: { description: 'Symbol.', type: 'string' },
          bidPrice: {
            description: 'Best bid price.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          bidQty: {
            description: 'Quantity at the best bid.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          askPrice: {
            description: 'Best ask price.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
          askQty: {
            description: 'Quantity at the best ask.',
            type: 'string',
            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
          },
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
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-book-ticker.json" */ let vErrors =
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
        (data.bidPrice === undefined && (missing0 = 'bidPrice')) ||
        (data.bidQty === undefined && (missing0 = 'bidQty')) ||
        (data.askPrice === undefined && (missing0 = 'askPrice')) ||
        (data.askQty === undefined && (missing0 = 'askQty'))
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
          if (data.bidPrice !== undefined) {
            let data1 = data.bidPrice;
            const _errs6 = errors;
            if (errors === _errs6) {
              if (typeof data1 === 'string') {
                if (!pattern0.test(data1)) {
                  const err2 = {
                    instancePath: instancePath + '/bidPrice',
                    schemaPath: '#/anyOf/0/properties/bidPrice/pattern',
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
                  instancePath: instancePath + '/bidPrice',
                  schemaPath: '#/anyOf/0/properties/bidPrice/type',
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
            if (data.bidQty !== undefined) {
              let data2 = data.bidQty;
              const _errs8 = errors;
              if (errors === _errs8) {
                if (typeof data2 === 'string') {
                  if (!pattern0.test(data2)) {
                    const err4 = {
                      instancePath: instancePath + '/bidQty',
                      schemaPath: '#/anyOf/0/properties/bidQty/pattern',
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
                    instancePath: instancePath + '/bidQty',
                    schemaPath: '#/anyOf/0/properties/bidQty/type',
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
              if (data.askPrice !== undefined) {
                let data3 = data.askPrice;
                const _errs10 = errors;
                if (errors === _errs10) {
                  if (typeof data3 === 'string') {
                    if (!pattern0.test(data3)) {
                      const err6 = {
                        instancePath: instancePath + '/askPrice',
                        schemaPath: '#/anyOf/0/properties/askPrice/pattern',
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
                      instancePath: instancePath + '/askPrice',
                      schemaPath: '#/anyOf/0/properties/askPrice/type',
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
                if (data.askQty !== undefined) {
                  let data4 = data.askQty;
                  const _errs12 = errors;
                  if (errors === _errs12) {
                    if (typeof data4 === 'string') {
                      if (!pattern0.test(data4)) {
                        const err8 = {
                          instancePath: instancePath + '/askQty',
                          schemaPath: '#/anyOf/0/properties/askQty/pattern',
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
                        instancePath: instancePath + '/askQty',
                        schemaPath: '#/anyOf/0/properties/askQty/type',
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
              }
            }
          }
        }
      }
    } else {
      const err10 = {
        instancePath,
        schemaPath: '#/anyOf/0/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs14 = errors;
    if (errors === _errs14) {
      if (Array.isArray(data)) {
        var valid2 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data[i0];
          const _errs16 = errors;
          if (errors === _errs16) {
            if (data5 && typeof data5 == 'object' && !Array.isArray(data5)) {
              let missing1;
              if (
                (data5.symbol === undefined && (missing1 = 'symbol')) ||
                (data5.bidPrice === undefined && (missing1 = 'bidPrice')) ||
                (data5.bidQty === undefined && (missing1 = 'bidQty')) ||
                (data5.askPrice === undefined && (missing1 = 'askPrice')) ||
                (data5.askQty === undefined && (missing1 = 'askQty'))
              ) {
                const err11 = {
                  instancePath: instancePath + '/' + i0,
                  schemaPath: '#/anyOf/1/items/required',
                  keyword: 'required',
                  params: { missingProperty: missing1 },
                  message: "must have required property '" + missing1 + "'",
                };
                if (vErrors === null) {
                  vErrors = [err11];
                } else {
                  vErrors.push(err11);
                }
                errors++;
              } else {
                if (data5.symbol !== undefined) {
                  const _errs18 = errors;
                  if (typeof data5.symbol !== 'string') {
                    const err12 = {
                      instancePath: instancePath + '/' + i0 + '/symbol',
                      schemaPath: '#/anyOf/1/items/properties/symbol/type',
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
                  var valid3 = _errs18 === errors;
                } else {
                  var valid3 = true;
                }
                if (valid3) {
                  if (data5.bidPrice !== undefined) {
                    let data7 = data5.bidPrice;
                    const _errs20 = errors;
                    if (errors === _errs20) {
                      if (typeof data7 === 'string') {
                        if (!pattern0.test(data7)) {
                          const err13 = {
                            instancePath: instancePath + '/' + i0 + '/bidPrice',
                            schemaPath: '#/anyOf/1/items/properties/bidPrice/pattern',
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
                          instancePath: instancePath + '/' + i0 + '/bidPrice',
                          schemaPath: '#/anyOf/1/items/properties/bidPrice/type',
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
                    var valid3 = _errs20 === errors;
                  } else {
                    var valid3 = true;
                  }
                  if (valid3) {
                    if (data5.bidQty !== undefined) {
                      let data8 = data5.bidQty;
                      const _errs22 = errors;
                      if (errors === _errs22) {
                        if (typeof data8 === 'string') {
                          if (!pattern0.test(data8)) {
                            const err15 = {
                              instancePath: instancePath + '/' + i0 + '/bidQty',
                              schemaPath: '#/anyOf/1/items/properties/bidQty/pattern',
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
                            instancePath: instancePath + '/' + i0 + '/bidQty',
                            schemaPath: '#/anyOf/1/items/properties/bidQty/type',
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
                      var valid3 = _errs22 === errors;
                    } else {
                      var valid3 = true;
                    }
                    if (valid3) {
                      if (data5.askPrice !== undefined) {
                        let data9 = data5.askPrice;
                        const _errs24 = errors;
                        if (errors === _errs24) {
                          if (typeof data9 === 'string') {
                            if (!pattern0.test(data9)) {
                              const err17 = {
                                instancePath: instancePath + '/' + i0 + '/askPrice',
                                schemaPath: '#/anyOf/1/items/properties/askPrice/pattern',
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
                              instancePath: instancePath + '/' + i0 + '/askPrice',
                              schemaPath: '#/anyOf/1/items/properties/askPrice/type',
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
                        var valid3 = _errs24 === errors;
                      } else {
                        var valid3 = true;
                      }
                      if (valid3) {
                        if (data5.askQty !== undefined) {
                          let data10 = data5.askQty;
                          const _errs26 = errors;
                          if (errors === _errs26) {
                            if (typeof data10 === 'string') {
                              if (!pattern0.test(data10)) {
                                const err19 = {
                                  instancePath: instancePath + '/' + i0 + '/askQty',
                                  schemaPath: '#/anyOf/1/items/properties/askQty/pattern',
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
                                instancePath: instancePath + '/' + i0 + '/askQty',
                                schemaPath: '#/anyOf/1/items/properties/askQty/type',
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
                          var valid3 = _errs26 === errors;
                        } else {
                          var valid3 = true;
                        }
                      }
                    }
                  }
                }
              }
            } else {
              const err21 = {
                instancePath: instancePath + '/' + i0,
                schemaPath: '#/anyOf/1/items/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
              };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          var valid2 = _errs16 === errors;
          if (!valid2) {
            break;
          }
        }
      } else {
        const err22 = {
          instancePath,
          schemaPath: '#/anyOf/1/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    var _valid0 = _errs14 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err23 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
    };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
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
