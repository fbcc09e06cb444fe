// Generated from spec/operations/get-avg-price.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).
// @ts-nocheck -- ajv's standalone output
'use strict';
export const validate = validate10;
export default validate10;
const schema11 = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://binance-rx.dev/schemas/operations/get-avg-price.json',
  $comment:
    'Generated from spec/operations/get-avg-price.yaml by codegen/. DO NOT EDIT: edit the spec and run `npm run generate`.',
  title: 'Current average price (GET /api/v3/avgPrice, avgPrice)',
  description:
    'The average price of a symbol over the last few minutes, as Binance computes it for filters.',
  type: 'object',
  required: ['mins', 'price', 'closeTime'],
  properties: {
    mins: { description: 'Length of the averaging window in minutes.', type: 'integer' },
    price: {
      description: 'Average price over the window.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    },
    closeTime: { description: 'Time of the last trade in the window.', type: 'integer' },
  },
};
const pattern0 = /^-?[0-9]+(\.[0-9]+)?$/u;
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-avg-price.json" */ let vErrors =
    null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == 'object' && !Array.isArray(data)) {
      let missing0;
      if (
        (data.mins === undefined && (missing0 = 'mins')) ||
        (data.price === undefined && (missing0 = 'price')) ||
        (data.closeTime === undefined && (missing0 = 'closeTime'))
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
        if (data.mins !== undefined) {
          let data0 = data.mins;
          const _errs2 = errors;
          if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
            validate10.errors = [
              {
                instancePath: instancePath + '/mins',
                schemaPath: '#/properties/mins/type',
                keyword: 'type',
                params: { type: 'integer' },
                message: 'must be integer',
              },
            ];
            return false;
          }
          var valid0 = _errs2 === errors;
        } else {
          var valid0 = true;
        }
        if (valid0) {
          if (data.price !== undefined) {
            let data1 = data.price;
            const _errs4 = errors;
            if (errors === _errs4) {
              if (typeof data1 === 'string') {
                if (!pattern0.test(data1)) {
                  validate10.errors = [
                    {
                      instancePath: instancePath + '/price',
                      schemaPath: '#/properties/price/pattern',
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
                    instancePath: instancePath + '/price',
                    schemaPath: '#/properties/price/type',
                    keyword: 'type',
                    params: { type: 'string' },
                    message: 'must be string',
                  },
                ];
                return false;
              }
            }
            var valid0 = _errs4 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.closeTime !== undefined) {
              let data2 = data.closeTime;
              const _errs6 = errors;
              if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
                validate10.errors = [
                  {
                    instancePath: instancePath + '/closeTime',
                    schemaPath: '#/properties/closeTime/type',
                    keyword: 'type',
                    params: { type: 'integer' },
                    message: 'must be integer',
                  },
                ];
                return false;
              }
              var valid0 = _errs6 === errors;
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
