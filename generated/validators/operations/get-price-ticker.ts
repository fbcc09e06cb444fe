// Generated from spec/operations/get-price-ticker.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-price-ticker.json',
  $comment:
    'Generated from spec/operations/get-price-ticker.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Symbol price ticker (GET /api/v3/ticker/price, ticker.price)',
  description: 'The latest price of one symbol (an object), several or all (an array).',
  anyOf: [
    {
      description: 'With symbol: one entry.',
      type: 'object',
      required: ['symbol', 'price'],
      properties: {
        symbol: { description: 'Symbol.', type: 'string' },
        price: { description: 'Last price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
      },
    },
    {
      description: 'For symbols or none: one entry per symbol.',
      type: 'array',
      items: {
        description: 'One symbol.',
        type: 'object',
        required: ['symbol', 'price'],
        properties: {
          symbol: { description: 'Symbol.', type: 'string' },
          price: { description: 'Last price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
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
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-price-ticker.json" */ let vErrors =
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
        (data.price === undefined && (missing0 = 'price'))
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
          if (data.price !== undefined) {
            let data1 = data.price;
            const _errs6 = errors;
            if (errors === _errs6) {
              if (typeof data1 === 'string') {
                if (!pattern0.test(data1)) {
                  const err2 = {
                    instancePath: instancePath + '/price',
                    schemaPath: '#/anyOf/0/properties/price/pattern',
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
                  instancePath: instancePath + '/price',
                  schemaPath: '#/anyOf/0/properties/price/type',
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
        }
      }
    } else {
      const err4 = {
        instancePath,
        schemaPath: '#/anyOf/0/type',
        keyword: 'type',
        params: { type: 'object' },
        message: 'must be object',
      };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs8 = errors;
    if (errors === _errs8) {
      if (Array.isArray(data)) {
        var valid2 = true;
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data[i0];
          const _errs10 = errors;
          if (errors === _errs10) {
            if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
              let missing1;
              if (
                (data2.symbol === undefined && (missing1 = 'symbol')) ||
                (data2.price === undefined && (missing1 = 'price'))
              ) {
                const err5 = {
                  instancePath: instancePath + '/' + i0,
                  schemaPath: '#/anyOf/1/items/required',
                  keyword: 'required',
                  params: { missingProperty: missing1 },
                  message: "must have required property '" + missing1 + "'",
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              } else {
                if (data2.symbol !== undefined) {
                  const _errs12 = errors;
                  if (typeof data2.symbol !== 'string') {
                    const err6 = {
                      instancePath: instancePath + '/' + i0 + '/symbol',
                      schemaPath: '#/anyOf/1/items/properties/symbol/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    };
                    if (vErrors === null) {
                      vErrors = [err6];
                    } else {
                      vErrors.push(err6);
                    }
                    errors++;
                  }
                  var valid3 = _errs12 === errors;
                } else {
                  var valid3 = true;
                }
                if (valid3) {
                  if (data2.price !== undefined) {
                    let data4 = data2.price;
                    const _errs14 = errors;
                    if (errors === _errs14) {
                      if (typeof data4 === 'string') {
                        if (!pattern0.test(data4)) {
                          const err7 = {
                            instancePath: instancePath + '/' + i0 + '/price',
                            schemaPath: '#/anyOf/1/items/properties/price/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                          };
                          if (vErrors === null) {
                            vErrors = [err7];
                          } else {
                            vErrors.push(err7);
                          }
                          errors++;
                        }
                      } else {
                        const err8 = {
                          instancePath: instancePath + '/' + i0 + '/price',
                          schemaPath: '#/anyOf/1/items/properties/price/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        };
                        if (vErrors === null) {
                          vErrors = [err8];
                        } else {
                          vErrors.push(err8);
                        }
                        errors++;
                      }
                    }
                    var valid3 = _errs14 === errors;
                  } else {
                    var valid3 = true;
                  }
                }
              }
            } else {
              const err9 = {
                instancePath: instancePath + '/' + i0,
                schemaPath: '#/anyOf/1/items/type',
                keyword: 'type',
                params: { type: 'object' },
                message: 'must be object',
              };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
          var valid2 = _errs10 === errors;
          if (!valid2) {
            break;
          }
        }
      } else {
        const err10 = {
          instancePath,
          schemaPath: '#/anyOf/1/type',
          keyword: 'type',
          params: { type: 'array' },
          message: 'must be array',
        };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    var _valid0 = _errs8 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err11 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
    };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
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
