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
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
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
    if (data.price === undefined) {
      const err1 = {
        instancePath,
        schemaPath: '#/anyOf/0/required',
        keyword: 'required',
        params: { missingProperty: 'price' },
        message: "must have required property '" + 'price' + "'",
      };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.symbol !== undefined) {
      if (typeof data.symbol !== 'string') {
        const err2 = {
          instancePath: instancePath + '/symbol',
          schemaPath: '#/anyOf/0/properties/symbol/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.price !== undefined) {
      let data1 = data.price;
      if (typeof data1 === 'string') {
        if (!pattern0.test(data1)) {
          const err3 = {
            instancePath: instancePath + '/price',
            schemaPath: '#/anyOf/0/properties/price/pattern',
            keyword: 'pattern',
            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
          };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = {
          instancePath: instancePath + '/price',
          schemaPath: '#/anyOf/0/properties/price/type',
          keyword: 'type',
          params: { type: 'string' },
          message: 'must be string',
        };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = {
      instancePath,
      schemaPath: '#/anyOf/0/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  var _valid0 = _errs2 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs8 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data2 = data[i0];
        if (data2 && typeof data2 == 'object' && !Array.isArray(data2)) {
          if (data2.symbol === undefined) {
            const err6 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'symbol' },
              message: "must have required property '" + 'symbol' + "'",
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
          if (data2.price === undefined) {
            const err7 = {
              instancePath: instancePath + '/' + i0,
              schemaPath: '#/anyOf/1/items/required',
              keyword: 'required',
              params: { missingProperty: 'price' },
              message: "must have required property '" + 'price' + "'",
            };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
          if (data2.symbol !== undefined) {
            if (typeof data2.symbol !== 'string') {
              const err8 = {
                instancePath: instancePath + '/' + i0 + '/symbol',
                schemaPath: '#/anyOf/1/items/properties/symbol/type',
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
          if (data2.price !== undefined) {
            let data4 = data2.price;
            if (typeof data4 === 'string') {
              if (!pattern0.test(data4)) {
                const err9 = {
                  instancePath: instancePath + '/' + i0 + '/price',
                  schemaPath: '#/anyOf/1/items/properties/price/pattern',
                  keyword: 'pattern',
                  params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                  message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            } else {
              const err10 = {
                instancePath: instancePath + '/' + i0 + '/price',
                schemaPath: '#/anyOf/1/items/properties/price/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        } else {
          const err11 = {
            instancePath: instancePath + '/' + i0,
            schemaPath: '#/anyOf/1/items/type',
            keyword: 'type',
            params: { type: 'object' },
            message: 'must be object',
          };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      }
    } else {
      const err12 = {
        instancePath,
        schemaPath: '#/anyOf/1/type',
        keyword: 'type',
        params: { type: 'array' },
        message: 'must be array',
      };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    var _valid0 = _errs8 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err13 = {
      instancePath,
      schemaPath: '#/anyOf',
      keyword: 'anyOf',
      params: {},
      message: 'must match a schema in anyOf',
    };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
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
