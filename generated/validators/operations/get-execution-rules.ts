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
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-execution-rules.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (data.symbolRules === undefined && (missing0 = 'symbolRules')) {
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
        if (data.symbolRules !== undefined) {
          let data0 = data.symbolRules;
          const _errs2 = errors;
          if (errors === _errs2) {
            if (Array.isArray(data0)) {
              var valid1 = true;
              const len0 = data0.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data1 = data0[i0];
                const _errs4 = errors;
                if (errors === _errs4) {
                  if (data1 && typeof data1 == 'object' && !Array.isArray(data1)) {
                    let missing1;
                    if (
                      (data1.symbol === undefined && (missing1 = 'symbol')) ||
                      (data1.rules === undefined && (missing1 = 'rules'))
                    ) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/symbolRules/' + i0,
                          schemaPath: '#/properties/symbolRules/items/required',
                          keyword: 'required',
                          params: { missingProperty: missing1 },
                          message: "must have required property '" + missing1 + "'",
                        },
                      ];
                      return false;
                    } else {
                      if (data1.symbol !== undefined) {
                        const _errs6 = errors;
                        if (typeof data1.symbol !== 'string') {
                          validate10.errors = [
                            {
                              instancePath: instancePath + '/symbolRules/' + i0 + '/symbol',
                              schemaPath: '#/properties/symbolRules/items/properties/symbol/type',
                              keyword: 'type',
                              params: { type: 'string' },
                              message: 'must be string',
                            },
                          ];
                          return false;
                        }
                        var valid2 = _errs6 === errors;
                      } else {
                        var valid2 = true;
                      }
                      if (valid2) {
                        if (data1.rules !== undefined) {
                          let data3 = data1.rules;
                          const _errs8 = errors;
                          if (errors === _errs8) {
                            if (Array.isArray(data3)) {
                              var valid3 = true;
                              const len1 = data3.length;
                              for (let i1 = 0; i1 < len1; i1++) {
                                let data4 = data3[i1];
                                const _errs10 = errors;
                                if (errors === _errs10) {
                                  if (data4 && typeof data4 == 'object' && !Array.isArray(data4)) {
                                    let missing2;
                                    if (
                                      (data4.ruleType === undefined && (missing2 = 'ruleType')) ||
                                      (data4.bidLimitMultUp === undefined &&
                                        (missing2 = 'bidLimitMultUp')) ||
                                      (data4.bidLimitMultDown === undefined &&
                                        (missing2 = 'bidLimitMultDown')) ||
                                      (data4.askLimitMultUp === undefined &&
                                        (missing2 = 'askLimitMultUp')) ||
                                      (data4.askLimitMultDown === undefined &&
                                        (missing2 = 'askLimitMultDown'))
                                    ) {
                                      validate10.errors = [
                                        {
                                          instancePath:
                                            instancePath + '/symbolRules/' + i0 + '/rules/' + i1,
                                          schemaPath:
                                            '#/properties/symbolRules/items/properties/rules/items/required',
                                          keyword: 'required',
                                          params: { missingProperty: missing2 },
                                          message: "must have required property '" + missing2 + "'",
                                        },
                                      ];
                                      return false;
                                    } else {
                                      if (data4.ruleType !== undefined) {
                                        const _errs12 = errors;
                                        if (typeof data4.ruleType !== 'string') {
                                          validate10.errors = [
                                            {
                                              instancePath:
                                                instancePath +
                                                '/symbolRules/' +
                                                i0 +
                                                '/rules/' +
                                                i1 +
                                                '/ruleType',
                                              schemaPath:
                                                '#/properties/symbolRules/items/properties/rules/items/properties/ruleType/type',
                                              keyword: 'type',
                                              params: { type: 'string' },
                                              message: 'must be string',
                                            },
                                          ];
                                          return false;
                                        }
                                        var valid4 = _errs12 === errors;
                                      } else {
                                        var valid4 = true;
                                      }
                                      if (valid4) {
                                        if (data4.bidLimitMultUp !== undefined) {
                                          let data6 = data4.bidLimitMultUp;
                                          const _errs14 = errors;
                                          if (errors === _errs14) {
                                            if (typeof data6 === 'string') {
                                              if (!pattern0.test(data6)) {
                                                validate10.errors = [
                                                  {
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
                                                    message:
                                                      'must match pattern "' +
                                                      '^-?[0-9]+(\\.[0-9]+)?$' +
                                                      '"',
                                                  },
                                                ];
                                                return false;
                                              }
                                            } else {
                                              validate10.errors = [
                                                {
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
                                                },
                                              ];
                                              return false;
                                            }
                                          }
                                          var valid4 = _errs14 === errors;
                                        } else {
                                          var valid4 = true;
                                        }
                                        if (valid4) {
                                          if (data4.bidLimitMultDown !== undefined) {
                                            let data7 = data4.bidLimitMultDown;
                                            const _errs16 = errors;
                                            if (errors === _errs16) {
                                              if (typeof data7 === 'string') {
                                                if (!pattern0.test(data7)) {
                                                  validate10.errors = [
                                                    {
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
                                                      message:
                                                        'must match pattern "' +
                                                        '^-?[0-9]+(\\.[0-9]+)?$' +
                                                        '"',
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              } else {
                                                validate10.errors = [
                                                  {
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
                                                  },
                                                ];
                                                return false;
                                              }
                                            }
                                            var valid4 = _errs16 === errors;
                                          } else {
                                            var valid4 = true;
                                          }
                                          if (valid4) {
                                            if (data4.askLimitMultUp !== undefined) {
                                              let data8 = data4.askLimitMultUp;
                                              const _errs18 = errors;
                                              if (errors === _errs18) {
                                                if (typeof data8 === 'string') {
                                                  if (!pattern0.test(data8)) {
                                                    validate10.errors = [
                                                      {
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
                                                        params: {
                                                          pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                                                        },
                                                        message:
                                                          'must match pattern "' +
                                                          '^-?[0-9]+(\\.[0-9]+)?$' +
                                                          '"',
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                } else {
                                                  validate10.errors = [
                                                    {
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
                                                    },
                                                  ];
                                                  return false;
                                                }
                                              }
                                              var valid4 = _errs18 === errors;
                                            } else {
                                              var valid4 = true;
                                            }
                                            if (valid4) {
                                              if (data4.askLimitMultDown !== undefined) {
                                                let data9 = data4.askLimitMultDown;
                                                const _errs20 = errors;
                                                if (errors === _errs20) {
                                                  if (typeof data9 === 'string') {
                                                    if (!pattern0.test(data9)) {
                                                      validate10.errors = [
                                                        {
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
                                                          params: {
                                                            pattern: '^-?[0-9]+(\\.[0-9]+)?$',
                                                          },
                                                          message:
                                                            'must match pattern "' +
                                                            '^-?[0-9]+(\\.[0-9]+)?$' +
                                                            '"',
                                                        },
                                                      ];
                                                      return false;
                                                    }
                                                  } else {
                                                    validate10.errors = [
                                                      {
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
                                                      },
                                                    ];
                                                    return false;
                                                  }
                                                }
                                                var valid4 = _errs20 === errors;
                                              } else {
                                                var valid4 = true;
                                              }
                                            }
                                          }
                                        }
                                      }
                                    }
                                  } else {
                                    validate10.errors = [
                                      {
                                        instancePath:
                                          instancePath + '/symbolRules/' + i0 + '/rules/' + i1,
                                        schemaPath:
                                          '#/properties/symbolRules/items/properties/rules/items/type',
                                        keyword: 'type',
                                        params: { type: 'object' },
                                        message: 'must be object',
                                      },
                                    ];
                                    return false;
                                  }
                                }
                                var valid3 = _errs10 === errors;
                                if (!valid3) {
                                  break;
                                }
                              }
                            } else {
                              validate10.errors = [
                                {
                                  instancePath: instancePath + '/symbolRules/' + i0 + '/rules',
                                  schemaPath:
                                    '#/properties/symbolRules/items/properties/rules/type',
                                  keyword: 'type',
                                  params: { type: 'array' },
                                  message: 'must be array',
                                },
                              ];
                              return false;
                            }
                          }
                          var valid2 = _errs8 === errors;
                        } else {
                          var valid2 = true;
                        }
                      }
                    }
                  } else {
                    validate10.errors = [
                      {
                        instancePath: instancePath + '/symbolRules/' + i0,
                        schemaPath: '#/properties/symbolRules/items/type',
                        keyword: 'type',
                        params: { type: 'object' },
                        message: 'must be object',
                      },
                    ];
                    return false;
                  }
                }
                var valid1 = _errs4 === errors;
                if (!valid1) {
                  break;
                }
              }
            } else {
              validate10.errors = [
                {
                  instancePath: instancePath + '/symbolRules',
                  schemaPath: '#/properties/symbolRules/type',
                  keyword: 'type',
                  params: { type: 'array' },
                  message: 'must be array',
                },
              ];
              return false;
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
