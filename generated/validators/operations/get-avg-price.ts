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
  required: ['mins', 'price'],
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
const pattern0 = new RegExp('^-?[0-9]+(\\.[0-9]+)?$', 'u');
function validate10(
  data,
  { instancePath = '', parentData, parentDataProperty, rootData = data } = {},
) {
  /*# sourceURL="https://binance-rx.dev/schemas/operations/get-avg-price.json" */ let vErrors =
    null;
  let errors = 0;
  if (data && typeof data == 'object' && !Array.isArray(data)) {
    if (data.mins === undefined) {
      const err0 = {
        instancePath,
        schemaPath: '#/required',
        keyword: 'required',
        params: { missingProperty: 'mins' },
        message: "must have required property '" + 'mins' + "'",
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
        schemaPath: '#/required',
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
    if (data.mins !== undefined) {
      let data0 = data.mins;
      if (!(typeof data0 == 'number' && !(data0 % 1) && !isNaN(data0) && isFinite(data0))) {
        const err2 = {
          instancePath: instancePath + '/mins',
          schemaPath: '#/properties/mins/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
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
            schemaPath: '#/properties/price/pattern',
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
          schemaPath: '#/properties/price/type',
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
    if (data.closeTime !== undefined) {
      let data2 = data.closeTime;
      if (!(typeof data2 == 'number' && !(data2 % 1) && !isNaN(data2) && isFinite(data2))) {
        const err5 = {
          instancePath: instancePath + '/closeTime',
          schemaPath: '#/properties/closeTime/type',
          keyword: 'type',
          params: { type: 'integer' },
          message: 'must be integer',
        };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = {
      instancePath,
      schemaPath: '#/type',
      keyword: 'type',
      params: { type: 'object' },
      message: 'must be object',
    };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}
