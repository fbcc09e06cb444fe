// Generated from spec/operations/get-execution-rules.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-execution-rules.json',
  $comment:
    'Generated from spec/operations/get-execution-rules.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Query Execution Rules (GET /api/v3/executionRules, executionRules)',
  description:
    'Execution rules of symbols (price ranges orders must stay within), for one, several or all symbols.',
  type: 'object',
  required: ['symbolRules'],
  properties: {
    symbolRules: {
      description: 'Rules of each symbol.',
      type: 'array',
      items: {
        description: 'One symbol.',
        type: 'object',
        required: ['symbol', 'rules'],
        properties: {
          symbol: { description: 'Symbol.', type: 'string' },
          rules: {
            description: "The symbol's rules.",
            type: 'array',
            items: {
              description: 'One rule.',
              type: 'object',
              required: [
                'ruleType',
                'bidLimitMultUp',
                'bidLimitMultDown',
                'askLimitMultUp',
                'askLimitMultDown',
              ],
              properties: {
                ruleType: { description: 'Rule type (PRICE_RANGE).', type: 'string' },
                bidLimitMultUp: {
                  description: 'Highest bid price allowed, as a multiple of the reference price.',
                  type: 'string',
                  pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                },
                bidLimitMultDown: {
                  description: 'Lowest bid price allowed, as a multiple of the reference price.',
                  type: 'string',
                  pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                },
                askLimitMultUp: {
                  description: 'Highest ask price allowed, as a multiple of the reference price.',
                  type: 'string',
                  pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                },
                askLimitMultDown: {
                  description: 'Lowest ask price allowed, as a multiple of the reference price.',
                  type: 'string',
                  pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                },
              },
            },
          },
        },
      },
    },
  },
};
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-execution-rules.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.symbolRules === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'symbolRules' },
        message: "must have required property '" + 'symbolRules' + "'",
      };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.symbolRules !== undefined) {
      let data0 = data.symbolRules;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
            if (data1.symbol === undefined) {
              const err1 = {
                instancePath: instancePath + '/symbolRules/' + i0,
                schemaPath: '#/properties/symbolRules/items/required',
                keyword: 'required',
                params: { missingProperty: 'symbol' },
                message: "must have required property '" + 'symbol' + "'",
              };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            if (data1.rules === undefined) {
              const err2 = {
                instancePath: instancePath + '/symbolRules/' + i0,
                schemaPath: '#/properties/symbolRules/items/required',
                keyword: 'required',
                params: { missingProperty: 'rules' },
                message: "must have required property '" + 'rules' + "'",
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
            if (data1.symbol !== undefined) {
              if (typeof data1.symbol !== 'string') {
                const err3 = {
                  instancePath: instancePath + '/symbolRules/' + i0 + '/symbol',
                  schemaPath: '#/properties/symbolRules/items/properties/symbol/type',
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
            if (data1.rules !== undefined) {
              let data3 = data1.rules;
              if (Array.isArray(data3)) {
                const len1 = data3.length;
                for (let i1 = 0; i1 < len1; i1++) {
                  let data4 = data3[i1];
                  if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                    if (data4.ruleType === undefined) {
                      const err4 = {
                        instancePath: instancePath + '/symbolRules/' + i0 + '/rules/' + i1,
                        schemaPath:
                          '#/properties/symbolRules/items/properties/rules/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'ruleType' },
                        message: "must have required property '" + 'ruleType' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err4];
                      } else {
                        vErrors.push(err4);
                      }
                      errors++;
                    }
                    if (data4.bidLimitMultUp === undefined) {
                      const err5 = {
                        instancePath: instancePath + '/symbolRules/' + i0 + '/rules/' + i1,
                        schemaPath:
                          '#/properties/symbolRules/items/properties/rules/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'bidLimitMultUp' },
                        message: "must have required property '" + 'bidLimitMultUp' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err5];
                      } else {
                        vErrors.push(err5);
                      }
                      errors++;
                    }
                    if (data4.bidLimitMultDown === undefined) {
                      const err6 = {
                        instancePath: instancePath + '/symbolRules/' + i0 + '/rules/' + i1,
                        schemaPath:
                          '#/properties/symbolRules/items/properties/rules/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'bidLimitMultDown' },
                        message: "must have required property '" + 'bidLimitMultDown' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err6];
                      } else {
                        vErrors.push(err6);
                      }
                      errors++;
                    }
                    if (data4.askLimitMultUp === undefined) {
                      const err7 = {
                        instancePath: instancePath + '/symbolRules/' + i0 + '/rules/' + i1,
                        schemaPath:
                          '#/properties/symbolRules/items/properties/rules/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'askLimitMultUp' },
                        message: "must have required property '" + 'askLimitMultUp' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err7];
                      } else {
                        vErrors.push(err7);
                      }
                      errors++;
                    }
                    if (data4.askLimitMultDown === undefined) {
                      const err8 = {
                        instancePath: instancePath + '/symbolRules/' + i0 + '/rules/' + i1,
                        schemaPath:
                          '#/properties/symbolRules/items/properties/rules/items/required',
                        keyword: 'required',
                        params: { missingProperty: 'askLimitMultDown' },
                        message: "must have required property '" + 'askLimitMultDown' + "'",
                      };
                      if (vErrors === null) {
                        vErrors = [err8];
                      } else {
                        vErrors.push(err8);
                      }
                      errors++;
                    }
                    if (data4.ruleType !== undefined) {
                      if (typeof data4.ruleType !== 'string') {
                        const err9 = {
                          instancePath:
                            instancePath + '/symbolRules/' + i0 + '/rules/' + i1 + '/ruleType',
                          schemaPath:
                            '#/properties/symbolRules/items/properties/rules/items/properties/ruleType/type',
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
                    if (data4.bidLimitMultUp !== undefined) {
                      let data6 = data4.bidLimitMultUp;
                      if (typeof data6 === 'string') {
                        if (!pattern0.test(data6)) {
                          const err10 = {
                            instancePath:
                              instancePath +
                              '/symbolRules/' +
                              i0 +
                              '/rules/' +
                              i1 +
                              '/bidLimitMultUp',
                            schemaPath:
                              '#/properties/symbolRules/items/properties/rules/items/properties/bidLimitMultUp/pattern',
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
                          instancePath:
                            instancePath +
                            '/symbolRules/' +
                            i0 +
                            '/rules/' +
                            i1 +
                            '/bidLimitMultUp',
                          schemaPath:
                            '#/properties/symbolRules/items/properties/rules/items/properties/bidLimitMultUp/type',
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
                    if (data4.bidLimitMultDown !== undefined) {
                      let data7 = data4.bidLimitMultDown;
                      if (typeof data7 === 'string') {
                        if (!pattern0.test(data7)) {
                          const err12 = {
                            instancePath:
                              instancePath +
                              '/symbolRules/' +
                              i0 +
                              '/rules/' +
                              i1 +
                              '/bidLimitMultDown',
                            schemaPath:
                              '#/properties/symbolRules/items/properties/rules/items/properties/bidLimitMultDown/pattern',
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
                          instancePath:
                            instancePath +
                            '/symbolRules/' +
                            i0 +
                            '/rules/' +
                            i1 +
                            '/bidLimitMultDown',
                          schemaPath:
                            '#/properties/symbolRules/items/properties/rules/items/properties/bidLimitMultDown/type',
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
                    if (data4.askLimitMultUp !== undefined) {
                      let data8 = data4.askLimitMultUp;
                      if (typeof data8 === 'string') {
                        if (!pattern0.test(data8)) {
                          const err14 = {
                            instancePath:
                              instancePath +
                              '/symbolRules/' +
                              i0 +
                              '/rules/' +
                              i1 +
                              '/askLimitMultUp',
                            schemaPath:
                              '#/properties/symbolRules/items/properties/rules/items/properties/askLimitMultUp/pattern',
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
                          instancePath:
                            instancePath +
                            '/symbolRules/' +
                            i0 +
                            '/rules/' +
                            i1 +
                            '/askLimitMultUp',
                          schemaPath:
                            '#/properties/symbolRules/items/properties/rules/items/properties/askLimitMultUp/type',
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
                    if (data4.askLimitMultDown !== undefined) {
                      let data9 = data4.askLimitMultDown;
                      if (typeof data9 === 'string') {
                        if (!pattern0.test(data9)) {
                          const err16 = {
                            instancePath:
                              instancePath +
                              '/symbolRules/' +
                              i0 +
                              '/rules/' +
                              i1 +
                              '/askLimitMultDown',
                            schemaPath:
                              '#/properties/symbolRules/items/properties/rules/items/properties/askLimitMultDown/pattern',
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
                          instancePath:
                            instancePath +
                            '/symbolRules/' +
                            i0 +
                            '/rules/' +
                            i1 +
                            '/askLimitMultDown',
                          schemaPath:
                            '#/properties/symbolRules/items/properties/rules/items/properties/askLimitMultDown/type',
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
                  } else {
                    const err18 = {
                      instancePath: instancePath + '/symbolRules/' + i0 + '/rules/' + i1,
                      schemaPath: '#/properties/symbolRules/items/properties/rules/items/type',
                      keyword: 'type',
                      params: { type: 'object' },
                      message: 'must be object',
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
                  instancePath: instancePath + '/symbolRules/' + i0 + '/rules',
                  schemaPath: '#/properties/symbolRules/items/properties/rules/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
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
              instancePath: instancePath + '/symbolRules/' + i0,
              schemaPath: '#/properties/symbolRules/items/type',
              keyword: 'type',
              params: { type: 'object' },
              message: 'must be object',
            };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      } else {
        const err21 = {
          instancePath: instancePath + '/symbolRules',
          schemaPath: '#/properties/symbolRules/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
  } else {
    const err22 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
