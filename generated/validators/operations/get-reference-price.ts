// Generated from spec/operations/get-reference-price.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-reference-price.json',
  $comment:
    'Generated from spec/operations/get-reference-price.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Query Reference Price (GET /api/v3/referencePrice, referencePrice)',
  description: 'The reference price of a symbol and when it was computed.',
  type: 'object',
  required: ['symbol', 'referencePrice', 'timestamp'],
  properties: {
    symbol: { description: 'Symbol.', type: 'string' },
    referencePrice: {
      description: 'Reference price; null when none is available.',
      anyOf: [{ type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' }, { type: 'null' }],
    },
    timestamp: { description: 'When the reference price was computed.', type: 'integer' },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-reference-price.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.symbol === undefined && (missing0 = 'symbol')) ||
        (data.referencePrice === undefined && (missing0 = 'referencePrice')) ||
        (data.timestamp === undefined && (missing0 = 'timestamp'))
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
        if (data.symbol !== undefined) {
          const _errs2 = errors;
          if (typeof data.symbol !== 'string') {
            validate10.errors = [
              {
                instancePath: instancePath + '/symbol',
                schemaPath: '#/properties/symbol/type',
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
          if (data.referencePrice !== undefined) {
            let data1 = data.referencePrice;
            const _errs4 = errors;
            const _errs5 = errors;
            let valid1 = false;
            const _errs6 = errors;
            if (errors === _errs6) {
              if (typeof data1 === 'string') {
                if (!pattern0.test(data1)) {
                  const err0 = {
                    instancePath: instancePath + '/referencePrice',
                    schemaPath: '#/properties/referencePrice/anyOf/0/pattern',
                    keyword: 'pattern',
                    params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                    message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                  };
                  if (vErrors === null) {
                    vErrors = [err0];
                  } else {
                    vErrors.push(err0);
                  }
                  errors++;
                }
              } else {
                const err1 = {
                  instancePath: instancePath + '/referencePrice',
                  schemaPath: '#/properties/referencePrice/anyOf/0/type',
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
            }
            var _valid0 = _errs6 === errors;
            valid1 = valid1 || _valid0;
            if (!valid1) {
              const _errs8 = errors;
              if (data1 !== null) {
                const err2 = {
                  instancePath: instancePath + '/referencePrice',
                  schemaPath: '#/properties/referencePrice/anyOf/1/type',
                  keyword: 'type',
                  params: { type: 'null' },
                  message: 'must be null',
                };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
              var _valid0 = _errs8 === errors;
              valid1 = valid1 || _valid0;
            }
            if (!valid1) {
              const err3 = {
                instancePath: instancePath + '/referencePrice',
                schemaPath: '#/properties/referencePrice/anyOf',
                keyword: 'anyOf',
                params: {},
                message: 'must match a schema in anyOf',
              };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
              validate10.errors = vErrors;
              return false;
            } else {
              errors = _errs5;
              if (vErrors !== null) {
                if (_errs5) {
                  vErrors.length = _errs5;
                } else {
                  vErrors = null;
                }
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.timestamp !== undefined) {
              let data2 = data.timestamp;
              const _errs10 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/timestamp',
                    schemaPath: '#/properties/timestamp/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  },
                ];
                return false;
              }
              var valid0 = _errs10 === errors;
            } else {
              var valid0 = true;
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
