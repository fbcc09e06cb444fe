// Generated from spec/channels/reference-price.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/channels/reference-price.json',
  $comment:
    'Generated from spec/channels/reference-price.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Reference Price Streams (<symbol>@referencePrice)',
  description:
    'The reference price of a single symbol. The price is null when the symbol has no reference price; unlike most streams the payload carries no event time (`E`), only the engine time at which the reference price was valid.',
  type: 'object',
  required: ['e', 's', 'r', 't'],
  properties: {
    e: { description: 'Event type.', type: 'string', const: 'referencePrice' },
    s: { description: 'Symbol.', type: 'string' },
    r: {
      description: 'Reference price; null when there is no reference price.',
      anyOf: [{ type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' }, { type: 'null' }],
    },
    t: { description: 'Engine time at which the reference price was valid.', type: 'integer' },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/channels/reference-price.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.e === undefined && (missing0 = 'e')) ||
        (data.s === undefined && (missing0 = 's')) ||
        (data.r === undefined && (missing0 = 'r')) ||
        (data.t === undefined && (missing0 = 't'))
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
        if (data.e !== undefined) {
          let data0 = data.e;
          const _errs2 = errors;
          if (typeof data0 !== 'string') {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/type',
                keyword: 'type',
                params: { type: 'string' },
                message: 'must be string',
              },
            ];
            return false;
          }
          if ('referencePrice' !== data0) {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/const',
                keyword: 'const',
                params: { allowedValue: 'referencePrice' },
                message: 'must be equal to constant',
              },
            ];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.s !== undefined) {
            const _errs4 = errors;
            if (typeof data.s !== 'string') {
              validate10.errors = [
                {
                  instancePath: instancePath + '/s',
                  schemaPath: '#/properties/s/type',
                  keyword: 'type',
                  params: { type: 'string' },
                  message: 'must be string',
                },
              ];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.r !== undefined) {
              let data2 = data.r;
              const _errs6 = errors;
              const _errs7 = errors;
              let valid1 = false;
              const _errs8 = errors;
              if (errors === _errs8) {
                if (typeof data2 === 'string') {
                  if (!pattern0.test(data2)) {
                    const err0 = {
                      instancePath: instancePath + '/r',
                      schemaPath: '#/properties/r/anyOf/0/pattern',
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
                    instancePath: instancePath + '/r',
                    schemaPath: '#/properties/r/anyOf/0/type',
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
              var _valid0 = _errs8 === errors;
              valid1 = valid1 || _valid0;
              if (!valid1) {
                const _errs10 = errors;
                if (data2 !== null) {
                  const err2 = {
                    instancePath: instancePath + '/r',
                    schemaPath: '#/properties/r/anyOf/1/type',
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
                var _valid0 = _errs10 === errors;
                valid1 = valid1 || _valid0;
              }
              if (!valid1) {
                const err3 = {
                  instancePath: instancePath + '/r',
                  schemaPath: '#/properties/r/anyOf',
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
                errors = _errs7;
                if (vErrors !== null) {
                  if (_errs7) {
                    vErrors.length = _errs7;
                  } else {
                    vErrors = null;
                  }
                }
              }
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.t !== undefined) {
                let data3 = data.t;
                const _errs12 = errors;
                if (!(
                  typeof data3 == 'number' &&
                  !(data3 % 1) &&
                  !isNaN(data3) &&
                  isFinite(data3)
                )) {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/t',
                      schemaPath: '#/properties/t/type',
                      keyword: 'type',
                      params: { type: 'integer' },
                      message: 'must be integer',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs12 === errors;
              } else {
                var valid0 = true;
              }
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
