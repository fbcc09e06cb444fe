// Generated from spec/channels/avg-price.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/channels/avg-price.json',
  $comment:
    'Generated from spec/channels/avg-price.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Average Price (<symbol>@avgPrice)',
  description: 'Changes in the average price of a single symbol over a fixed time interval.',
  type: 'object',
  required: ['e', 'E', 's', 'i', 'w', 'T'],
  properties: {
    e: { description: 'Event type.', type: 'string', const: 'avgPrice' },
    E: { description: 'Event time.', type: 'integer' },
    s: { description: 'Symbol.', type: 'string' },
    i: { description: 'Interval the average is computed over, such as 5m.', type: 'string' },
    w: { description: 'Average price.', type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
    T: { description: 'Last trade time.', type: 'integer' },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/channels/avg-price.json" */ let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.e === undefined && (missing0 = 'e')) ||
        (data.E === undefined && (missing0 = 'E')) ||
        (data.s === undefined && (missing0 = 's')) ||
        (data.i === undefined && (missing0 = 'i')) ||
        (data.w === undefined && (missing0 = 'w')) ||
        (data.T === undefined && (missing0 = 'T'))
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
          if ('avgPrice' !== data0) {
            validate10.errors = [
              {
                instancePath: instancePath + '/e',
                schemaPath: '#/properties/e/const',
                keyword: 'const',
                params: { allowedValue: 'avgPrice' },
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
          if (data.E !== undefined) {
            let data1 = data.E;
            const _errs4 = errors;
            if (!(typeof data1 == 'number' && !(data1 % 1) && !isNaN(data1) && isFinite(data1))) {
              validate10.errors = [
                {
                  instancePath: instancePath + '/E',
                  schemaPath: '#/properties/E/type',
                  keyword: 'type',
                  params: { type: 'integer' },
                  message: 'must be integer',
                },
              ];
              return false;
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.s !== undefined) {
              const _errs6 = errors;
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
              var valid0 = _errs6 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.i !== undefined) {
                const _errs8 = errors;
                if (typeof data.i !== 'string') {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/i',
                      schemaPath: '#/properties/i/type',
                      keyword: 'type',
                      params: { type: 'string' },
                      message: 'must be string',
                    },
                  ];
                  return false;
                }
                var valid0 = _errs8 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.w !== undefined) {
                  let data4 = data.w;
                  const _errs10 = errors;
                  if (errors === _errs10) {
                    if (typeof data4 === 'string') {
                      if (!pattern0.test(data4)) {
                        validate10.errors = [
                          {
                            instancePath: instancePath + '/w',
                            schemaPath: '#/properties/w/pattern',
                            keyword: 'pattern',
                            params: { pattern: '^-?[0-9]+(\\.[0-9]+)?$' },
                            message: 'must match pattern "' + '^-?[0-9]+(\\.[0-9]+)?$' + '"',
                          },
                        ];
                        return false;
                      }
                    } else {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/w',
                          schemaPath: '#/properties/w/type',
                          keyword: 'type',
                          params: { type: 'string' },
                          message: 'must be string',
                        },
                      ];
                      return false;
                    }
                  }
                  var valid0 = _errs10 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.T !== undefined) {
                    let data5 = data.T;
                    const _errs12 = errors;
                    if (!(
                      typeof data5 == 'number' &&
                      !(data5 % 1) &&
                      !isNaN(data5) &&
                      isFinite(data5)
                    )) {
                      validate10.errors = [
                        {
                          instancePath: instancePath + '/T',
                          schemaPath: '#/properties/T/type',
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
